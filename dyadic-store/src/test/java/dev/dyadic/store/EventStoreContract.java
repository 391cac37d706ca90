package dev.dyadic.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyadic.model.Actor;
import dev.dyadic.model.Article;
import dev.dyadic.model.CodedArticle;
import dev.dyadic.model.Event;
import dev.dyadic.model.EventDate;
import dev.dyadic.model.EventMention;
import dev.dyadic.model.Evidence;
import dev.dyadic.model.Place;
import dev.dyadic.model.PloverCode;
import dev.dyadic.model.StoredEvent;
import dev.dyadic.store.EventStore.ArticleSummary;
import dev.dyadic.store.EventStore.Count;
import dev.dyadic.store.EventStore.DateRange;
import dev.dyadic.store.EventStore.DyadCount;
import dev.dyadic.store.EventStore.Grouping;
import dev.dyadic.store.EventStore.MonthlyGoldstein;
import dev.dyadic.store.EventStore.StoreOutcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every store does, whatever database it runs on: each implementation's test extends this with a fresh, empty
 * database per test.
 */
abstract class EventStoreContract {

    /** Opens the test's database for writing (creating it on first use). */
    abstract EventStore open();

    /** Opens the test's database for reading only. */
    abstract EventStore openReadOnly();

    static Article article(String id, String text) {
        return article(id, text, "Wire");
    }

    static Article article(String id, String text, String source) {
        return new Article(id, LocalDate.of(2023, 3, 17), "A title", source, "https://example.org/" + id, text, id + ".txt");
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
    void storesAnArticleOnceAndRecognisesItsTextUnderAnotherId() {
        try (EventStore store = open()) {
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
            assertEquals(1, store.mentionCount());
            assertTrue(store.article("copy").isEmpty());
        }
    }

    @Test
    void aChangedTextUnderAKnownIdReplacesTheArticleAndItsMentions() {
        try (EventStore store = open()) {
            store.store(article("a1", "China met Russia."), List.of(event("a1", "CHNGOV", "RUS", "040", "2023-03-16"),
                    event("a1", "RUS", "CHNGOV", "040", "2023-03-16", 20)));
            store.store(article("a2", "Other."), List.of(event("a2", "USA", null, "010", null)));
            Article changed = new Article("a1", LocalDate.of(2023, 3, 18), "New title", null, null,
                    "China criticised Russia.", "a1-v2.txt", "en");
            assertEquals(Optional.empty(), store.check(changed));
            assertEquals(StoreOutcome.REPLACED, store.store(changed, List.of(event("a1", "CHN", "RUS", "111", null))));
            assertEquals(List.of("111"), cameos(store.events(EventQuery.all().withArticle("a1"))), "the old events are gone");
            assertEquals(changed, store.article("a1").orElseThrow());
            assertEquals(2, store.articleCount());
            assertEquals(2, store.eventCount());
            assertEquals(Optional.of(StoreOutcome.UNCHANGED), store.check(changed));
            // and back again: the old text is no longer stored, so it is new content for a1
            assertEquals(StoreOutcome.REPLACED, store.store(article("a1", "China met Russia."), List.of()));
            assertEquals(1, store.eventCount());
            assertEquals(1, store.mentionCount());
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
        try (EventStore store = open()) {
            store.store(article("a1", "text"), List.of(bare, full, visit));
            assertEquals(List.of(bare, full, visit), store.codedEvents("a1"), "as coded, in the article's order");
            List<StoredEvent> stored = store.events(EventQuery.all());
            assertEquals(List.of(full, visit, bare), stored.stream().map(StoredEvent::event).toList(),
                    "dated first, unknown dates last");
            assertEquals(EventJson.toJson(full), EventJson.toJson(stored.get(0).event()));
            StoredEvent v = stored.get(1);
            assertEquals(3, v.numMentions(), "three sentences tell the visit");
            assertEquals(1, v.numArticles());
            assertEquals(1, v.numSources());
            assertEquals(List.of(120, 200, 300), v.mentions().stream().map(m -> m.evidence().begin()).toList());
            EventMention m = v.mentions().get(0);
            assertEquals(new EventMention("a1", LocalDate.of(2023, 3, 17), "Wire", "https://example.org/a1",
                    new Evidence(4, 120, 160, "A visit."), "patterns.txt:7", "visit", 0.75), m);
            assertEquals(List.of(visit), events(store, EventQuery.all().withDates(LocalDate.parse("2023-03-22"), null)),
                    "a range is found by its last day");
            assertEquals(List.of(full, bare), events(store, EventQuery.all().withMinConfidence(0.9)),
                    "events below the minimum confidence are left out");
        }
    }

    @Test
    void storesSentencesAndActorMentions() {
        Article a = article("a1", "China met Russia. They talked.");
        Actor china = Actor.of("CHN", "", null, null, "China");
        Actor russia = Actor.of("RUS", "", null, null, "Russia");
        CodedArticle coded = new CodedArticle(a,
                List.of(new CodedArticle.SentenceSpan(0, 0, 17, true), new CodedArticle.SentenceSpan(1, 18, 30, false)),
                List.of(new CodedArticle.ActorSpan(0, 0, 5, china), new CodedArticle.ActorSpan(0, 10, 16, russia)),
                List.of(event("a1", "CHN", "RUS", "040", "2023-03-16")));
        try (EventStore store = open()) {
            store.store(coded);
            assertEquals(coded.sentences(), store.sentences("a1"));
            assertEquals(coded.actors(), store.actorMentions("a1"));
            store.store(new CodedArticle(article("a1", "Russia met China."), List.of(), List.of(), List.of()));
            assertEquals(List.of(), store.sentences("a1"), "a replaced article's sentences go with it");
            assertEquals(List.of(), store.actorMentions("a1"));
        }
    }

    @Test
    void oneEventReportedByThreeArticlesIsOneEventWithThreeMentions() {
        try (EventStore store = open()) {
            store.store(article("x1", "one", "Xinhua"), List.of(event("x1", "CHNGOV", "RUSGOV", "040", "2023-03")));
            store.store(article("r1", "two", "Reuters"), List.of(event("r1", "CHNGOV", "RUSGOV", "042", "2023-03-21", 30)));
            store.store(article("x2", "three", "XINHUA"), List.of(event("x2", "CHNGOV", "RUSGOV", "043", "2023-03-21", 50),
                    // not the same event: another cue category, another day, the other direction, no date
                    event("x2", "CHNGOV", "RUSGOV", "190", "2023-03-21", 60),
                    event("x2", "CHNGOV", "RUSGOV", "040", "2023-04-02", 70),
                    event("x2", "RUSGOV", "CHNGOV", "040", "2023-03-21", 80),
                    event("x2", "CHNGOV", "RUSGOV", "040", null, 90)));
            assertEquals(5, store.eventCount());
            assertEquals(7, store.mentionCount());
            StoredEvent summit = store.events(EventQuery.all().withCameo("04").withDyad(new EventQuery.Dyad("CHN", "RUS"))
                    .withDates(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 31))).get(0);
            assertEquals(3, summit.numMentions());
            assertEquals(3, summit.numArticles());
            assertEquals(2, summit.numSources(), "Xinhua twice, in any case, and Reuters");
            assertEquals(List.of("x1", "r1", "x2"), summit.mentions().stream().map(EventMention::articleId).toList());
            assertEquals("040", summit.event().cameo(), "the codes of its first report");
            assertEquals("x1", summit.event().articleId());
            assertEquals("2023-03-21", summit.event().date().value(), "the most precise date");
            // storing the articles again changes nothing
            assertEquals(StoreOutcome.UNCHANGED, store.store(article("r1", "two", "Reuters"),
                    List.of(event("r1", "CHNGOV", "RUSGOV", "042", "2023-03-21", 30))));
            assertEquals(3, store.events(EventQuery.all().withArticle("x1")).get(0).numMentions());
            // a report on a day outside the merged date does not join it, though it is in the first report's month
            store.store(article("t1", "four", "Tass"), List.of(event("t1", "CHNGOV", "RUSGOV", "041", "2023-03-05")));
            assertEquals(6, store.eventCount());
            // replacing an article takes its mentions out of the events it reported
            store.store(article("r1", "two, corrected", "Reuters"), List.of());
            StoredEvent after = store.events(EventQuery.all().withArticle("x1")).get(0);
            assertEquals(2, after.numMentions());
            assertEquals(1, after.numSources());
            assertEquals(List.of("x1", "x2"), after.mentions().stream().map(EventMention::articleId).toList());
            store.store(article("x1", "one, corrected", "Xinhua"), List.of());
            StoredEvent last = store.events(EventQuery.all().withArticle("x2").withCameo("04").withDates(LocalDate.of(2023, 3, 21), LocalDate.of(2023, 3, 21))).get(0);
            assertEquals("043", last.event().cameo(), "the first remaining report gives the codes");
            assertEquals("x2", last.event().articleId());
        }
    }

    @Test
    void twoCodesOfOneSentenceThatJoinOneEventAreOneMention() {
        try (EventStore store = open()) {
            // "visited Moscow and met Lavrov there": 042 and 040 from one sentence
            store.store(article("a1", "one"), List.of(event("a1", "CHNGOV", "RUSGOV", "042", "2024-04", 30),
                    event("a1", "CHNGOV", "RUSGOV", "040", "2024-04", 30)));
            StoredEvent visit = store.events(EventQuery.all()).get(0);
            assertEquals(1, store.eventCount());
            assertEquals(1, visit.numMentions());
            assertEquals(1, visit.mentions().size());
            assertEquals(1, store.mentionCount());
            assertEquals(2, store.codedEvents("a1").size(), "both codes stay, as coded");
        }
    }

    @Test
    void filtersByActorDyadPersonCodeTypeQuadDateSourceAndArticle() {
        try (EventStore store = open()) {
            store.store(article("a1", "one"), List.of(
                    event("a1", "CHNGOV", "RUS", "041", "2023-03-16", 0),
                    event("a1", "IGOICC", "RUSGOV", "173", "2023-03-17", 10),
                    event("a1", "USA", "CHN", "111", "2022-12", 20),
                    event("a1", "RUS+CHNGOV", "UKR", "190", "2023-03-16", 30)));
            store.store(article("a2", "two", "Xinhua"), List.of(event("a2", "UKR", null, "020", null),
                    event("a2", "FRA", "ECHN", "043", "2023-03-16", 5)));

            assertEquals(6, store.events(EventQuery.all()).size());
            assertEquals(List.of("111", "041", "190"), cameos(store.events(EventQuery.all().withActor("CHN"))),
                    "source, target and the second member of a compound actor");
            assertEquals(List.of("041", "190"), cameos(store.events(EventQuery.all().withActor("chngov"))));
            assertEquals(List.of("041", "190", "173"), cameos(store.events(EventQuery.all().withActor("RUS"))), "target side too");
            assertEquals(List.of("173"), cameos(store.events(EventQuery.all().withActor("IGO"))));
            assertEquals(List.of("043"), cameos(store.events(EventQuery.all().withActor("ECH"))), "'CH' inside a code is no match for CHN");
            assertEquals(List.of(), store.events(EventQuery.all().withActor("HN")), "prefix, not substring");
            assertThrows(IllegalArgumentException.class, () -> store.events(EventQuery.all().withActor("C%")), "codes only");
            // dyads are directed; several are alternatives
            assertEquals(List.of("041"), cameos(store.events(EventQuery.all().withDyad(EventQuery.Dyad.parse("CHN,RUS")))));
            assertEquals(List.of(), store.events(EventQuery.all().withDyad(EventQuery.Dyad.parse("RUS,CHN"))));
            assertEquals(List.of("041", "190"), cameos(store.events(EventQuery.all().withDyad(EventQuery.Dyad.parse("CHN,RUS"))
                    .withDyad(EventQuery.Dyad.parse("RUS,UKR")))));
            assertThrows(IllegalArgumentException.class, () -> EventQuery.Dyad.parse("CHN"));
            assertEquals(List.of("041", "190"), cameos(store.events(EventQuery.all().withPerson("qin"))), "part of a name, any case");
            assertEquals(List.of("041", "043"), cameos(store.events(EventQuery.all().withPlover("consult").withCameo("04"))));
            assertEquals(6, store.events(EventQuery.all().withQuadClass(1)).size());
            assertEquals(List.of(), store.events(EventQuery.all().withQuadClass(4)));
            assertEquals(List.of("043", "020"), cameos(store.events(EventQuery.all().withSource("xinhua"))), "publisher, any case");
            // a month-precise date overlaps a range that touches any of its days; unknown dates drop out
            assertEquals(List.of("111"), cameos(store.events(EventQuery.all().withDates(day(2022, 12, 31), day(2023, 1, 5)))));
            assertEquals(List.of("111"), cameos(store.events(EventQuery.all().withDates(day(2022, 12, 5), day(2022, 12, 5)))));
            assertEquals(List.of(), store.events(EventQuery.all().withDates(null, day(2022, 11, 30))));
            assertEquals(List.of("041", "190", "043", "173"), cameos(store.events(EventQuery.all().withDates(day(2023, 1, 1), null))));
            assertEquals(List.of("041", "043"), cameos(store.events(EventQuery.all().withCameo("04"))));
            assertEquals(List.of(), store.events(EventQuery.all().withCameo("4")), "prefix, not substring");
            assertEquals(List.of("043", "020"), cameos(store.events(EventQuery.all().withArticle("a2"))));
            assertEquals(List.of(), store.events(EventQuery.all().withArticle("a")), "article id is exact");
            assertEquals(List.of("111", "041"), cameos(store.events(EventQuery.all().withLimit(2))));
            // oldest first, then in the order stored; unknown dates last
            assertEquals(List.of("111", "041", "190", "043", "173", "020"), cameos(store.events(EventQuery.all())));
        }
    }

    @Test
    void countsByMonthDyadTypeAndGivesTheGoldsteinSeries() {
        try (EventStore store = open()) {
            Event fight = new Event("a1", actors("CHN"), actors("USA"), "190", new PloverCode("FIGHT", "", ""), -10, 4,
                    new EventDate("2023-04-02", EventDate.SENTENCE), new Evidence(0, 0, 5, "Fight."), null, null);
            Event aid = new Event("a1", actors("CHN"), actors("USA"), "070", new PloverCode("AID", "", ""), 7, 2,
                    new EventDate("2023-04-09", EventDate.SENTENCE), new Evidence(1, 10, 15, "Aid."), null, null);
            store.store(article("a1", "one"), List.of(event("a1", "CHN", "USA", "040", "2023-03-16"), fight, aid,
                    event("a1", "RUS", "CHN", "040", "2023-03-20", 20), event("a1", "CHN", "USA", "040", null, 30)));
            store.store(article("a2", "two"), List.of(event("a2", "CHN", "USA", "042", "2023-03-16")));
            assertEquals(List.of(new Count("2023-03", 2, 3, 1.0), new Count("2023-04", 2, 2, -1.5), new Count("unknown", 1, 1, 1.0)),
                    store.counts(EventQuery.all(), Grouping.MONTH));
            assertEquals(List.of(new Count("CHN -> USA", 4, 5, -0.25), new Count("RUS -> CHN", 1, 1, 1.0)),
                    store.counts(EventQuery.all(), Grouping.DYAD));
            assertEquals(List.of(new Count("CONSULT", 3, 4, 1.0), new Count("AID", 1, 1, 7.0), new Count("FIGHT", 1, 1, -10.0)),
                    store.counts(EventQuery.all(), Grouping.TYPE));
            assertEquals(List.of(new Count("1", 3, 4, 1.0), new Count("2", 1, 1, 7.0), new Count("4", 1, 1, -10.0)),
                    store.counts(EventQuery.all(), Grouping.QUAD));
            List<MonthlyGoldstein> series = store.goldsteinSeries(EventQuery.all().withDyad(EventQuery.Dyad.parse("CHN,USA")));
            assertEquals(List.of(new MonthlyGoldstein("2023-03", 1, 1.0, 0), new MonthlyGoldstein("2023-04", 2, 7, -10)), series,
                    "each event once, whatever its mentions; undated ones left out");
            assertEquals(-3, series.get(1).net(), 1e-9);
            // weeks are named by their Monday: 2023-03-16 is a Thursday, 2023-03-20 a Monday, 2023-04-09 a Sunday
            assertEquals(List.of(new Count("2023-03-13", 1, 2, 1.0), new Count("2023-03-20", 1, 1, 1.0),
                            new Count("2023-03-27", 1, 1, -10.0), new Count("2023-04-03", 1, 1, 7.0), new Count("unknown", 1, 1, 1.0)),
                    store.counts(EventQuery.all(), Grouping.WEEK));
            assertEquals(List.of(new DyadCount("CHN", "USA", 4, 5, -0.25), new DyadCount("RUS", "CHN", 1, 1, 1.0)),
                    store.dyadCounts(EventQuery.all()));
            assertEquals(List.of(new DyadCount("RUS", "CHN", 1, 1, 1.0)), store.dyadCounts(EventQuery.all().withActor("RUS")));
            assertEquals(Optional.of(new DateRange(day(2023, 3, 16), day(2023, 4, 9))), store.dateRange(EventQuery.all()));
            assertEquals(Optional.empty(), store.dateRange(EventQuery.all().withActor("FRA")));
        }
    }

    @Test
    void pagesAndSortsEventsAndListsArticles() {
        try (EventStore store = open()) {
            Event fight = new Event("a1", actors("CHN"), actors("USA"), "190", new PloverCode("FIGHT", "", ""), -10, 4,
                    new EventDate("2023-04-02", EventDate.SENTENCE), new Evidence(0, 0, 5, "Fight."), null, null);
            store.store(article("a1", "one"), List.of(event("a1", "CHN", "USA", "040", "2023-03-16"), fight,
                    event("a1", "RUS", "CHN", "111", "2023-03-20", 20), event("a1", "FRA", "DEU", "040", null, 30)));
            store.store(article("a2", "two"), List.of(event("a2", "CHN", "USA", "042", "2023-03-16")));
            EventQuery all = EventQuery.all();
            assertEquals(4, store.countEvents(all));
            assertEquals(2, store.countEvents(all.withActor("USA")));
            assertEquals(List.of("040", "111", "190", "040"), cameos(store.events(all, EventPage.all())));
            assertEquals(List.of("111", "190"), cameos(store.events(all, new EventPage(1, 2, EventPage.Sort.DATE, false))));
            assertEquals(List.of("190", "111", "040"), cameos(store.events(all, new EventPage(0, 3, EventPage.Sort.DATE, true))),
                    "newest first, undated still last");
            assertEquals(List.of("190", "111", "040", "040"), cameos(store.events(all, new EventPage(0, 0, EventPage.Sort.CAMEO, true))));
            assertEquals(List.of("190", "040"), cameos(store.events(all, new EventPage(0, 2, EventPage.Sort.GOLDSTEIN, false))));
            assertEquals(List.of("040", "111"), cameos(store.events(all, new EventPage(0, 2, EventPage.Sort.MENTIONS, true))),
                    "the event told twice first, ties by date");
            assertEquals(List.of("FRA", "RUS"), store.events(all, new EventPage(2, 2, EventPage.Sort.SOURCE, false)).stream()
                    .map(e -> e.event().source().get(0).code()).toList());
            StoredEvent first = store.events(all, EventPage.first(1)).get(0);
            assertEquals(Optional.of(first), store.event(first.id()));
            assertEquals(2, first.mentions().size());
            assertEquals(Optional.empty(), store.event(-1));
            assertThrows(IllegalArgumentException.class, () -> EventPage.Sort.of("colour"));
            assertEquals(EventPage.Sort.GOLDSTEIN, EventPage.Sort.of("Goldstein"));

            List<ArticleSummary> articles = store.articles(0, 0);
            assertEquals(List.of("a1", "a2"), articles.stream().map(ArticleSummary::id).toList());
            assertEquals(List.of(4L, 1L), articles.stream().map(ArticleSummary::events).toList());
            assertEquals(List.of("a2"), store.articles(1, 5).stream().map(ArticleSummary::id).toList());
            assertEquals(Optional.of(new DateRange(LocalDate.of(2023, 3, 17), LocalDate.of(2023, 3, 17))), store.publicationRange());
        }
    }

    @Test
    void keepsDataAcrossReopeningAndReadsItReadOnly() {
        Article a = article("a1", "one");
        try (EventStore store = open()) {
            store.store(a, List.of(event("a1", "CHNGOV", "RUS", "041", "2023-03-16")));
        }
        try (EventStore store = open()) {
            assertEquals(Optional.of(StoreOutcome.UNCHANGED), store.check(a));
            store.store(article("a2", "two"), List.of(event("a2", "USA", null, "010", null)));
            assertEquals(Map.of("a1", SqlEventStore.contentHash("one"), "a2", SqlEventStore.contentHash("two")), store.articleHashes());
        }
        try (EventStore reader = openReadOnly(); EventStore second = openReadOnly()) {
            assertEquals(2, reader.articleCount());
            assertEquals(2, second.eventCount());
            Event e = reader.events(EventQuery.all()).get(0).event();
            assertEquals(event("a1", "CHNGOV", "RUS", "041", "2023-03-16"), e);
            assertEquals("Qin Gang", e.source().get(0).name());
            assertEquals(a, reader.article("a1").orElseThrow());
            assertTrue(reader.article("zzz").isEmpty());
            assertThrows(StoreException.class, () -> reader.store(article("a3", "three"), List.of()), "read-only");
        }
    }

    @Test
    void theFingerprintChangesWhenAnArticleIsAddedOrReplaced() {
        try (EventStore store = open()) {
            String empty = store.articlesFingerprint();
            store.store(article("a1", "one"), List.of());
            String one = store.articlesFingerprint();
            assertFalse(one.equals(empty));
            store.store(article("a1", "one"), List.of());
            assertEquals(one, store.articlesFingerprint(), "unchanged");
            store.store(article("a1", "one, changed"), List.of());
            assertFalse(one.equals(store.articlesFingerprint()), "replaced");
        }
    }

    @Test
    void aFailedArticleLeavesTheStoredOnesIntact() {
        Event noEvidence = new Event("a2", List.of(), List.of(), "040", new PloverCode("", "", ""), 0, 0,
                EventDate.unknown(), null, null, null);
        Event noCameo = new Event("a2", List.of(), List.of(), null, new PloverCode("", "", ""), 0, 0,
                EventDate.unknown(), new Evidence(0, 0, 0, ""), null, null);
        Article a1 = article("a1", "one");
        try (EventStore store = open()) {
            store.store(a1, List.of(event("a1", "CHNGOV", "RUS", "041", "2023-03-16")));

            // a new article whose first event joins a stored one and whose second is refused
            StoreException e1 = assertThrows(StoreException.class, () -> store.store(article("a2", "two"),
                    List.of(event("a2", "CHNGOV", "RUS", "042", "2023-03-16"), noEvidence)));
            assertTrue(e1.getMessage().contains("article a2"), e1.getMessage());
            StoreException e2 = assertThrows(StoreException.class, () -> store.store(article("a2", "two"),
                    List.of(event("a2", "USA", null, "010", null), noCameo)));
            assertTrue(e2.getMessage().contains("article a2"), e2.getMessage());
            assertTrue(store.article("a2").isEmpty(), "the failed article was rolled back");
            assertEquals(1, store.events(EventQuery.all()).get(0).numMentions(), "and so was its mention of a1's event");

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
        try (EventStore store = openReadOnly()) {
            assertEquals(3, store.articleCount());
            assertEquals(2, store.eventCount());
            assertEquals(a1, store.article("a1").orElseThrow());
        }
    }

    @Test
    void storesManyEventsOfOneArticle() {
        List<Event> many = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            many.add(event("big", "USA", "CHN", "04" + (i % 6), "2023-01-" + String.format("%02d", 1 + i % 28), i * 10));
        }
        try (EventStore store = open()) {
            assertEquals(StoreOutcome.ADDED, store.store(article("big", "a long article"), many));
            assertEquals(28, store.eventCount(), "one consultation a day");
            assertEquals(300, store.mentionCount());
            assertEquals(many, store.codedEvents("big"));
            List<StoredEvent> back = store.events(EventQuery.all());
            assertEquals("2023-01-01", back.get(0).event().date().value());
            assertEquals(11, back.get(0).numMentions());
            assertEquals(1, back.get(0).numArticles());
            assertEquals(List.of(0, 280, 560), back.get(0).mentions().stream().limit(3).map(m -> m.evidence().begin()).toList());
        }
    }

    @Test
    void closingTwiceIsHarmlessAndAClosedStoreSaysSo() {
        EventStore store = open();
        store.close();
        store.close();
        StoreException e = assertThrows(StoreException.class, store::articleCount);
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
    }

    static LocalDate day(int y, int m, int d) {
        return LocalDate.of(y, m, d);
    }

    static List<String> cameos(List<StoredEvent> events) {
        return events.stream().map(e -> e.event().cameo()).toList();
    }

    private static List<Event> events(EventStore store, EventQuery q) {
        return store.events(q).stream().map(StoredEvent::event).toList();
    }
}
