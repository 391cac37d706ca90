package dev.dyadic.cli;

import dev.dyadic.model.Actor;
import dev.dyadic.model.Event;
import dev.dyadic.store.DuckDbEventStore;
import dev.dyadic.store.EventJson;
import dev.dyadic.store.EventQuery;
import dev.dyadic.store.EventStore;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dyadic events}: lists stored events. */
@Command(name = "events", mixinStandardHelpOptions = true, description = "Lists stored events, oldest first.")
final class EventsCommand implements Callable<Integer> {

    enum Format { table, jsonl, csv }

    @Spec
    CommandSpec spec;

    @Option(names = "--db", defaultValue = "dyadic.duckdb", description = "Database file (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--actor", description = "Events with a source or target whose code starts with this (CHN, CHNGOV, IGO).")
    String actor;

    @Option(names = "--from", description = "Events on or after this date (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", description = "Events on or before this date (YYYY-MM-DD).")
    LocalDate to;

    @Option(names = "--cameo", description = "CAMEO code prefix: 04 for all consultations, 041 for phone calls.")
    String cameo;

    @Option(names = "--article", description = "Events of one article (its id).")
    String articleId;

    @Option(names = "--min-confidence", defaultValue = "0", paramLabel = "C",
            description = "Keep only events whose confidence is at least C (0 to 1; default: ${DEFAULT-VALUE}, all).")
    double minConfidence;

    @Option(names = "--limit", defaultValue = "0", description = "At most this many events (0: all).")
    int limit;

    @Option(names = "--format", defaultValue = "table", description = "table, jsonl or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        if (!Files.exists(db)) {
            throw new ParameterException(spec.commandLine(), "no database at " + db + " (run 'dyadic ingest' first, or name one with --db)");
        }
        if (cameo != null && !cameo.matches("\\d{2,4}")) {
            throw new ParameterException(spec.commandLine(), "--cameo takes 2 to 4 digits, not '" + cameo + "'");
        }
        EventQuery query = new EventQuery(actor, from, to, cameo, articleId, limit, minConfidence);
        List<Event> events;
        try (EventStore store = DuckDbEventStore.openReadOnly(db)) {
            events = store.events(query);
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case jsonl -> events.forEach(e -> out.println(EventJson.toJson(e)));
            case csv -> {
                out.println("article_id,date,date_source,source,target,cameo,cameo_name,plover,mode,context,quad,goldstein,evidence_begin,evidence_end,evidence");
                events.forEach(e -> out.println(csv(e)));
            }
            case table -> table(events, out);
        }
        out.flush();
        return 0;
    }

    private static String actors(List<Actor> actors) {
        return actors.stream().map(Actor::code).collect(Collectors.joining("+"));
    }

    private static String csv(Event e) {
        return String.join(",", quote(e.articleId()), quote(e.date().value()), quote(e.date().origin()),
                quote(actors(e.source())), quote(actors(e.target())), quote(e.cameo()),
                quote(dev.dyadic.model.CameoCodebook.standard().description(e.cameo())), quote(e.plover().type()),
                quote(e.plover().mode()), quote(e.plover().context()), String.valueOf(e.quadClass()),
                String.valueOf(e.goldstein()), String.valueOf(e.evidence().begin()), String.valueOf(e.evidence().end()),
                quote(e.evidence().text()));
    }

    private static String quote(String s) {
        if (s == null) {
            return "";
        }
        return s.matches("[^,\"\\n\\r]*") ? s : "\"" + s.replace("\"", "\"\"") + "\"";
    }

    private static void table(List<Event> events, PrintWriter out) {
        out.printf(Locale.ROOT, "%-10s  %-12s  %-5s  %-12s  %-10s  %s%n", "DATE", "SOURCE", "CAMEO", "TARGET", "PLOVER", "EVIDENCE");
        for (Event e : events) {
            String evidence = e.evidence().text().replaceAll("\\s+", " ");
            if (evidence.length() > 90) {
                evidence = evidence.substring(0, 87) + "...";
            }
            out.printf(Locale.ROOT, "%-10s  %-12s  %-5s  %-12s  %-10s  %s%n", e.date().value() == null ? "?" : e.date().value(),
                    actors(e.source()), e.cameo(), actors(e.target()), e.plover().type(), evidence);
        }
        out.printf(Locale.ROOT, "%d events%n", events.size());
    }
}
