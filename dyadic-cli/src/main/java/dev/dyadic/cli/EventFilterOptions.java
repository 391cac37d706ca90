package dev.dyadic.cli;

import dev.dyadic.store.EventQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The event filters shared by {@code events}, {@code stats} and {@code export}. */
final class EventFilterOptions {
    @Option(names = "--actor", paramLabel = "CODE", description = "Events with a source or target whose code starts with this (CHN, CHNGOV, IGO).")
    String actor;

    @Option(names = "--dyad", paramLabel = "SOURCE,TARGET",
            description = "Events from the first actor to the second (code prefixes: CHN,RUS); repeat for more (--dyad RUS,CHN for the other way).")
    List<String> dyads = new ArrayList<>();

    @Option(names = "--person", paramLabel = "NAME", description = "Events with a person of this name among their actors (part of the name, any case: \"Wang Yi\", lavrov).")
    String person;

    @Option(names = "--cameo", paramLabel = "CODE", description = "CAMEO code prefix: 04 for all consultations, 041 for phone calls.")
    String cameo;

    @Option(names = "--plover", paramLabel = "TYPE", description = "PLOVER event type (CONSULT, AGREE, PROTEST, ...).")
    String plover;

    @Option(names = "--quad", paramLabel = "1-4", description = "GDELT quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.")
    Integer quad;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Events that may have happened on or after this day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Events that may have happened on or before this day.")
    LocalDate to;

    @Option(names = "--source", paramLabel = "PUBLISHER", description = "Events reported by an article of this publisher (any case).")
    String source;

    @Option(names = "--article", paramLabel = "ID", description = "Events reported by one article (its id).")
    String articleId;

    @Option(names = "--min-confidence", defaultValue = "0", paramLabel = "C",
            description = "Events whose confidence is at least C (0 to 1; default: ${DEFAULT-VALUE}, all).")
    double minConfidence;

    /** The query these options give; a value the query cannot use is a usage error naming its option. */
    EventQuery query(CommandSpec spec) {
        EventQuery q = EventQuery.all().withActor(actor).withPerson(person).withCameo(cameo).withPlover(plover)
                .withQuadClass(quad).withDates(from, to).withSource(source).withArticle(articleId).withMinConfidence(minConfidence);
        for (String d : dyads) {
            try {
                q = q.withDyad(EventQuery.Dyad.parse(d));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--dyad: " + e.getMessage());
            }
        }
        List<EventQuery.Problem> problems = q.problems();
        if (!problems.isEmpty()) {
            throw new ParameterException(spec.commandLine(), problems.get(0).render(name -> "--" + name.replace('_', '-')));
        }
        return q;
    }
}
