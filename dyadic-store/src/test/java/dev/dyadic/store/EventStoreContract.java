package dev.dyadic.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyadic.model.Actor;
import dev.dyadic.model.Article;
import dev.dyadic.model.Event;
import dev.dyadic.model.EventDate;
import dev.dyadic.model.Evidence;
import dev.dyadic.model.Place;
import dev.dyadic.model.PloverCode;
import dev.dyadic.store.EventStore.StoreOutcome;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbEventStoreTest {
    @TempDir
    Path dir;

    static Article article(String id, String text) {
        return new Article(id, LocalDate.of(2023, 3, 17), "A title", "Wire", "https://example.org/" + id, text, id + ".txt");
    }

    /** An event; actors are codes joined with '+' for compound actors ("RUS+CHNGOV"), {@code null} for none. */
    static Event event(String articleId, String source, String target, String cameo, String date, int begin) {
        return new Event(articleId, actors(source), actors(target), cameo, new PloverCode("CONSULT", "phone", ""), 1.0, 1,
                new EventDate(date, date == null ? EventDate.UNKNOWN : EventDate.SENTENCE),
                new Evidence(begin / 10, begin, begin + 5, "Text."), "patterns.txt:1", "met");
    }

    static Event event(String articleId, String source, String target, String cameo, String date) {
        return event(articleId, source, target, cameo, date, 0);
    }

    private static List<Actor> actors(String codes) {
        List<Actor> out = new ArrayList<>();
        if (codes != null) {
            for (String c : codes.split("\\+")) {
                out.add(Actor.of(c.substring(0, 3), c.substring(3), c.equals("CHNGOV") ? "Qin Gang" : null,
                        c.equals("CHNGOV") ? "Foreign Minister" : null, "the " + c));
            }
        }
        return out;
    }

    @Test
    void createsTheFileItsFolderAndTheSchema() throws Exception {
        Path file = dir.resolve("a/b/e.duckdb");
        try (EventStore store = DuckDbEventStore.open(file)) {
            assertEquals(0, store.articleCount());
            assertEquals(0, store.eventCount());
        }
        assertTrue(Files.exists(file));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT version FROM schema_version")) {
            assertTrue(rs.next());
            assertEquals(DuckDbEventStore.SCHEMA_VERSION, rs.getInt(1));
            assertFalse(rs.next());
        }
        // opening again neither fails nor adds a second version row
        DuckDbEventStore.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM schema_version")) {
            rs.next();
            assertEquals(1, rs.getLong(1));
        }
    }

    @Test
    void storesAnArticleOnceAndRecognisesItsTextUnderAnotherId() {
        try (EventStore store = DuckDbEventStore.open(dir.resolve("e.duckdb"))) {
            Article a = article("a1", "China met Russia.");
            assertEquals(Optional.empty(), store.check(a));
            assertEquals(StoreOutcome.ADDED, store.store(a, List.of(event("a1", "CHNGOV", "RUS", "040", "2023-03-16"))));
            assertEquals(Optional.of(StoreOutcome.UNCHANGED), store.check(a));
            assertEquals(StoreOutcome.UNCHANGED, store.store(a, List.of(event("a1", "CHNGOV", "RUS", "040", "2023-03-16"),
                    event("a1", "RUS", "CHN", "040", "2023-03-16"))));
            Article copy = article("copy", "China met Russia.");
            assertEquals(Optional.of(StoreOutcome.DUPLICATE), store.check(copy));
            assertEquals(StoreOutcome.DUPLICATE, store.store(copy, List.of(event("copy", "CHNGOV", "RUS", "040", null))));
            assertEquals(Optional.empty(), store.check(article("a2", "China met Russia")), "one character less: new");
            assertEquals(1, store.articleCount());
            assertEquals(1, store.eventCount());
            assertTrue(store.article("copy").isEmpty());
        }
    }

    @Test
    void aChangedTextUnderAKnownIdReplacesTheArticleAndItsEvents() {
        try (EventStore store = DuckDbEventStore.open(dir.resolve("e.duckdb"))) {
            store.store(article("a1", "China met Russia."), List.of(event("a1", "CHNGOV", "RUS", "040", "2023-03-16"),
                    event("a1", "RUS", "CHNGOV", "040", "2023-03-16", 20)));
            store.store(article("a2", "Other."), List.of(event("a2", "USA", null, "010", null)));
            Article changed = new Article("a1", LocalDate.of(2023, 3, 18), "New title", null, null,
                    "China criticised Russia.", "a1-v2.txt");
            assertEquals(Optional.empty(), store.check(changed));
            assertEquals(StoreOutcome.REPLACED, store.store(changed, List.of(event("a1", "CHN", "RUS", "111", null))));
            List<Event> events = store.events(new EventQuery(null, null, null, null, "a1", 0));
            assertEquals(List.of("111"), cameos(events), "the old events are gone");
            assertEquals(changed, store.article("a1").orElseThrow());
            assertEquals(2, store.articleCount());
            assertEquals(2, store.eventCount());
            assertEquals(Optional.of(StoreOutcome.UNCHANGED), store.check(changed));
            // and back again: the old text is no longer stored, so it is new content for a1
            assertEquals(StoreOutcome.REPLACED, store.store(article("a1", "China met Russia."), List.of()));
            assertEquals(1, store.eventCount());
        }
    }

    @Test
    void roundTripsEventsThroughTheDatabase() {
        Event full = new Event("a1", actors("RUS+CHNGOV"), actors("UKRGOV"), "1721",
                new PloverCode("COERCE", "seize", "territory"), -9.2, 4, new EventDate("2022-12", EventDate.ARTICLE),
                new Evidence(2, 40, 95, "Russia and China seized \"it\" — quickly."), "patterns.txt:99", "seized");
        Event bare = new Event("a1", List.of(), List.of(), "010", new PloverCode("", "", ""), 0.0, 1, EventDate.unknown(),
                new Evidence(3, 100, 110, "Something."), null, null);
        Event visit = new Event("a1", actors("CHNGOV"), actors("RUS"), "042", new PloverCode("CONSULT", "visit", ""), 1.9, 1,
                new EventDate("2023-03-20", "2023-03-22", EventDate.SENTENCE), new Evidence(4, 120, 160, "A visit."),
                "patterns.txt:7", "visit", new Place("Moscow", "RUS"), 0.75,
                List.of(new Evidence(6, 200, 230, "The visit again."), new Evidence(8, 300, 330, "And again.")));
        try (EventStore store = DuckDbEventStore.open(dir.resolve("e.duckdb"))) {
            store.store(article("a1", "text"), List.of(bare, full, visit));
            assertEquals(List.of(full, visit, bare), store.events(EventQuery.all()), "dated first, unknown dates last");
            assertEquals(EventJson.toJson(full), EventJson.toJson(store.events(EventQuery.all()).get(0)));
            assertEquals(List.of(visit), store.events(new EventQuery(null, LocalDate.parse("2023-03-22"), null, null, null, 0)),
                    "a range is found by its last day");
            assertEquals(List.of(full, bare), store.events(new EventQuery(null, null, null, null, null, 0, 0.9)),
                    "events below the minimum confidence are left out");
        }
    }

    @Test
    void upgradesAVersion1File() throws Exception {
        Path file = dir.resolve("v1.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)");
            st.execute("INSERT INTO schema_version VALUES (1)");
            st.execute("CREATE TABLE articles (id VARCHAR PRIMARY KEY, content_hash VARCHAR NOT NULL, title VARCHAR, "
                    + "source VARCHAR, url VARCHAR, published DATE, origin VARCHAR, text VARCHAR NOT NULL, ingested_at TIMESTAMP NOT NULL)");
            st.execute("CREATE TABLE events (article_id VARCHAR NOT NULL, seq INTEGER NOT NULL, source_code VARCHAR, "
                    + "source_json VARCHAR, target_code VARCHAR, target_json VARCHAR, cameo VARCHAR NOT NULL, cameo_root VARCHAR NOT NULL, "
                    + "plover VARCHAR, plover_mode VARCHAR, plover_context VARCHAR, quad_class INTEGER, goldstein DOUBLE, "
                    + "event_date VARCHAR, date_from DATE, date_to DATE, date_source VARCHAR, sentence INTEGER, "
                    + "evidence_begin INTEGER, evidence_end INTEGER, evidence VARCHAR, pattern VARCHAR, trigger VARCHAR)");
            st.execute("INSERT INTO articles VALUES ('old', 'h', NULL, NULL, NULL, DATE '2023-03-17', 'f', 'China met Russia.', now())");
            st.execute("INSERT INTO events VALUES ('old', 0, 'CHN', '{\"code\":\"CHN\",\"country\":\"CHN\"}', 'RUS', "
                    + "'{\"code\":\"RUS\",\"country\":\"RUS\"}', '040', '04', 'CONSULT', '', '', 1, 1.0, '2023-03-17', "
                    + "DATE '2023-03-17', DATE '2023-03-17', 'article', 0, 0, 17, 'China met Russia.', 'p', 'met')");
        }
        try (EventStore store = DuckDbEventStore.open(file)) {
            List<Event> events = store.events(EventQuery.all());
            assertEquals(1, events.size(), "the stored event is kept");
            assertEquals(1.0, events.get(0).confidence(), "an event of version 1 had no threshold: full confidence");
            assertNull(events.get(0).place());
            store.store(article("new", "China met Japan."), List.of(event("new", "CHN", "JPN", "040", "2023-03-18")));
            assertEquals(2, store.eventCount());
        }
    }

    @Test
    void storesCompoundActorCodesJoinedWithPlus() throws Exception {
        Path file = dir.resolve("e.duckdb");
        try (EventStore store = DuckDbEventStore.open(file)) {
            store.store(article("a1", "text"), List.of(event("a1", "RUS+CHNGOV", null, "040", "2023")));
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT source_code, target_code, cameo_root, event_date, date_from, date_to FROM events")) {
            assertTrue(rs.next());
            assertEquals("RUS+CHNGOV", rs.getString(1));
            assertEquals(null, rs.getString(2));
            assertEquals("04", rs.getString(3));
            assertEquals("2023", rs.getString(4));
            assertEquals(LocalDate.of(2023, 1, 1), rs.getDate(5).toLocalDate());
            assertEquals(LocalDate.of(2023, 12, 31), rs.getDate(6).toLocalDate());
        }
    }

    @Test
    void filtersByActorDateCodeAndArticle() {
        try (EventStore store = DuckDbEventStore.open(dir.resolve("e.duckdb"))) {
            store.store(article("a1", "one"), List.of(
                    event("a1", "CHNGOV", "RUS", "041", "2023-03-16", 0),
                    event("a1", "IGOICC", "RUSGOV", "173", "2023-03-17", 10),
                    event("a1", "USA", "CHN", "111", "2022-12", 20),
                    event("a1", "RUS+CHNGOV", "UKR", "190", "2023-03-16", 30)));
            store.store(article("a2", "two"), List.of(event("a2", "UKR", null, "020", null),
                    event("a2", "FRA", "ECHN", "043", "2023-03-16", 5)));

            assertEquals(6, store.events(EventQuery.all()).size());
            assertEquals(List.of("111", "041", "190"), cameos(store.events(query("CHN", null, null, null, null, 0))),
                    "source, target and the second member of a compound actor");
            assertEquals(List.of("041", "190"), cameos(store.events(query("chngov", null, null, null, null, 0))));
            assertEquals(List.of("041", "190", "173"), cameos(store.events(query("RUS", null, null, null, null, 0))),
                    "target side too");
            assertEquals(List.of("173"), cameos(store.events(query("IGO", null, null, null, null, 0))));
            assertEquals(List.of("043"), cameos(store.events(query("ECH", null, null, null, null, 0))),
                    "'CH' inside a code is no match for CHN");
            assertEquals(List.of(), store.events(query("HN", null, null, null, null, 0)), "prefix, not substring");
            // a month-precise date overlaps a range that touches any of its days; unknown dates drop out
            assertEquals(List.of("111"), cameos(store.events(query(null, day(2022, 12, 31), day(2023, 1, 5), null, null, 0))));
            assertEquals(List.of("111"), cameos(store.events(query(null, day(2022, 12, 5), day(2022, 12, 5), null, null, 0))));
            assertEquals(List.of("111"), cameos(store.events(query(null, null, day(2022, 12, 1), null, null, 0))));
            assertEquals(List.of(), store.events(query(null, null, day(2022, 11, 30), null, null, 0)));
            assertEquals(List.of("041", "190", "043", "173"), cameos(store.events(query(null, day(2023, 1, 1), null, null, null, 0))));
            assertEquals(List.of("173"), cameos(store.events(query(null, day(2023, 3, 17), day(2023, 3, 17), null, null, 0))));
            assertEquals(List.of("041", "043"), cameos(store.events(query(null, null, null, "04", null, 0))));
            assertEquals(List.of("041"), cameos(store.events(query(null, null, null, "041", null, 0))));
            assertEquals(List.of(), store.events(query(null, null, null, "4", null, 0)), "prefix, not substring");
            assertEquals(List.of("043", "020"), cameos(store.events(query(null, null, null, null, "a2", 0))));
            assertEquals(List.of(), store.events(query(null, null, null, null, "a", 0)), "article id is exact");
            assertEquals(List.of("111", "041"), cameos(store.events(query(null, null, null, null, null, 2))));
            assertEquals(List.of("041"), cameos(store.events(query("CHN", day(2023, 3, 1), day(2023, 3, 31), "04", "a1", 1))));
            // oldest first, then article id, then position in the article; unknown dates last
            assertEquals(List.of("111", "041", "190", "043", "173", "020"), cameos(store.events(EventQuery.all())));
        }
    }

    @Test
    void keepsDataAcrossReopeningAndReadsItReadOnly() {
        Path file = dir.resolve("e.duckdb");
        Article a = article("a1", "one");
        try (EventStore store = DuckDbEventStore.open(file)) {
            store.store(a, List.of(event("a1", "CHNGOV", "RUS", "041", "2023-03-16")));
        }
        try (EventStore store = DuckDbEventStore.open(file)) {
            assertEquals(Optional.of(StoreOutcome.UNCHANGED), store.check(a));
            store.store(article("a2", "two"), List.of(event("a2", "USA", null, "010", null)));
        }
        try (EventStore reader = DuckDbEventStore.openReadOnly(file); EventStore second = DuckDbEventStore.openReadOnly(file)) {
            assertEquals(2, reader.articleCount());
            assertEquals(2, second.eventCount());
            Event e = reader.events(EventQuery.all()).get(0);
            assertEquals(event("a1", "CHNGOV", "RUS", "041", "2023-03-16"), e);
            assertEquals("Qin Gang", e.source().get(0).name());
            assertEquals(a, reader.article("a1").orElseThrow());
            assertTrue(reader.article("zzz").isEmpty());
            assertThrows(StoreException.class, () -> reader.store(article("a3", "three"), List.of()), "read-only");
        }
    }

    @Test
    void namesTheFileWhenItCannotBeOpened() throws Exception {
        Path none = dir.resolve("none.duckdb");
        StoreException missing = assertThrows(StoreException.class, () -> DuckDbEventStore.openReadOnly(none));
        assertEquals("no database at " + none, missing.getMessage());
        assertFalse(Files.exists(none), "reading does not create a file");

        Path text = dir.resolve("notes.duckdb");
        Files.writeString(text, "these are my notes, not a database\n".repeat(100));
        StoreException wrong = assertThrows(StoreException.class, () -> DuckDbEventStore.open(text));
        assertTrue(wrong.getMessage().startsWith(text + " is not a Dyadic database: "), wrong.getMessage());
        StoreException wrongReading = assertThrows(StoreException.class, () -> DuckDbEventStore.openReadOnly(text));
        assertTrue(wrongReading.getMessage().startsWith(text + " is not a Dyadic database: "), wrongReading.getMessage());
        assertEquals("these are my notes, not a database\n".repeat(100), Files.readString(text), "left as it was");

        Path other = dir.resolve("other.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + other.toAbsolutePath()); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE prices (day DATE, price DOUBLE)");
        }
        StoreException foreign = assertThrows(StoreException.class, () -> DuckDbEventStore.open(other));
        assertTrue(foreign.getMessage().startsWith(other + " is not a Dyadic database"), foreign.getMessage());
        StoreException foreignReading = assertThrows(StoreException.class, () -> DuckDbEventStore.openReadOnly(other));
        assertTrue(foreignReading.getMessage().startsWith(other + " is not a Dyadic database"), foreignReading.getMessage());
    }

    @Test
    void saysWhenAnotherProcessHoldsTheFile() throws Exception {
        Path file = dir.resolve("held.duckdb");
        DuckDbEventStore.open(file).close();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", classpath, HoldDatabase.class.getName(), file.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertTrue(line != null && line.startsWith("open"), "the helper opened the database: " + line);
            StoreException writing = assertThrows(StoreException.class, () -> DuckDbEventStore.open(file));
            assertTrue(writing.getMessage().startsWith("database " + file + " is in use by another process ("),
                    writing.getMessage());
            assertFalse(writing.getMessage().contains("\n"), writing.getMessage());
            StoreException reading = assertThrows(StoreException.class, () -> DuckDbEventStore.openReadOnly(file));
            assertTrue(reading.getMessage().startsWith("database " + file + " is in use by another process ("),
                    reading.getMessage());
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(30, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
        try (EventStore store = DuckDbEventStore.open(file)) {
            assertEquals(0, store.articleCount(), "free again once the other process is gone");
        }
    }

    @Test
    void aFailedArticleLeavesTheStoredOnesIntact() {
        Path file = dir.resolve("e.duckdb");
        Event noEvidence = new Event("a2", List.of(), List.of(), "040", new PloverCode("", "", ""), 0, 0,
                EventDate.unknown(), null, null, null);
        Event noCameo = new Event("a2", List.of(), List.of(), null, new PloverCode("", "", ""), 0, 0,
                EventDate.unknown(), new Evidence(0, 0, 0, ""), null, null);
        Article a1 = article("a1", "one");
        try (EventStore store = DuckDbEventStore.open(file)) {
            store.store(a1, List.of(event("a1", "CHNGOV", "RUS", "041", "2023-03-16")));

            // a new article whose second event is refused by the code, then one refused by the database
            StoreException e1 = assertThrows(StoreException.class, () -> store.store(article("a2", "two"),
                    List.of(event("a2", "USA", null, "010", null), noEvidence)));
            assertTrue(e1.getMessage().contains("article a2"), e1.getMessage());
            StoreException e2 = assertThrows(StoreException.class, () -> store.store(article("a2", "two"),
                    List.of(event("a2", "USA", null, "010", null), noCameo)));
            assertTrue(e2.getMessage().contains("article a2"), e2.getMessage());
            assertTrue(store.article("a2").isEmpty(), "the failed article was rolled back");

            // a failed replacement keeps the old text and the old events
            StoreException e3 = assertThrows(StoreException.class, () -> store.store(article("a1", "one, changed"),
                    List.of(event("a1", "USA", null, "010", null), noCameo)));
            assertTrue(e3.getMessage().contains("article a1"), e3.getMessage());
            assertEquals(a1, store.article("a1").orElseThrow());
            assertEquals(List.of("041"), cameos(store.events(EventQuery.all())));
            assertEquals(1, store.articleCount());
            assertEquals(1, store.eventCount());

            // and the store goes on working
            assertEquals(Optional.empty(), store.check(article("a2", "two")));
            assertEquals(StoreOutcome.ADDED, store.store(article("a2", "two"), List.of(event("a2", "USA", null, "010", null))));
            assertEquals(StoreOutcome.ADDED, store.store(article("a3", "three"), List.of()));
        }
        try (EventStore store = DuckDbEventStore.openReadOnly(file)) {
            assertEquals(3, store.articleCount());
            assertEquals(2, store.eventCount());
            assertEquals(a1, store.article("a1").orElseThrow());
        }
    }

    @Test
    void storesManyEventsInOneBatch() {
        List<Event> many = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            many.add(event("big", "USA", "CHN", "04" + (i % 6), "2023-01-" + String.format("%02d", 1 + i % 28), i * 10));
        }
        try (EventStore store = DuckDbEventStore.open(dir.resolve("e.duckdb"))) {
            assertEquals(StoreOutcome.ADDED, store.store(article("big", "a long article"), many));
            assertEquals(500, store.eventCount());
            List<Event> back = store.events(new EventQuery(null, null, null, null, "big", 0));
            assertEquals(500, back.size());
            assertEquals("2023-01-01", back.get(0).date().value());
            assertEquals(0, back.get(0).evidence().begin());
            assertEquals(280, back.get(1).evidence().begin(), "same day: by position in the article");
        }
    }

    @Test
    void closingTwiceIsHarmlessAndAClosedStoreSaysSo() {
        DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("e.duckdb"));
        store.close();
        store.close();
        StoreException e = assertThrows(StoreException.class, store::articleCount);
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
    }

    @Test
    void hashesTheExactText() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", DuckDbEventStore.contentHash(""));
        assertFalse(DuckDbEventStore.contentHash("a").equals(DuckDbEventStore.contentHash("a ")));
    }

    private static EventQuery query(String actor, LocalDate from, LocalDate to, String cameo, String article, int limit) {
        return new EventQuery(actor, from, to, cameo, article, limit);
    }

    private static LocalDate day(int y, int m, int d) {
        return LocalDate.of(y, m, d);
    }

    private static List<String> cameos(List<Event> events) {
        return events.stream().map(Event::cameo).toList();
    }
}
