package dev.dyadic.cli;

import dev.dyadic.export.EventExporter;
import dev.dyadic.export.ExportFormat;
import dev.dyadic.export.StoredEventJson;
import dev.dyadic.model.Actor;
import dev.dyadic.model.EventMention;
import dev.dyadic.model.StoredEvent;
import dev.dyadic.store.EventStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dyadic events}: lists stored events. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Lists stored events, oldest first: one line per real-world event, with how many sentences (MENT), "
                + "articles (ART) and publishers (SRC) report it."})
final class EventsCommand implements Callable<Integer> {

    enum Format { table, jsonl, csv }

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database = new DatabaseOption();

    @Mixin
    EventFilterOptions filters = new EventFilterOptions();

    @Option(names = "--limit", defaultValue = "0", description = "At most this many events (0: all).")
    int limit;

    @Option(names = "--format", defaultValue = "table", description = "table, jsonl or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--mentions", description = "In the table, each sentence that reports an event, under it.")
    boolean mentions;

    @Override
    public Integer call() {
        var query = filters.query(spec).withLimit(limit);
        List<StoredEvent> events;
        try (EventStore store = database.openReadOnly(spec)) {
            events = store.events(query);
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case jsonl -> events.forEach(e -> out.println(StoredEventJson.toJson(e)));
            case csv -> csv(events, out);
            case table -> table(events, out);
        }
        out.flush();
        return 0;
    }

    /** The export CSV, written through the command's output as {@code export} writes it. */
    private static void csv(List<StoredEvent> events, PrintWriter out) {
        try {
            EventExporter.write(ExportFormat.CSV, events, new WriterOutputStream(out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String actors(List<Actor> actors) {
        return actors.isEmpty() ? "-" : actors.stream().map(Actor::code).collect(Collectors.joining("+"));
    }

    static String clip(String text, int max) {
        String t = text.replaceAll("\\s+", " ").trim();
        return t.length() > max ? t.substring(0, max - 3) + "..." : t;
    }

    private void table(List<StoredEvent> events, PrintWriter out) {
        String row = "%6s  %-10s  %-12s  %-5s  %-12s  %-10s  %4s  %3s  %3s  %s%n";
        out.printf(Locale.ROOT, row, "ID", "DATE", "SOURCE", "CAMEO", "TARGET", "PLOVER", "MENT", "ART", "SRC", "EVIDENCE");
        for (StoredEvent s : events) {
            var e = s.event();
            out.printf(Locale.ROOT, row, s.id(), e.date().value() == null ? "?" : e.date().value(), actors(e.source()),
                    e.cameo(), actors(e.target()), e.plover().type(), s.numMentions(), s.numArticles(), s.numSources(),
                    clip(e.evidence().text(), 80));
            if (mentions) {
                for (EventMention m : s.mentions()) {
                    out.printf(Locale.ROOT, "%8s%s [%d-%d]: %s%n", "", m.articleId(), m.evidence().begin(), m.evidence().end(),
                            clip(m.evidence().text(), 100));
                }
            }
        }
        out.printf(Locale.ROOT, "%d events%n", events.size());
    }
}
