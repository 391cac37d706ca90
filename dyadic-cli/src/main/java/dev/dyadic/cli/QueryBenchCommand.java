package dev.dyadic.cli;

import dev.dyadic.search.ArticleIndex;
import dev.dyadic.search.SearchQuery;
import dev.dyadic.store.EventQuery;
import dev.dyadic.store.EventStore;
import dev.dyadic.store.EventStore.Count;
import dev.dyadic.store.EventStore.Grouping;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.IntSupplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dyadic bench-queries}: how fast {@code search} and {@code events} answer on a database. */
@Command(name = "bench-queries", mixinStandardHelpOptions = true,
        description = {"Times what 'dyadic search' and 'dyadic events' do once the database and index are open: each query "
                + "of a fixed set (the actor, dyad and month filters taken from the database's own most frequent values) "
                + "is run once cold and then --runs times; prints the first, median and slowest time of each, and how "
                + "long opening took. The process's start-up (about half a second of JVM) is not part of these figures."})
final class QueryBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database = new DatabaseOption();

    @Option(names = "--runs", defaultValue = "20", description = "Timed runs of each query after the first (default: ${DEFAULT-VALUE}).")
    int runs;

    private record Query(String command, IntSupplier run) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        try (EventStore store = database.openReadOnly(spec)) {
            long t1 = System.nanoTime();
            try (ArticleIndex index = ArticleIndex.open(database.indexDir())) {
                SearchIndexSync.sync(store, index);
                long t2 = System.nanoTime();
                out.printf(Locale.ROOT, "%s: %d articles, %d events, %d mentions; opening the database %.0f ms, the index %.0f ms%n",
                        store.location(), store.articleCount(), store.eventCount(), store.mentionCount(), (t1 - t0) / 1e6,
                        (t2 - t1) / 1e6);
                List<Query> queries = queries(store, index);
                out.printf(Locale.ROOT, "%-58s %8s %8s %8s %8s%n", "QUERY", "RESULTS", "FIRST", "MEDIAN", "MAX");
                for (Query q : queries) {
                    long start = System.nanoTime();
                    int results = q.run().getAsInt();
                    double first = (System.nanoTime() - start) / 1e6;
                    double[] times = new double[Math.max(1, runs)];
                    for (int i = 0; i < times.length; i++) {
                        long s = System.nanoTime();
                        q.run().getAsInt();
                        times[i] = (System.nanoTime() - s) / 1e6;
                    }
                    Arrays.sort(times);
                    out.printf(Locale.ROOT, "%-58s %8d %6.1f ms %5.1f ms %5.1f ms%n", q.command(), results, first,
                            times[times.length / 2], times[times.length - 1]);
                }
            }
        }
        out.flush();
        return 0;
    }

    private static List<Query> queries(EventStore store, ArticleIndex index) {
        List<Query> qs = new ArrayList<>();
        qs.add(new Query("events", () -> store.events(EventQuery.all()).size()));
        qs.add(new Query("events --limit 50", () -> store.events(EventQuery.all().withLimit(50)).size()));
        String dyad = null;
        List<Count> dyads = store.counts(EventQuery.all(), Grouping.DYAD);
        for (Count c : dyads) {
            String[] sides = c.key().split(" -> ");
            if (sides.length == 2 && !sides[0].equals("-") && !sides[1].equals("-") && !sides[0].equals(sides[1])) {
                dyad = sides[0].split("\\+")[0].substring(0, 3) + "," + sides[1].split("\\+")[0].substring(0, 3);
                break;
            }
        }
        if (dyad != null) {
            String d = dyad;
            String actor = d.substring(0, 3);
            qs.add(new Query("events --actor " + actor, () -> store.events(EventQuery.all().withActor(actor)).size()));
            qs.add(new Query("events --dyad " + d, () -> store.events(EventQuery.all().withDyad(EventQuery.Dyad.parse(d))).size()));
        }
        qs.add(new Query("events --cameo 04 --min-confidence 0.6",
                () -> store.events(EventQuery.all().withCameo("04").withMinConfidence(0.6)).size()));
        qs.add(new Query("events --plover ACCUSE", () -> store.events(EventQuery.all().withPlover("ACCUSE")).size()));
        qs.add(new Query("events --quad 4", () -> store.events(EventQuery.all().withQuadClass(4)).size()));
        qs.add(new Query("events --person Biden", () -> store.events(EventQuery.all().withPerson("Biden")).size()));
        List<Count> months = store.counts(EventQuery.all(), Grouping.MONTH);
        String busiest = months.stream().filter(c -> !c.key().equals("unknown"))
                .max((a, b) -> Long.compare(a.events(), b.events())).map(Count::key).orElse(null);
        if (busiest != null) {
            LocalDate from = LocalDate.parse(busiest + "-01");
            LocalDate to = from.plusMonths(1).minusDays(1);
            qs.add(new Query("events --from " + from + " --to " + to, () -> store.events(EventQuery.all().withDates(from, to)).size()));
        }
        qs.add(new Query("stats", () -> store.counts(EventQuery.all(), Grouping.MONTH).size()
                + store.counts(EventQuery.all(), Grouping.DYAD).size() + store.counts(EventQuery.all(), Grouping.TYPE).size()));
        for (String text : List.of("ceasefire AND Gaza", "China", "\"prime minister\" AND (Israel OR Iran)", "sanction*")) {
            qs.add(new Query("search '" + text + "'", () -> search(store, index, new SearchQuery(text, null, null, null, 10))));
        }
        qs.add(new Query("search 'election' --from 2023-01-01 --to 2023-12-31",
                () -> search(store, index, new SearchQuery("election", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), null, 10))));
        return qs;
    }

    /** A search as the command runs it: the hits, then the events of each hit. */
    private static int search(EventStore store, ArticleIndex index, SearchQuery q) {
        var hits = index.search(q);
        for (var h : hits) {
            store.events(EventQuery.all().withArticle(h.id()));
        }
        return hits.size();
    }
}
