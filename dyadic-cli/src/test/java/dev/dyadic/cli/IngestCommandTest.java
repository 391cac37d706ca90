package dev.dyadic.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole path: files in, events stored, listed and exported; bad inputs named and skipped. */
class IngestCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SAMPLES = Path.of("..", "samples");

    @TempDir
    Path dir;

    static List<JsonNode> events(Path db, String... filters) throws IOException {
        List<String> args = new ArrayList<>(List.of("events", "--db", db.toString(), "--format", "jsonl"));
        args.addAll(List.of(filters));
        Run run = Run.dyadic(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        List<JsonNode> out = new ArrayList<>();
        for (String line : run.outLines()) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    @Test
    void ingestsTheSampleArticlesAndListsTheirEvents() throws IOException {
        Path db = dir.resolve("samples.duckdb");
        Run run = Run.dyadic("ingest", "--db", db.toString(), SAMPLES.toString());
        assertEquals(0, run.exitCode(), run.err());
        long files;
        try (var s = Files.walk(SAMPLES)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).count();
        }
        assertTrue(run.err().contains(files + " articles coded"), run.err());
        assertTrue(run.err().contains("tokens/s"), run.err());

        List<JsonNode> all = events(db);
        assertTrue(all.size() >= files, "the samples hold at least one event each: " + all.size());
        for (JsonNode e : all) {
            assertTrue(e.get("cameo").asText().matches("\\d{3,4}"), e.toString());
            assertFalse(e.get("evidence").asText().isBlank());
            assertTrue(e.hasNonNull("article_id"));
        }
        List<JsonNode> chinese = events(db, "--actor", "CHN");
        assertFalse(chinese.isEmpty());
        assertTrue(chinese.size() < all.size(), "the actor filter filters");
        for (JsonNode e : chinese) {
            assertTrue(e.toString().contains("\"CHN"), e.toString());
        }

        Run table = Run.dyadic("events", "--db", db.toString(), "--cameo", "04");
        assertEquals(0, table.exitCode());
        assertTrue(table.out().startsWith("    ID  DATE"), table.out());
        Run csv = Run.dyadic("events", "--db", db.toString(), "--format", "csv");
        assertTrue(csv.out().startsWith("id,date,"), csv.out());
        assertEquals(all.size() + 1, csv.outLines().size(), "a header and one line per event");

        Run again = Run.dyadic("ingest", "--db", db.toString(), SAMPLES.toString());
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.err().contains("0 articles coded"), again.err());
        assertTrue(again.err().contains(files + " already stored"), again.err());
        assertEquals(all.size(), events(db).size(), "re-ingesting adds nothing");
    }

    @Test
    void namesAndSkipsEachKindOfBadInputWithoutLosingStoredArticles() throws IOException {
        Path db = dir.resolve("bad.duckdb");
        Path good = dir.resolve("good.jsonl");
        Files.writeString(good, "{\"id\":\"g1\",\"date\":\"2024-05-17\",\"text\":\"France urged Israel to halt its offensive.\"}\n");
        assertEquals(0, Run.dyadic("ingest", "--db", db.toString(), good.toString()).exitCode());

        Path batch = Files.createDirectories(dir.resolve("batch"));
        Files.write(batch.resolve("binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 3});
        Files.writeString(batch.resolve("empty.txt"), "");
        Files.writeString(batch.resolve("lines.jsonl"),
                "{\"id\":\"j1\",\"date\":\"2024-05-17\",\"text\":\"Japan urged China to release the detained citizens.\"}\n"
                        + "{\"id\":\"j2\",\"date\":\"2024-05-17\",\"text\":\"broken\n"
                        + "{\"id\":\"j3\",\"date\":\"2024-05-17\",\"text\":\"Kenya praised Uganda.\"}\n");
        Files.write(batch.resolve("latin1.txt"), "Caf\u00e9 owners in Paris protested on Monday.".getBytes(StandardCharsets.ISO_8859_1));
        Path huge = batch.resolve("huge.txt");
        try (OutputStream out = Files.newOutputStream(huge)) {
            byte[] block = "The minister met the envoy. ".repeat(1000).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 50L * 1024 * 1024; written += block.length) {
                out.write(block);
            }
        }
        Run run = Run.dyadic("ingest", "--db", db.toString(), batch.toString());
        assertEquals(Dyadic.EXIT_SKIPPED, run.exitCode(), run.err());
        String err = run.err();
        assertTrue(err.contains("binary.txt") && err.contains("binary"), err);
        assertTrue(err.contains("empty.txt") && err.contains("empty"), err);
        assertTrue(err.contains("lines.jsonl:2") && err.contains("JSON"), err);
        assertTrue(err.contains("latin1.txt") && err.contains("UTF-8"), err);
        assertTrue(err.contains("huge.txt") && err.contains("too large"), err);
        assertTrue(err.contains("5 skipped"), err);
        assertTrue(err.contains("2 articles coded"), err);

        List<String> ids = events(db).stream().map(e -> e.get("article_id").asText()).distinct().sorted().toList();
        assertEquals(List.of("g1", "j1", "j3"), ids, "the earlier article is kept, the good ones of the batch added");
    }
}
