package dev.dyadic.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyadic.model.StoredEvent;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the embedded default, and what only a DuckDB file does: creation, upgrades, locking. */
class DuckDbEventStoreTest extends EventStoreContract {
    @TempDir
    Path dir;

    @Override
    EventStore open() {
        return EventStores.open(dir.resolve("e.duckdb"));
    }

    @Override
    EventStore openReadOnly() {
        return EventStores.openReadOnly(dir.resolve("e.duckdb"));
    }

    @Test
    void createsTheFileItsFolderAndTheSchema() throws Exception {
        Path file = dir.resolve("a/b/e.duckdb");
        try (EventStore store = EventStores.open(file)) {
            assertEquals(0, store.articleCount());
            assertEquals(0, store.eventCount());
        }
        assertTrue(Files.exists(file));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT version FROM schema_version")) {
            assertTrue(rs.next());
            assertEquals(SqlEventStore.SCHEMA_VERSION, rs.getInt(1));
            assertFalse(rs.next());
        }
        // opening again neither fails nor adds a second version row
        EventStores.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM schema_version")) {
            rs.next();
            assertEquals(1, rs.getInt(1));
        }
    }

    /** The tables of a version 1 file (issues 2 and 3). */
    private static void createVersion1(Statement st) throws Exception {
        st.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)");
        st.execute("INSERT INTO schema_version VALUES (1)");
        st.execute("CREATE TABLE articles (id VARCHAR PRIMARY KEY, content_hash VARCHAR NOT NULL, title VARCHAR, "
                + "source VARCHAR, url VARCHAR, published DATE, origin VARCHAR, text VARCHAR NOT NULL, ingested_at TIMESTAMP NOT NULL)");
        st.execute("CREATE TABLE events (article_id VARCHAR NOT NULL, seq INTEGER NOT NULL, source_code VARCHAR, "
                + "source_json VARCHAR, target_code VARCHAR, target_json VARCHAR, cameo VARCHAR NOT NULL, cameo_root VARCHAR NOT NULL, "
                + "plover VARCHAR, plover_mode VARCHAR, plover_context VARCHAR, quad_class INTEGER, goldstein DOUBLE, "
                + "event_date VARCHAR, date_from DATE, date_to DATE, date_source VARCHAR, sentence INTEGER, "
                + "evidence_begin INTEGER, evidence_end INTEGER, evidence VARCHAR, pattern VARCHAR, trigger VARCHAR)");
    }

    @Test
    void upgradesAVersion1File() throws Exception {
        Path file = dir.resolve("v1.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
             Statement st = c.createStatement()) {
            createVersion1(st);
            st.execute("INSERT INTO articles VALUES ('old', 'h', NULL, NULL, NULL, DATE '2023-03-17', 'f', 'China met Russia.', now())");
            st.execute("INSERT INTO events VALUES ('old', 0, 'CHN', '{\"code\":\"CHN\",\"country\":\"CHN\"}', 'RUS', "
                    + "'{\"code\":\"RUS\",\"country\":\"RUS\"}', '040', '04', 'CONSULT', '', '', 1, 1.0, '2023-03-17', "
                    + "DATE '2023-03-17', DATE '2023-03-17', 'article', 0, 0, 17, 'China met Russia.', 'p', 'met')");
        }
        StoreException reading = assertThrows(StoreException.class, () -> EventStores.openReadOnly(file));
        assertTrue(reading.getMessage().contains("open it once for writing"), reading.getMessage());
        try (EventStore store = EventStores.open(file)) {
            List<StoredEvent> events = store.events(EventQuery.all());
            assertEquals(1, events.size(), "the stored event is kept");
            assertEquals(1.0, events.get(0).event().confidence(), "an event of version 1 had no threshold: full confidence");
            assertNull(events.get(0).event().place());
            store.store(article("new", "China met Russia again."), List.of(event("new", "CHN", "RUS", "040", "2023-03-17")));
            assertEquals(1, store.eventCount(), "the new report joins the upgraded event");
            assertEquals(2, store.events(EventQuery.all()).get(0).numArticles());
        }
    }

    @Test
    void upgradesAVersion2FileMergingItsEvents() throws Exception {
        Path file = dir.resolve("v2.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
             Statement st = c.createStatement()) {
            createVersion1(st);
            for (String column : List.of("place_name VARCHAR", "place_country VARCHAR", "confidence DOUBLE", "mentions_json VARCHAR")) {
                st.execute("ALTER TABLE events ADD COLUMN " + column);
            }
            st.execute("UPDATE schema_version SET version = 2");
            st.execute("INSERT INTO articles VALUES ('a', 'h1', 'T', 'Xinhua', NULL, DATE '2023-03-17', 'f', 'China met Russia.', "
                    + "TIMESTAMP '2024-01-01 10:00:00')");
            st.execute("INSERT INTO articles VALUES ('b', 'h2', 'T', 'Tass', NULL, DATE '2023-03-18', 'g', 'Beijing met Moscow.', "
                    + "TIMESTAMP '2024-01-01 10:00:01')");
            String event = "'{\"code\":\"CHN\",\"country\":\"CHN\"}', 'RUS', '{\"code\":\"RUS\",\"country\":\"RUS\"}', '040', '04', "
                    + "'CONSULT', '', '', 1, 1.0, '2023-03-16', DATE '2023-03-16', DATE '2023-03-16', 'sentence', 0, 0, 17, ";
            st.execute("INSERT INTO events VALUES ('a', 0, 'CHN', " + event + "'China met Russia.', 'p', 'met', 'Moscow', 'RUS', 0.8, "
                    + "'[{\"sentence\":3,\"begin\":40,\"end\":60,\"text\":\"They met.\"}]')");
            st.execute("INSERT INTO events VALUES ('b', 0, 'CHN', " + event + "'Beijing met Moscow.', 'p', 'met', NULL, NULL, 0.9, NULL)");
        }
        try (EventStore store = EventStores.open(file)) {
            List<StoredEvent> events = store.events(EventQuery.all());
            assertEquals(1, events.size(), "the two articles' reports are one event");
            assertEquals(3, events.get(0).numMentions(), "with the further sentence of the first article");
            assertEquals(2, events.get(0).numSources());
            assertEquals(0.9, events.get(0).event().confidence());
            assertEquals("Moscow", events.get(0).event().place().name());
            assertEquals(2, store.codedEvents("a").get(0).mentions().size() + 1);
            assertEquals(LocalDate.of(2023, 3, 17), store.article("a").orElseThrow().date());
        }
        try (EventStore store = EventStores.openReadOnly(file)) {
            assertEquals(2, store.articleCount());
        }
    }

    @Test
    void refusesAFileOfANewerDyadic() throws Exception {
        Path file = dir.resolve("v9.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath()); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)");
            st.execute("INSERT INTO schema_version VALUES (9)");
        }
        StoreException e = assertThrows(StoreException.class, () -> EventStores.open(file));
        assertEquals(file + " has schema version 9; this Dyadic reads version " + SqlEventStore.SCHEMA_VERSION, e.getMessage());
    }

    @Test
    void storesCompoundActorCodesJoinedWithPlus() throws Exception {
        Path file = dir.resolve("e.duckdb");
        try (EventStore store = EventStores.open(file)) {
            store.store(article("a1", "text"), List.of(event("a1", "RUS+CHNGOV", null, "040", "2023")));
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT source_code, target_code, cameo_root, event_date, date_from, date_to, persons FROM events")) {
            assertTrue(rs.next());
            assertEquals("RUS+CHNGOV", rs.getString(1));
            assertEquals(null, rs.getString(2));
            assertEquals("04", rs.getString(3));
            assertEquals("2023", rs.getString(4));
            assertEquals(LocalDate.of(2023, 1, 1), rs.getDate(5).toLocalDate());
            assertEquals(LocalDate.of(2023, 12, 31), rs.getDate(6).toLocalDate());
            assertEquals("|Qin Gang|", rs.getString(7));
        }
    }

    @Test
    void namesTheFileWhenItCannotBeOpened() throws Exception {
        Path none = dir.resolve("none.duckdb");
        StoreException missing = assertThrows(StoreException.class, () -> EventStores.openReadOnly(none));
        assertEquals("no database at " + none, missing.getMessage());
        assertFalse(Files.exists(none), "reading does not create a file");

        Path text = dir.resolve("notes.duckdb");
        Files.writeString(text, "these are my notes, not a database\n".repeat(100));
        StoreException wrong = assertThrows(StoreException.class, () -> EventStores.open(text));
        assertTrue(wrong.getMessage().startsWith(text + " is not a Dyadic database: "), wrong.getMessage());
        StoreException wrongReading = assertThrows(StoreException.class, () -> EventStores.openReadOnly(text));
        assertTrue(wrongReading.getMessage().startsWith(text + " is not a Dyadic database: "), wrongReading.getMessage());
        assertEquals("these are my notes, not a database\n".repeat(100), Files.readString(text), "left as it was");

        Path other = dir.resolve("other.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + other.toAbsolutePath()); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE prices (day DATE, price DOUBLE)");
        }
        StoreException foreign = assertThrows(StoreException.class, () -> EventStores.open(other));
        assertTrue(foreign.getMessage().startsWith(other + " is not a Dyadic database"), foreign.getMessage());
        StoreException foreignReading = assertThrows(StoreException.class, () -> EventStores.openReadOnly(other));
        assertTrue(foreignReading.getMessage().startsWith(other + " is not a Dyadic database"), foreignReading.getMessage());
    }

    @Test
    void saysWhenAnotherProcessHoldsTheFile() throws Exception {
        Path file = dir.resolve("held.duckdb");
        EventStores.open(file).close();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", classpath, HoldDatabase.class.getName(), file.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertTrue(line != null && line.startsWith("open"), "the helper opened the database: " + line);
            StoreException writing = assertThrows(StoreException.class, () -> EventStores.open(file));
            assertTrue(writing.getMessage().startsWith("database " + file + " is in use by another process ("),
                    writing.getMessage());
            assertFalse(writing.getMessage().contains("\n"), writing.getMessage());
            StoreException reading = assertThrows(StoreException.class, () -> EventStores.openReadOnly(file));
            assertTrue(reading.getMessage().startsWith("database " + file + " is in use by another process ("),
                    reading.getMessage());
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(30, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
        try (EventStore store = EventStores.open(file)) {
            assertEquals(0, store.articleCount(), "free again once the other process is gone");
        }
    }

    @Test
    void hashesTheExactText() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", SqlEventStore.contentHash(""));
        assertFalse(SqlEventStore.contentHash("a").equals(SqlEventStore.contentHash("a ")));
    }
}
