package dev.dyadic.cli;

import dev.dyadic.actors.ActorDictionary;
import dev.dyadic.model.Article;
import dev.dyadic.search.ArticleIndex;
import dev.dyadic.sources.ArticleReader;
import dev.dyadic.sources.SourceRecord;
import dev.dyadic.store.EventStore;
import dev.dyadic.store.EventStore.StoreOutcome;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dyadic ingest}: read articles, code their events, store both. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads articles (.txt, .html, .jsonl; files, folders, or - for standard input), codes their events "
                + "and stores articles and events in the database.",
                "An article already stored with the same text is skipped; bad inputs are named on standard error and skipped."})
final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (searched recursively); - reads standard input.")
    List<String> paths;

    @Mixin
    DatabaseOption database = new DatabaseOption();

    @Option(names = "--threads", description = "Worker threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--stdin-format", defaultValue = "jsonl", description = "Format of standard input: jsonl, txt or html (default: ${DEFAULT-VALUE}).")
    String stdinFormat;

    @Option(names = "--max-article-mb", defaultValue = "5", description = "Larger articles are skipped (default: ${DEFAULT-VALUE} MB).")
    double maxArticleMb;

    @Option(names = "--min-confidence", defaultValue = "0", paramLabel = "C",
            description = "Keep only events whose confidence is at least C (0 to 1; default: ${DEFAULT-VALUE}, all).")
    double minConfidence;

    @Mixin
    ActorFilesOption actorFiles = new ActorFilesOption();

    @Mixin
    CascadeOption cascade = new CascadeOption();

    @Option(names = "--quiet", description = "No progress bar and no warnings, only the summary and errors.")
    boolean quiet;

    @Option(names = "--verbose", description = "A line on standard error for each article once it is committed to the database.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    private PrintWriter err;

    @Override
    public Integer call() {
        err = spec.commandLine().getErr();
        Heap.watch();
        ArticleReader reader = new ArticleReader((long) (maxArticleMb * 1024 * 1024));
        Summary summary = new Summary();
        long start = System.nanoTime();
        long loadStart = System.nanoTime();
        ActorDictionary actors = actorFiles.dictionary(err);
        if (actors == null) {
            return 2;
        }
        ArticleCoder coder = ArticleCoder.withActors(actors, cascade.parseAll).withMinConfidence(minConfidence);
        summary.modelSeconds = (System.nanoTime() - loadStart) / 1e9;
        try (EventStore store = database.open()) {
            long codingStart = System.nanoTime();
            try (ProgressBar bar = progressBar();
                 OrderedWorkers<Article, ArticleCoder.Coded> workers = new OrderedWorkers<>(Math.max(1, threads), coder::code,
                         result -> store(result, store, summary, bar))) {
                for (Iterator<SourceRecord> it = records(reader); it.hasNext(); ) {
                    SourceRecord r = it.next();
                    if (r instanceof SourceRecord.Problem p) {
                        summary.skipped++;
                        err.println(p.where() + ": " + p.message());
                    } else if (r instanceof SourceRecord.Read read) {
                        for (String w : read.warnings()) {
                            if (!quiet) {
                                err.println("warning: " + read.article().origin() + ": " + w);
                            }
                        }
                        Optional<StoreOutcome> known = store.check(read.article());
                        if (known.isPresent()) {
                            summary.count(known.get());
                            step(bar);
                        } else {
                            workers.submit(read.article());
                        }
                    }
                }
                workers.finish();
            }
            summary.codingSeconds = (System.nanoTime() - codingStart) / 1e9;
            summary.stored = store.articleCount();
            summary.storedEvents = store.eventCount();
            summary.storedMentions = store.mentionCount();
            summary.where = store.location();
            indexArticles(store, summary);
        }
        summary.totalSeconds = (System.nanoTime() - start) / 1e9;
        err.println(summary.report());
        err.flush();
        return summary.skipped + summary.failed > 0 ? Dyadic.EXIT_SKIPPED : 0;
    }

    /** Brings the search index up to date with the database; a failure is reported, the stored articles stay. */
    private void indexArticles(EventStore store, Summary summary) {
        long t = System.nanoTime();
        try (ArticleIndex index = ArticleIndex.open(database.indexDir())) {
            summary.indexed = SearchIndexSync.sync(store, index).added();
            summary.indexDir = database.indexDir().toString();
        } catch (RuntimeException e) {
            err.println("warning: the search index was not updated (" + e.getMessage() + "); 'dyadic search' will update it");
        }
        summary.indexSeconds = (System.nanoTime() - t) / 1e9;
    }

    private Iterator<SourceRecord> records(ArticleReader reader) {
        List<Path> files = new ArrayList<>();
        List<Iterator<SourceRecord>> parts = new ArrayList<>();
        for (String p : paths) {
            if (p.equals("-")) {
                if (!files.isEmpty()) {
                    parts.add(reader.read(List.copyOf(files)));
                    files.clear();
                }
                parts.add(reader.read(System.in, stdinFormat));
            } else {
                files.add(Path.of(p));
            }
        }
        if (!files.isEmpty()) {
            parts.add(reader.read(files));
        }
        // one part after the other, lazily (a Stream.flatMap iterator would buffer a whole part: a whole file)
        Iterator<Iterator<SourceRecord>> rest = parts.iterator();
        return new Iterator<>() {
            private Iterator<SourceRecord> current = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && rest.hasNext()) {
                    current = rest.next();
                }
                return current.hasNext();
            }

            @Override
            public SourceRecord next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    private void store(OrderedWorkers.Result<Article, ArticleCoder.Coded> result, EventStore store, Summary summary, ProgressBar bar) {
        step(bar);
        if (result.failure() != null) {
            summary.failed++;
            err.println("failed: " + result.input().origin() + ": " + result.failure());
            return;
        }
        ArticleCoder.Coded coded = result.value();
        try {
            long t = System.nanoTime();
            StoreOutcome outcome = store.store(coded.stored());
            summary.storeSeconds += (System.nanoTime() - t) / 1e9;
            if (verbose) {
                err.println("stored " + coded.article().id() + " (" + coded.article().origin() + "): "
                        + outcome.name().toLowerCase(Locale.ROOT) + ", " + coded.events().size() + " events");
                err.flush();
            }
            summary.count(outcome);
            summary.sentences += coded.sentences();
            summary.parsedSentences += coded.parsedSentences();
            summary.tokens += coded.tokens();
            summary.events += coded.events().size();
        } catch (RuntimeException e) {
            summary.failed++;
            err.println("failed: " + coded.article().origin() + ": " + e.getMessage());
        }
    }

    private ProgressBar progressBar() {
        if (quiet || System.console() == null) {
            return null;
        }
        return new ProgressBarBuilder().setTaskName("Coding").setInitialMax(-1).setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).setUnit(" articles", 1).build();
    }

    private static void step(ProgressBar bar) {
        if (bar != null) {
            bar.step();
        }
    }

    /** Counts for the closing summary. */
    static final class Summary {
        int added;
        int replaced;
        int unchanged;
        int duplicates;
        int skipped;
        int failed;
        long sentences;
        long parsedSentences;
        long tokens;
        long events;
        double modelSeconds;
        double codingSeconds;
        double indexSeconds;
        double storeSeconds;
        double totalSeconds;
        long stored;
        long storedEvents;
        long storedMentions;
        int indexed;
        String where;
        String indexDir;

        void count(StoreOutcome outcome) {
            switch (outcome) {
                case ADDED -> added++;
                case REPLACED -> replaced++;
                case UNCHANGED -> unchanged++;
                case DUPLICATE -> duplicates++;
            }
        }

        String report() {
            int coded = added + replaced;
            return String.format(Locale.ROOT,
                    "%d articles coded (%d new, %d replaced), %d already stored, %d duplicates of stored text, %d skipped, %d failed%n"
                            + "%d sentences (%d parsed), %d tokens, %d events coded%n"
                            + "%s now holds %d articles and %d events told by %d sentences%s%n"
                            + "time %.1f s (models %.1f s, coding and storing %.1f s, of which storing %.1f s, index %.1f s): %.0f tokens/s, %.2f articles/s; peak heap %s in use%s",
                    coded, added, replaced, unchanged, duplicates, skipped, failed, sentences, parsedSentences, tokens, events,
                    where, stored, storedEvents, storedMentions,
                    indexDir == null ? "" : String.format(Locale.ROOT, "; search index %s (%d articles indexed)", indexDir, indexed),
                    totalSeconds, modelSeconds, codingSeconds, storeSeconds, indexSeconds, codingSeconds > 0 ? tokens / codingSeconds : 0,
                    codingSeconds > 0 ? coded / codingSeconds : 0, Heap.format(Heap.peakBytes()),
                    Heap.peakLiveBytes() > 0 ? " (" + Heap.format(Heap.peakLiveBytes()) + " live after full collections)" : "");
        }
    }
}
