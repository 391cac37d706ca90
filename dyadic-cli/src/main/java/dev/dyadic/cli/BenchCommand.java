package dev.dyadic.cli;

import dev.dyadic.actors.ActorDictionary;
import dev.dyadic.model.Article;
import dev.dyadic.sources.ArticleReader;
import dev.dyadic.sources.SourceRecord;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dyadic bench}: in one process and on one corpus, (a) CoreNLP's default pipeline, the baseline of
 * PETRARCH-style coders, then (b) Dyadic's whole ingest path (clean-up, cascade NLP, actors, events) without writing;
 * prints throughput and peak heap of each and the ratio b/a.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures throughput: (a) CoreNLP's default pipeline (tokenize,ssplit,pos,lemma,ner,depparse with "
                + "default NER settings) and (b) Dyadic's full ingest without writing, one after the other on the same "
                + "corpus, in one JVM of the given heap. Prints tokens/s, sentences/s, articles/s and peak heap for each "
                + "and the ratio b/a. Model loading is timed apart from coding."})
final class BenchCommand implements Callable<Integer> {
    /** Set in the JVM bench starts with the requested heap, so that it does not start another. */
    private static final String CHILD = "dyadic.bench.child";

    @Parameters(arity = "1..*", paramLabel = "CORPUS", description = "Files or folders of articles (.jsonl, .txt, .html).")
    List<Path> corpus;

    @Option(names = "--threads", description = "Worker threads for both (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--heap", defaultValue = "2g", paramLabel = "SIZE",
            description = "Maximum heap of the measuring JVM, as for java -Xmx (default: ${DEFAULT-VALUE}).")
    String heap;

    @Option(names = "--only", paramLabel = "WHICH", description = "Run only one side: baseline or dyadic.")
    String only;

    @Option(names = "--warmup", defaultValue = "30", paramLabel = "N",
            description = "Articles (the corpus's first) each side codes, untimed, just before it is timed, so that "
                    + "each is measured with the JIT warm (default: ${DEFAULT-VALUE}; 0: no warm-up).")
    int warmup;

    @Mixin
    ActorFilesOption actorFiles = new ActorFilesOption();

    @Mixin
    CascadeOption cascade = new CascadeOption();

    @Spec
    CommandSpec spec;

    /** What one side did with the corpus. */
    record Run(String name, int articles, int failed, long sentences, long parsedSentences, long tokens, long events,
               double modelSeconds, double codingSeconds, long peakHeap, long peakLive) {
        double perSecond(double n) {
            return codingSeconds > 0 ? n / codingSeconds : 0;
        }

        Run loadedIn(double seconds) {
            return new Run(name, articles, failed, sentences, parsedSentences, tokens, events, seconds, codingSeconds,
                    peakHeap, peakLive);
        }
    }

    /** One of the two things measured: its name and how to load it. */
    private record Side(String name, java.util.function.Supplier<Function<Article, Counts>> load) {
    }

    /** Counts for one article. */
    private record Counts(int sentences, int parsedSentences, int tokens, int events) {
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (only != null && !only.equals("baseline") && !only.equals("dyadic")) {
            err.println("dyadic bench: --only is baseline or dyadic, not " + only);
            return 2;
        }
        if (warmup < 0) {
            err.println("dyadic bench: --warmup is a number of articles (0 or more), not " + warmup);
            return 2;
        }
        if (!heap.matches("\\d+[kKmMgG]?")) {
            err.println("dyadic bench: --heap is a size as for java -Xmx (2g, 1800m), not " + heap);
            return 2;
        }
        if (!Boolean.getBoolean(CHILD)) {
            return inJvmWithHeap(err);
        }
        Heap.watch();
        edu.stanford.nlp.util.logging.RedwoodConfiguration.errorLevel().apply();
        List<Side> sides = new ArrayList<>();
        if (!"dyadic".equals(only)) {
            sides.add(new Side("(a) CoreNLP default pipeline", BenchCommand::baseline));
        }
        if (!"baseline".equals(only)) {
            ActorDictionary dictionary = actorFiles.dictionary(err);
            if (dictionary == null) {
                return 2;
            }
            sides.add(new Side("(b) Dyadic ingest, not stored" + (cascade.parseAll ? " (--parse-all)" : ""), () -> {
                ArticleCoder coder = ArticleCoder.withActors(dictionary, cascade.parseAll);
                return article -> {
                    ArticleCoder.Coded c = coder.code(article);
                    return new Counts(c.sentences(), c.parsedSentences(), c.tokens(), c.events().size());
                };
            }));
        }
        List<Run> runs = new ArrayList<>();
        for (Side side : sides) { // one side after the other: Dyadic's models stay loaded once loaded
            // the warm-up keeps quiet: a problem in the first articles is told once, by the timed run
            Run warm = warmup > 0 ? run(side, warmup, new PrintWriter(java.io.Writer.nullWriter())) : null;
            Run timed = run(side, Integer.MAX_VALUE, err);
            runs.add(warm == null ? timed : timed.loadedIn(warm.modelSeconds())); // the timed run found them loaded
            StanfordCoreNLP.clearAnnotatorPool();
        }
        out.print(report(runs));
        out.flush();
        return runs.stream().anyMatch(r -> r.failed() > 0) ? Dyadic.EXIT_SKIPPED : 0;
    }

    /** CoreNLP's default English pipeline with dependency parses, as users of PETRARCH-style coders run it. */
    private static Function<Article, Counts> baseline() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
        return article -> {
            Annotation doc = new Annotation(article.text());
            if (article.date() != null) {
                doc.set(CoreAnnotations.DocDateAnnotation.class, article.date().toString());
            }
            pipeline.annotate(doc);
            int sentences = doc.get(CoreAnnotations.SentencesAnnotation.class).size();
            return new Counts(sentences, sentences, doc.get(CoreAnnotations.TokensAnnotation.class).size(), 0);
        };
    }

    /** Loads one side and codes the corpus's first {@code limit} articles with it. */
    private Run run(Side side, int limit, PrintWriter err) {
        System.gc();
        Heap.reset();
        long start = System.nanoTime();
        Function<Article, Counts> work = side.load().get();
        double modelSeconds = (System.nanoTime() - start) / 1e9;
        long codingStart = System.nanoTime();
        int[] articles = {0, 0};
        long[] sums = new long[4];
        try (OrderedWorkers<Article, Counts> workers = new OrderedWorkers<>(Math.max(1, threads), work, result -> {
            if (result.failure() != null) {
                articles[1]++;
                err.println("failed: " + result.input().origin() + ": " + result.failure());
                return;
            }
            articles[0]++;
            Counts c = result.value();
            sums[0] += c.sentences();
            sums[1] += c.parsedSentences();
            sums[2] += c.tokens();
            sums[3] += c.events();
        })) {
            int records = 0;
            for (Iterator<SourceRecord> it = new ArticleReader().read(corpus); it.hasNext() && records < limit; records++) {
                SourceRecord r = it.next();
                if (r instanceof SourceRecord.Read read) {
                    workers.submit(read.article());
                } else if (r instanceof SourceRecord.Problem p) {
                    articles[1]++;
                    err.println(p.where() + ": " + p.message());
                }
            }
            workers.finish();
        }
        double codingSeconds = (System.nanoTime() - codingStart) / 1e9;
        long peak = Heap.peakBytes();
        long live = Math.max(Heap.peakLiveBytes(), Heap.liveNow()); // the models are still held by the work function
        java.lang.ref.Reference.reachabilityFence(work);
        return new Run(side.name(), articles[0], articles[1], sums[0], sums[1], sums[2], sums[3], modelSeconds, codingSeconds,
                peak, live);
    }

    String report(List<Run> runs) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "corpus %s; %d threads; heap at most %s; %s%n", corpus, threads,
                Heap.format(Runtime.getRuntime().maxMemory()), warmup > 0
                        ? "each side first coded the corpus's first " + warmup + " articles, untimed (JIT warm-up)"
                        : "no warm-up"));
        b.append(String.format(Locale.ROOT, "%-40s %8s %9s %9s %8s %9s %11s %10s %12s %12s%n", "", "articles", "tokens",
                "models s", "coding s", "tokens/s", "sentences/s", "articles/s", "peak heap", "live heap"));
        for (Run r : runs) {
            b.append(String.format(Locale.ROOT, "%-40s %8d %9d %9.1f %8.1f %9.0f %11.1f %10.2f %12s %12s%n", r.name(),
                    r.articles(), r.tokens(), r.modelSeconds(), r.codingSeconds(), r.perSecond(r.tokens()),
                    r.perSecond(r.sentences()), r.perSecond(r.articles()), Heap.format(r.peakHeap()), Heap.format(r.peakLive())));
        }
        for (Run r : runs) {
            if (r.name().startsWith("(b)")) {
                b.append(String.format(Locale.ROOT, "Dyadic parsed %d of %d sentences (%.1f%%) and found %d events%n",
                        r.parsedSentences(), r.sentences(), 100.0 * r.parsedSentences() / Math.max(1, r.sentences()), r.events()));
            }
        }
        if (runs.size() == 2 && runs.get(0).perSecond(runs.get(0).tokens()) > 0) {
            b.append(String.format(Locale.ROOT, "ratio b/a (tokens/s): %.2f%n",
                    runs.get(1).perSecond(runs.get(1).tokens()) / runs.get(0).perSecond(runs.get(0).tokens())));
        }
        b.append("peak heap: the most heap in use, sampled every 0.1 s (uncollected garbage included, so it grows with "
                + "the heap given); live heap: the most left in use after a full collection, models included\n");
        return b.toString();
    }

    /** Runs the bench again in a JVM with the requested heap, so that heap figures answer to it. */
    private int inJvmWithHeap(PrintWriter err) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + heap, "-D" + CHILD + "=true"));
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!a.startsWith("-Xmx") && !a.startsWith("-XX:MaxRAM")) {
                cmd.add(a);
            }
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Dyadic.class.getName(), "bench",
                "--threads", String.valueOf(threads), "--heap", heap, "--warmup", String.valueOf(warmup)));
        if (only != null) {
            cmd.addAll(List.of("--only", only));
        }
        if (cascade.parseAll) {
            cmd.add("--parse-all");
        }
        for (Path f : actorFiles.files) {
            cmd.addAll(List.of("--actors", f.toString()));
        }
        corpus.forEach(p -> cmd.add(p.toString()));
        err.flush();
        return new ProcessBuilder(cmd).inheritIO().start().waitFor();
    }
}
