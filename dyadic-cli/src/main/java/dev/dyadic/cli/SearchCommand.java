package dev.dyadic.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dyadic.export.StoredEventJson;
import dev.dyadic.model.StoredEvent;
import dev.dyadic.search.ArticleIndex;
import dev.dyadic.search.SearchException;
import dev.dyadic.search.SearchHit;
import dev.dyadic.search.SearchHitJson;
import dev.dyadic.search.SearchQuery;
import dev.dyadic.search.Snippet;
import dev.dyadic.store.EventQuery;
import dev.dyadic.store.EventStore;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dyadic search}: full-text search over the stored articles, with the events of each hit. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches the stored articles' titles and texts (Lucene query syntax: AND, OR, NOT, \"phrases\", "
                + "wildcards*, parentheses; words without an operator must all occur; English stemming, so ceasefire "
                + "also finds ceasefires). Prints the best articles with the matching passages highlighted and the events "
                + "each article reports.",
                "The index lives beside the database (see --index) and is brought up to date first when the database changed."})
final class SearchCommand implements Callable<Integer> {

    enum Format { text, jsonl }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "QUERY", description = "What to look for: \"ceasefire AND Gaza\".")
    String query;

    @Mixin
    DatabaseOption database = new DatabaseOption();

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Articles published on or after this day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Articles published on or before this day.")
    LocalDate to;

    @Option(names = "--source", paramLabel = "PUBLISHER", description = "Articles of this publisher (any case).")
    String source;

    @Option(names = "--limit", defaultValue = "10", description = "At most this many articles (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", defaultValue = "text", description = "text or jsonl (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean ansi = System.console() != null && System.getenv("NO_COLOR") == null;
        try (EventStore store = database.openReadOnly(spec)) {
            List<SearchHit> hits;
            try (ArticleIndex index = SearchIndexSync.openCurrent(store, database.indexDir(), err)) {
                hits = index.search(new SearchQuery(query, from, to, source, limit));
            } catch (SearchException e) {
                err.println("dyadic: " + e.getMessage());
                return 2;
            }
            for (SearchHit hit : hits) {
                List<StoredEvent> events = store.events(EventQuery.all().withArticle(hit.id()));
                if (format == Format.jsonl) {
                    out.println(json(hit, events));
                } else {
                    text(hit, events, out, ansi);
                }
            }
            if (format == Format.text) {
                out.printf(Locale.ROOT, "%d articles%n", hits.size());
            }
        }
        out.flush();
        return 0;
    }

    private static void text(SearchHit hit, List<StoredEvent> events, PrintWriter out, boolean ansi) {
        out.printf(Locale.ROOT, "%s  %s  %s  %s%n", hit.id(), hit.published() == null ? "(no date)" : hit.published(),
                hit.source() == null ? "-" : hit.source(), hit.title() == null ? "" : hit.title());
        for (Snippet s : hit.snippets()) {
            out.println("    ... " + s.render(ansi ? "\u001b[1m" : "[", ansi ? "\u001b[0m" : "]").replaceAll("\\s+", " ").trim() + " ...");
        }
        for (StoredEvent e : events) {
            var ev = e.event();
            out.printf(Locale.ROOT, "    event %d: %s %s %s %s (%s), %d mentions in %d articles%n", e.id(),
                    ev.date().value() == null ? "?" : ev.date().value(), EventsCommand.actors(ev.source()), ev.cameo(),
                    EventsCommand.actors(ev.target()), ev.plover().type(), e.numMentions(), e.numArticles());
        }
        out.println();
    }

    private static String json(SearchHit hit, List<StoredEvent> events) {
        ObjectNode n = SearchHitJson.toNode(hit);
        ArrayNode ev = n.putArray("events");
        events.forEach(e -> ev.add(StoredEventJson.toNode(e)));
        return n.toString();
    }
}
