package dev.dyadic.store;

import static org.junit.jupiter.api.Assertions.*;

import dev.dyadic.model.Actor;
import dev.dyadic.model.Article;
import dev.dyadic.model.Event;
import dev.dyadic.model.EventDate;
import dev.dyadic.model.Evidence;
import dev.dyadic.model.PloverCode;
import dev.dyadic.store.EventStore.StoreOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbEventStoreTest {
    @TempDir
    Path dir;

    static Article article(String id, String text) {
        return new Article(id, LocalDate.of(2023, 3, 17), "A title", "Wire", null, text, id + ".txt");
    }

    static Event event(String articleId, String source, String target, String cameo, String date) {
        List<Actor> s = source == null ? List.of() : List.of(Actor.of(source.substring(0, 3), source.substring(3), null, null, source));
        List<Actor> t = target == null ? List.of() : List.of(Actor.of(target.substring(0, 3), target.substring(3), null, null, target));
        return new Event(articleId, s, t, cameo, new PloverCode("CONSULT", "", ""), 1.0, 1,
                new EventDate(date, date == null ? EventDate.UNKNOWN : EventDate.SENTENCE),
                new Evidence(0, 0, 5, "Text."), "patterns.txt:1", "met");
    }

    @Test
    void storesAnArticleOnceAndRecognisesItsTextUnderAnotherId() {
        try (EventStore store = DuckDbEventStore.open(dir.resolve("sub/e.duckdb"))) {
            Article a = article("a1", "China met Russia.");
            assertEquals(Optional.empty(), store.check(a));
            assertEquals(StoreOutcome.ADDED, store.store(a, List.of(event("a1", "CHNGOV", "RUS", "040", "2023-03-16"))));
            assertEquals(Optional.of(StoreOutcome.UNCHANGED), store.check(a));
            assertEquals(StoreOutcome.UNCHANGED, store.store(a, List.of(event("a1", "CHNGOV", "RUS", "040", "2023-03-16"))));
            Article copy = article("copy", "China met Russia.");
            assertEquals(Optional.of(StoreOutcome.DUPLICATE), store.check(copy));
            assertEquals(StoreOutcome.DUPLICATE, store.store(copy, List.of()));
            assertEquals(1, store.articleCount());
            assertEquals(1, store.eventCount());
        }
    }

    @Test
    void aChangedTextUnderAKnownIdReplacesTheArticleAndItsEvents() {
        try (EventStore store = DuckDbEventStore.open(dir.resolve("e.duckdb"))) {
            store.store(article("a1", "China met Russia."), List.of(event("a1", "CHNGOV", "RUS", "040", "2023-03-16")));
            Article changed = article("a1", "China criticised Russia.");
            assertEquals(Optional.empty(), store.check(changed));
            assertEquals(StoreOutcome.REPLACED, store.store(changed, List.of(event("a1", "CHN", "RUS", "111", null))));
            List<Event> events = store.events(EventQuery.all());
            assertEquals(1, events.size());
            assertEquals("111", events.get(0).cameo());
            assertEquals("China criticised Russia.", store.article("a1").orElseThrow().text());
        }
    }

    @Test
    void filtersByActorDateCodeAndArticle() {
        try (EventStore store = DuckDbEventStore.open(dir.resolve("e.duckdb"))) {
            store.store(article("a1", "one"), List.of(
                    event("a1", "CHNGOV", "RUS", "041", "2023-03-16"),
                    event("a1", "IGOICC", "RUSGOV", "173", "2023-03-17"),
                    event("a1", "USA", "CHN", "111", "2022-12")));
            store.store(article("a2", "two"), List.of(event("a2", "UKR", null, "020", null)));

            assertEquals(4, store.events(EventQuery.all()).size());
            assertEquals(List.of("111", "041"), cameos(store.events(new EventQuery("CHN", null, null, null, null, 0))));
            assertEquals(List.of("041"), cameos(store.events(new EventQuery("chngov", null, null, null, null, 0))));
            assertEquals(List.of("041", "173"), cameos(store.events(new EventQuery("RUS", null, null, null, null, 0))), "target side too");
            // a month-precise date overlaps a range that touches any of its days; unknown dates drop out
            assertEquals(List.of("111"), cameos(store.events(new EventQuery(null, LocalDate.of(2022, 12, 31), LocalDate.of(2023, 1, 5), null, null, 0))));
            assertEquals(List.of("041", "173"), cameos(store.events(new EventQuery(null, LocalDate.of(2023, 1, 1), null, null, null, 0))));
            assertEquals(List.of("041"), cameos(store.events(new EventQuery(null, null, null, "04", null, 0))));
            assertEquals(List.of("020"), cameos(store.events(new EventQuery(null, null, null, null, "a2", 0))));
            assertEquals(2, store.events(new EventQuery(null, null, null, null, null, 2)).size());
            // oldest first, unknown dates last
            assertEquals(List.of("111", "041", "173", "020"), cameos(store.events(EventQuery.all())));
        }
    }

    @Test
    void keepsDataAcrossReopeningAndReadsItReadOnly() {
        Path file = dir.resolve("e.duckdb");
        try (EventStore store = DuckDbEventStore.open(file)) {
            store.store(article("a1", "one"), List.of(event("a1", "CHNGOV", "RUS", "041", "2023-03-16")));
        }
        try (EventStore store = DuckDbEventStore.openReadOnly(file)) {
            Event e = store.events(EventQuery.all()).get(0);
            assertEquals("CHNGOV", e.source().get(0).code());
            assertEquals("GOV", e.source().get(0).sector());
            assertEquals("2023-03-16", e.date().value());
            assertEquals(LocalDate.of(2023, 3, 17), store.article("a1").orElseThrow().date());
        }
    }

    @Test
    void namesTheFileWhenItCannotBeOpened() throws Exception {
        StoreException missing = assertThrows(StoreException.class, () -> DuckDbEventStore.openReadOnly(dir.resolve("none.duckdb")));
        assertTrue(missing.getMessage().contains("no database at"), missing.getMessage());
        Path text = dir.resolve("notes.duckdb");
        Files.writeString(text, "these are my notes, not a database\n".repeat(100));
        StoreException wrong = assertThrows(StoreException.class, () -> DuckDbEventStore.open(text));
        assertTrue(wrong.getMessage().contains("notes.duckdb"), wrong.getMessage());
    }

    @Test
    void aFailedArticleLeavesTheStoredOnesIntact() {
        try (EventStore store = DuckDbEventStore.open(dir.resolve("e.duckdb"))) {
            store.store(article("a1", "one"), List.of(event("a1", "CHNGOV", "RUS", "041", "2023-03-16")));
            Event broken = new Event("a2", List.of(), List.of(), null, new PloverCode("", "", ""), 0, 0,
                    EventDate.unknown(), new Evidence(0, 0, 0, ""), null, null);
            assertThrows(RuntimeException.class, () -> store.store(article("a2", "two"), List.of(broken)));
            assertEquals(1, store.articleCount());
            assertTrue(store.article("a2").isEmpty(), "the failed article was rolled back");
            assertEquals(1, store.eventCount());
            assertEquals(StoreOutcome.ADDED, store.store(article("a3", "three"), List.of()));
        }
    }

    private static List<String> cameos(List<Event> events) {
        return events.stream().map(Event::cameo).toList();
    }
}
