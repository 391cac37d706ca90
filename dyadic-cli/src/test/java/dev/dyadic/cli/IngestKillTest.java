package dev.dyadic.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dyadic.store.EventStore;
import dev.dyadic.store.EventStores;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A killed ingest leaves a database that opens with every committed article, and a second run completes it. */
class IngestKillTest {
    private static final Path SAMPLES = Path.of("..", "samples");

    @TempDir
    Path dir;

    @Test
    void anIngestKilledMidwayResumesWithoutDuplicates() throws Exception {
        long articles;
        try (Stream<Path> s = Files.walk(SAMPLES)) {
            articles = s.filter(p -> p.toString().endsWith(".txt")).count();
        }
        Path db = dir.resolve("killed.duckdb");
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process ingest = new ProcessBuilder(java, "-Xmx2g", "-cp", classpath, Dyadic.class.getName(), "ingest", "--db",
                db.toString(), "--threads", "1", "--verbose", SAMPLES.toString()).redirectErrorStream(true).start();
        Set<String> committed = new TreeSet<>();
        List<String> output = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(ingest.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; committed.size() < 3 && (line = out.readLine()) != null; ) {
                output.add(line);
                if (line.startsWith("stored ")) {
                    committed.add(line.substring("stored ".length(), line.indexOf(' ', "stored ".length())));
                }
            }
            ingest.destroyForcibly(); // SIGKILL: no shutdown hook, no clean close
            assertTrue(ingest.waitFor(60, TimeUnit.SECONDS));
        }
        assertEquals(3, committed.size(), "three articles were committed before the kill: " + output);

        long afterKill;
        try (EventStore store = EventStores.openReadOnly(db)) {
            afterKill = store.articleCount();
            for (String id : committed) {
                assertTrue(store.article(id).isPresent(), id + " was committed before the kill");
            }
            assertTrue(afterKill < articles, "killed before the end: " + afterKill + " of " + articles);
        }

        Run resumed = Run.dyadic("ingest", "--db", db.toString(), SAMPLES.toString());
        assertEquals(0, resumed.exitCode(), resumed.err());
        assertTrue(resumed.err().contains(afterKill + " already stored"), resumed.err());
        assertTrue(resumed.err().contains((articles - afterKill) + " articles coded"), resumed.err());

        Path clean = dir.resolve("clean.duckdb");
        assertEquals(0, Run.dyadic("ingest", "--db", clean.toString(), SAMPLES.toString()).exitCode());
        assertEquals(withoutIdsAndTimes(IngestCommandTest.events(clean)), withoutIdsAndTimes(IngestCommandTest.events(db)),
                "the same events as one uninterrupted run: nothing twice, nothing missing");
        Run search = Run.dyadic("search", "--db", db.toString(), "--limit", "100", "");
        assertTrue(search.out().contains(articles + " articles"), "the index caught up: " + search.out());
    }

    private static List<String> withoutIdsAndTimes(List<JsonNode> events) {
        return events.stream().map(e -> {
            ObjectNode copy = e.deepCopy();
            copy.remove("id");
            copy.remove("added");
            return copy.toString();
        }).sorted().toList();
    }
}
