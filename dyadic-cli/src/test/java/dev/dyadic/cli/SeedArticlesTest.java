package dev.dyadic.cli;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The four machine-translated seed articles in ../shared (read there, never copied into the project). */
class SeedArticlesTest {
    private static final Path SHARED = Path.of(System.getProperty("dyadic.shared", "../../shared"));

    @TempDir
    Path dir;

    @Test
    void findsQinGangsCallAndTheIccWarrantWithTheirEvidence() throws Exception {
        Path seeds = SHARED.resolve("eval/seed-articles.jsonl");
        assumeTrue(Files.exists(seeds), "needs ../shared beside the project");
        Path db = dir.resolve("seeds.duckdb");
        Run run = Run.dyadic("ingest", "--db", db.toString(), seeds.toString());
        assertEquals(0, run.exitCode(), run.err());

        List<JsonNode> events = IngestCommandTest.events(db);
        JsonNode call = events.stream()
                .filter(e -> e.get("cameo").asText().startsWith("04") && e.path("date").asText().equals("2023-03-16"))
                .filter(e -> e.path("source").path("country").asText().equals("CHN")
                        && e.path("target").path("country").asText().equals("UKR"))
                .findFirst().orElseThrow(() -> new AssertionError("no CHN->UKR consultation on 2023-03-16 in " + events));
        assertTrue(call.get("evidence").asText().contains("Qin Gang"), call.toString());
        assertEquals("Qin Gang", call.get("source").get("name").asText());

        JsonNode warrant = events.stream()
                .filter(e -> e.get("cameo").asText().startsWith("17") && e.path("date").asText().equals("2023-03-17"))
                .filter(e -> e.path("source").path("country").asText().equals("IGO")
                        && e.path("target").path("country").asText().equals("RUS"))
                .findFirst().orElseThrow(() -> new AssertionError("no IGO->RUS coercion on 2023-03-17 in " + events));
        assertTrue(warrant.get("evidence").asText().contains("arrest warrant"), warrant.toString());

        assertTrue(events.stream().noneMatch(e -> e.get("cameo").asText().startsWith("11")
                && e.path("target").toString().contains("Hamas")), "'China did not condemn Hamas' is no event");
    }

    @Test
    void ingestsTheUndatedTextFilesWithAWarning() throws Exception {
        Path seeds = SHARED.resolve("seeds");
        assumeTrue(Files.isDirectory(seeds), "needs ../shared beside the project");
        Run run = Run.dyadic("ingest", "--db", dir.resolve("txt.duckdb").toString(), seeds.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("4 articles coded"), run.err());
        assertTrue(run.err().contains("warning:") && run.err().contains("no publication date"), run.err());
    }
}
