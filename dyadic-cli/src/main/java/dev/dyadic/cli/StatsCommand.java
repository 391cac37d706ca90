package dev.dyadic.cli;

import dev.dyadic.store.EventQuery;
import dev.dyadic.store.EventStore;
import dev.dyadic.store.EventStore.Count;
import dev.dyadic.store.EventStore.Grouping;
import dev.dyadic.store.EventStore.MonthlyGoldstein;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dyadic stats}: counts of stored events, and the Goldstein series of a dyad. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Counts the stored events that match the filters: by month, dyad and PLOVER type (or as --by says), "
                + "each real-world event once, with the sentences that report them.",
                "With --dyad (or --series), also the monthly Goldstein series: the sum of the positive Goldstein weights "
                + "(cooperation), of the negative ones (conflict), and their net, each event counted once."})
final class StatsCommand implements Callable<Integer> {

    enum Format { table, csv }

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database = new DatabaseOption();

    @Mixin
    EventFilterOptions filters = new EventFilterOptions();

    @Option(names = "--by", split = ",", paramLabel = "GROUP",
            description = "Groupings, comma-separated: month, dyad, type, root, quad (default: month,dyad,type).")
    List<Grouping> by = List.of(Grouping.MONTH, Grouping.DYAD, Grouping.TYPE);

    @Option(names = "--top", defaultValue = "15", description = "At most this many dyads, types or roots (default: ${DEFAULT-VALUE}; 0 for all).")
    int top;

    @Option(names = "--series", description = "The monthly Goldstein series of the filtered events, without --dyad too.")
    boolean series;

    @Option(names = "--format", defaultValue = "table", description = "table or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        EventQuery query = filters.query(spec);
        PrintWriter out = spec.commandLine().getOut();
        try (EventStore store = database.openReadOnly(spec)) {
            if (format == Format.csv) {
                out.println("grouping,key,events,mentions,cooperation,conflict,net");
            } else {
                out.printf(Locale.ROOT, "%s: %d articles, %d events told by %d sentences; %d events match%n", store.location(),
                        store.articleCount(), store.eventCount(), store.mentionCount(), store.counts(query, Grouping.QUAD)
                                .stream().mapToLong(Count::events).sum());
            }
            for (Grouping g : by) {
                List<Count> counts = store.counts(query, g);
                int shown = g == Grouping.MONTH || top <= 0 ? counts.size() : Math.min(top, counts.size());
                if (format == Format.csv) {
                    counts.subList(0, shown).forEach(c -> out.printf(Locale.ROOT, "%s,%s,%d,%d,,,%n",
                            g.name().toLowerCase(Locale.ROOT), csv(c.key()), c.events(), c.mentions()));
                    continue;
                }
                out.printf(Locale.ROOT, "%nby %s%s%n", g.name().toLowerCase(Locale.ROOT),
                        shown < counts.size() ? " (top " + shown + " of " + counts.size() + ")" : "");
                out.printf(Locale.ROOT, "  %-28s %7s %9s%n", g.name(), "EVENTS", "MENTIONS");
                counts.subList(0, shown).forEach(c -> out.printf(Locale.ROOT, "  %-28s %7d %9d%n", c.key(), c.events(), c.mentions()));
            }
            if (series || !query.dyads().isEmpty()) {
                List<MonthlyGoldstein> months = store.goldsteinSeries(query);
                if (format == Format.csv) {
                    months.forEach(m -> out.printf(Locale.ROOT, "goldstein,%s,%d,,%.1f,%.1f,%.1f%n", m.month(), m.events(),
                            m.cooperation(), m.conflict(), m.net()));
                } else {
                    out.printf(Locale.ROOT, "%nGoldstein series%s%n", query.dyads().isEmpty() ? ""
                            : " of " + String.join(" + ", query.dyads().stream().map(d -> d.source() + " -> " + d.target()).toList()));
                    out.printf(Locale.ROOT, "  %-8s %7s %12s %10s %8s%n", "MONTH", "EVENTS", "COOPERATION", "CONFLICT", "NET");
                    months.forEach(m -> out.printf(Locale.ROOT, "  %-8s %7d %12.1f %10.1f %8.1f%n", m.month(), m.events(),
                            m.cooperation(), m.conflict(), m.net()));
                }
            }
        }
        out.flush();
        return 0;
    }

    private static String csv(String s) {
        return s.matches("[^,\"\\n\\r]*") ? s : "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
