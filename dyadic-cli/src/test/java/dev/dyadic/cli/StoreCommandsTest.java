package dev.dyadic.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database commands on the sample articles: one event told by three articles is one event; search, events, stats
 * and export read it back.
 */
class StoreCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SAME_EVENT = Path.of("..", "samples", "same-event");
    private static final Path GAZA = Path.of("..", "samples", "gaza-ceasefire.txt");

    @TempDir
    static Path dir;
    static Path db;

    @BeforeAll
    static void ingest() {
        db = dir.resolve("store.duckdb");
        Run run = Run.dyadic("ingest", "--db", db.toString(), SAME_EVENT.toString(), GAZA.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("4 articles coded"), run.err());
        assertTrue(Files.isDirectory(Path.of(db + ".lucene")), "the search index is beside the database");
    }

    @Test
    void anEventToldByThreeSampleArticlesIsOneEventWithThreeMentions() throws IOException {
        List<JsonNode> talks = IngestCommandTest.events(db, "--dyad", "CHN,RUS", "--from", "2024-07-25", "--to", "2024-07-25");
        assertEquals(1, talks.size(), talks.toString());
        JsonNode e = talks.get(0);
        assertEquals(3, e.get("num_mentions").asInt());
        assertEquals(3, e.get("num_articles").asInt());
        assertEquals(3, e.get("num_sources").asInt(), "Wire, Daily and Radio");
        assertEquals("2024-07-25", e.get("date").asText(), "the day of the talks, not of the later reports");
        Set<String> articles = new TreeSet<>();
        for (JsonNode r : e.get("reports")) {
            articles.add(r.get("article_id").asText());
            assertTrue(r.get("text").asText().contains("Lavrov"), r.toString());
        }
        assertEquals(Set.of("daily-laos-meeting", "radio-asean-sidelines", "wire-vientiane-talks"), articles);
        // the same event through the other filters
        assertEquals(List.of(e.get("id")), IngestCommandTest.events(db, "--person", "lavrov", "--cameo", "04")
                .stream().map(x -> x.get("id")).toList());
        assertTrue(IngestCommandTest.events(db, "--source", "dyadic sample radio").stream()
                .anyMatch(x -> x.get("id").equals(e.get("id"))));
        assertTrue(IngestCommandTest.events(db, "--dyad", "RUS,CHN").isEmpty(), "dyads are directed");

        Run table = Run.dyadic("events", "--db", db.toString(), "--dyad", "CHN,RUS", "--mentions");
        assertEquals(0, table.exitCode(), table.err());
        assertTrue(table.out().contains("wire-vientiane-talks ["), table.out());
    }

    @Test
    void searchFindsArticlesWithHighlightsAndTheirEvents() throws IOException {
        Run run = Run.dyadic("search", "--db", db.toString(), "Lavrov AND Vientiane");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("[Vientiane]"), run.out());
        assertTrue(run.out().contains("3 mentions in 3 articles"), run.out());
        assertTrue(run.out().contains("2 articles"), "the daily names no Vientiane: " + run.out());

        Run json = Run.dyadic("search", "--db", db.toString(), "--format", "jsonl", "--source", "Dyadic Sample Radio", "Lavrov");
        assertEquals(0, json.exitCode(), json.err());
        assertEquals(1, json.outLines().size(), json.out());
        JsonNode hit = JSON.readTree(json.outLines().get(0));
        assertEquals("radio-asean-sidelines", hit.get("article_id").asText());
        String text = Files.readString(SAME_EVENT.resolve("radio-asean-sidelines.txt"));
        JsonNode h = hit.get("snippets").get(0).get("highlights").get(0);
        int headerEnd = text.indexOf("\n\n") + 2;
        String body = text.substring(headerEnd);
        assertEquals("Lavrov", body.substring(h.get("begin").asInt(), h.get("end").asInt()), "offsets into the article text");
        assertFalse(hit.get("events").isEmpty());

        assertEquals(0, Run.dyadic("search", "--db", db.toString(), "--to", "2024-07-25", "Lavrov").outLines().stream()
                .filter(l -> l.startsWith("daily") || l.startsWith("radio")).count(), "published on the 26th");
        Run bad = Run.dyadic("search", "--db", db.toString(), "ceasefire AND");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("\"ceasefire AND\""), bad.err());
    }

    @Test
    void aFilterValueNoEventCanHaveIsAUsageErrorNamingItsOption() {
        for (String[] c : new String[][] {
                {"--quad", "5", "--quad takes 1, 2, 3 or 4, not 5"},
                {"--min-confidence", "1.5", "--min-confidence takes a number from 0 to 1, not 1.5"},
                {"--cameo", "4", "--cameo takes 2 to 4 digits (04, 042), not '4'"},
                {"--dyad", "CHN,R*S", "--dyad takes two codes of letters and digits (CHN,RUS), not 'CHN,R*S'"}}) {
            for (String command : List.of("events", "stats", "export")) {
                Run run = command.equals("export")
                        ? Run.dyadic(command, "--db", db.toString(), "--format", "csv", c[0], c[1])
                        : Run.dyadic(command, "--db", db.toString(), c[0], c[1]);
                assertEquals(2, run.exitCode(), command + " " + c[0]);
                assertTrue(run.err().contains(c[2]), run.err());
            }
        }
    }

    @Test
    void statsCountAndGiveTheGoldsteinSeriesOfADyad() {
        Run run = Run.dyadic("stats", "--db", db.toString(), "--dyad", "CHN,RUS");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("by month"), run.out());
        assertTrue(run.out().matches("(?s).*\\n  2024-07 +1 +3\\n.*"), run.out());
        assertTrue(run.out().contains("Goldstein series of CHN -> RUS"), run.out());
        Run csv = Run.dyadic("stats", "--db", db.toString(), "--format", "csv", "--by", "type");
        assertTrue(csv.out().startsWith("grouping,key,events,mentions"), csv.out());
        assertTrue(csv.out().contains("\ntype,CONSULT,"), csv.out());
    }

    @Test
    void exportsEachFormatAndReadsItBack() throws Exception {
        int events = IngestCommandTest.events(db).size();
        for (String format : List.of("jsonl", "csv", "parquet", "gdelt", "plover")) {
            Path out = dir.resolve("events." + format);
            Run run = Run.dyadic("export", "--db", db.toString(), "--format", format, "--out", out.toString());
            assertEquals(0, run.exitCode(), run.err());
            assertTrue(run.err().contains(events + " events -> "), run.err());
        }
        assertEquals(events, Files.readAllLines(dir.resolve("events.jsonl")).size());
        assertEquals(events, Files.readAllLines(dir.resolve("events.plover")).size());
        for (String line : Files.readAllLines(dir.resolve("events.gdelt"))) {
            assertEquals(61, line.split("\t", -1).length, line);
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*), max(num_mentions) FROM read_parquet('" + dir.resolve("events.parquet") + "')")) {
            rs.next();
            assertEquals(events, rs.getInt(1));
            assertEquals(3, rs.getInt(2));
        }
        Run stdout = Run.dyadic("export", "--db", db.toString(), "--format", "gdelt", "--dyad", "CHN,RUS");
        assertEquals(0, stdout.exitCode(), stdout.err());
        assertEquals(1, stdout.outLines().size(), stdout.out());
        String[] row = stdout.outLines().get(0).split("\t", -1);
        assertEquals("20240725", row[1]);
        assertEquals("3", row[31], "NumMentions");
        Run parquet = Run.dyadic("export", "--db", db.toString(), "--format", "parquet");
        assertEquals(2, parquet.exitCode());
        assertTrue(parquet.err().contains("--out"), parquet.err());
        Run unknown = Run.dyadic("export", "--db", db.toString(), "--format", "xml", "--out", dir.resolve("x").toString());
        assertEquals(2, unknown.exitCode());
    }

    @Test
    void benchQueriesPrintsItsFigures() {
        Run run = Run.dyadic("bench-queries", "--db", db.toString(), "--runs", "2");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("events --dyad"), run.out());
        assertTrue(run.out().contains("search 'ceasefire AND Gaza'"), run.out());
        assertTrue(run.out().matches("(?s).*MEDIAN.*ms.*"), run.out());
    }
}
