package dev.dyadic.cli;

import static org.junit.jupiter.api.Assertions.*;

import dev.dyadic.actors.ActorDictionary;
import dev.dyadic.model.Article;
import dev.dyadic.model.Event;
import dev.dyadic.sources.ArticleReader;
import dev.dyadic.sources.SourceRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchCommandTest {
    private static final Path SAMPLES = Path.of("..", "samples");

    @Test
    void measuresDyadicOnACorpusAndPrintsItsFigures() throws java.io.IOException {
        long articles;
        try (var files = java.nio.file.Files.walk(SAMPLES)) {
            articles = files.filter(p -> p.toString().endsWith(".txt")).count();
        }
        System.setProperty("dyadic.bench.child", "true");
        try {
            Run run = Run.dyadic("bench", "--only", "dyadic", "--threads", "2", "--warmup", "2", SAMPLES.toString());
            assertEquals(0, run.exitCode(), run.err());
            assertTrue(run.out().lines().findFirst().orElseThrow().endsWith("each side first coded the corpus's first 2 articles, untimed (JIT warm-up)"), run.out());
            String row = run.out().lines().filter(l -> l.startsWith("(b) Dyadic ingest")).findFirst().orElseThrow();
            String[] f = row.substring("(b) Dyadic ingest, not stored".length()).trim().split("\\s+");
            assertEquals(articles, Integer.parseInt(f[0]), "articles: " + row);
            assertTrue(Long.parseLong(f[1]) > 500, "tokens: " + row);
            assertTrue(Double.parseDouble(f[4]) > 0, "tokens/s: " + row);
            assertTrue(run.out().matches("(?s).*Dyadic parsed \\d+ of \\d+ sentences .* and found [1-9]\\d* events.*"), run.out());
            assertFalse(run.out().contains("ratio"), "no ratio without the baseline");
        } finally {
            System.clearProperty("dyadic.bench.child");
        }
    }

    @Test
    void tellsABrokenLineOnceThoughTheWarmUpReadItToo(@org.junit.jupiter.api.io.TempDir Path dir) throws java.io.IOException {
        Path corpus = dir.resolve("corpus.jsonl");
        java.nio.file.Files.writeString(corpus, String.join("\n",
                "{\"id\":\"a1\",\"date\":\"2024-05-17\",\"text\":\"China's foreign minister visited Brazil on Monday.\"}",
                "{\"id\":\"a2\",\"date\":\"2024-05-17\",\"text\": broken",
                "{\"id\":\"a3\",\"date\":\"2024-05-17\",\"text\":\"Russia condemned the sanctions.\"}") + "\n");
        System.setProperty("dyadic.bench.child", "true");
        try {
            Run run = Run.dyadic("bench", "--only", "dyadic", "--threads", "1", "--warmup", "3", corpus.toString());
            assertEquals(Dyadic.EXIT_SKIPPED, run.exitCode(), run.err());
            assertEquals(1, run.err().lines().filter(l -> l.contains("corpus.jsonl") && l.contains("2")).count(), run.err());
            assertTrue(run.out().lines().anyMatch(l -> l.startsWith("(b) Dyadic ingest") && l.trim().split("\\s+")[5].equals("2")), run.out());
        } finally {
            System.clearProperty("dyadic.bench.child");
        }
    }

    @Test
    void namesAWrongSideOrHeap() {
        Run run = Run.dyadic("bench", "--only", "petrarch", SAMPLES.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--only is baseline or dyadic"), run.err());
        Run heap = Run.dyadic("bench", "--heap", "lots", SAMPLES.toString());
        assertEquals(2, heap.exitCode());
        assertTrue(heap.err().contains("--heap is a size"), heap.err());
        Run warmup = Run.dyadic("bench", "--warmup", "-3", SAMPLES.toString());
        assertEquals(2, warmup.exitCode());
        assertTrue(warmup.err().contains("--warmup is a number of articles"), warmup.err());
    }

    @Test
    void theRatioIsDyadicsTokensPerSecondOverTheBaselines() {
        BenchCommand bench = new BenchCommand();
        bench.corpus = List.of(SAMPLES);
        String report = bench.report(List.of(
                new BenchCommand.Run("(a) base", 10, 0, 100, 100, 10_000, 0, 1, 10.0, 1, 1),
                new BenchCommand.Run("(b) dyadic", 10, 0, 100, 60, 10_000, 5, 1, 2.5, 1, 1)));
        assertTrue(report.contains("ratio b/a (tokens/s): 4.00"), report);
        assertTrue(report.contains("Dyadic parsed 60 of 100 sentences (60.0%) and found 5 events"), report);
    }

    @Test
    void theCascadeGivesTheSampleArticlesTheEventsOfTheFullPipeline() {
        ActorDictionary dictionary = ActorDictionary.standard();
        ArticleCoder cascade = ArticleCoder.withActors(dictionary, false);
        ArticleCoder full = ArticleCoder.withActors(dictionary, true);
        int parsed = 0;
        int sentences = 0;
        List<Event> all = new ArrayList<>();
        for (var it = new ArticleReader().read(List.of(SAMPLES)); it.hasNext(); ) {
            if (it.next() instanceof SourceRecord.Read read) {
                Article a = read.article();
                ArticleCoder.Coded c = cascade.code(a);
                assertEquals(full.code(a).events(), c.events(), a.origin());
                parsed += c.parsedSentences();
                sentences += c.sentences();
                all.addAll(c.events());
            }
        }
        assertFalse(all.isEmpty());
        assertTrue(parsed < sentences, "the cascade left out some sentences: " + parsed + " of " + sentences);
    }
}
