package dev.dyadic.coder;

import static org.junit.jupiter.api.Assertions.*;

import dev.dyadic.model.Actor;
import dev.dyadic.model.Article;
import dev.dyadic.model.Event;
import dev.dyadic.nlp.CoreNlpAnalyzer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class EventCoderTest {
    private static final EventCoder CODER = EventCoder.standard();

    static List<Event> code(String date, String text) {
        Article a = new Article("t", LocalDate.parse(date), null, null, null, text, "test");
        return CODER.code(CoreNlpAnalyzer.shared().analyze(a));
    }

    /** "041 CHNGOV>RUSGOV @2024-05-14": the code, the actors and (when given) the date, "@first/last" for a range. */
    static String describe(Event e, boolean withDate) {
        String s = e.cameo() + " " + side(e.source()) + ">" + side(e.target());
        String end = e.date().end() == null ? "" : "/" + e.date().end();
        return withDate ? s + " @" + e.date().value() + end : s;
    }

    private static String side(List<Actor> actors) {
        return actors.isEmpty() ? "?" : actors.stream().map(Actor::code).collect(Collectors.joining("+"));
    }

    @TestFactory
    Stream<DynamicTest> codesTheCasesOfTheCaseFile() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/coder-cases.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                tests.add(DynamicTest.dynamicTest(f[1], () -> {
                    List<Event> events = code(f[0], f[1]);
                    List<String> expected = f[2].equals("-") ? List.of() : List.of(f[2].split("\\s*;\\s*"));
                    List<String> actual = new ArrayList<>();
                    for (int i = 0; i < events.size(); i++) {
                        boolean dated = i < expected.size() && expected.get(i).contains("@");
                        actual.add(describe(events.get(i), dated));
                    }
                    assertEquals(expected, actual, f[1]);
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> theCascadeLetsThroughEverySentenceOfTheCaseFileThatHoldsAnEvent() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/coder-cases.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split("\t");
                if (line.isBlank() || line.startsWith("#") || f[2].equals("-")) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(f[1], () -> {
                    Article a = new Article("t", LocalDate.parse(f[0]), null, null, null, f[1], "test");
                    var analyzed = CoreNlpAnalyzer.shared().analyze(a);
                    for (var s : analyzed.sentences()) {
                        if (!CODER.code(analyzed, s).isEmpty()) {
                            assertTrue(CODER.mayHoldEvent(s.withoutParse()), s.text());
                        }
                    }
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void theCascadeDropsSentencesWithoutAnEventWordOrWithoutAPossibleActor() {
        var noEventWord = CoreNlpAnalyzer.shared().analyze(new Article("t", LocalDate.parse("2024-05-17"), null, null, null,
                "The weather in Paris was mild and sunny for most of the week.", "test")).sentences().get(0);
        assertFalse(CODER.mayHoldEvent(noEventWord.withoutParse()));
        var noActor = CoreNlpAnalyzer.shared().analyze(new Article("t", LocalDate.parse("2024-05-17"), null, null, null,
                "the river flooded the fields and destroyed the crops.", "test")).sentences().get(0);
        assertFalse(CODER.mayHoldEvent(noActor.withoutParse()));
        // "have" codes an event only with its pattern's objects ("have talks"), which this sentence lacks
        var wrongObject = CoreNlpAnalyzer.shared().analyze(new Article("t", LocalDate.parse("2024-05-17"), null, null, null,
                "France has a long coastline.", "test")).sentences().get(0);
        assertFalse(CODER.mayHoldEvent(wrongObject.withoutParse()));
        var pronoun = CoreNlpAnalyzer.shared().analyze(new Article("t", LocalDate.parse("2024-05-17"), null, null, null,
                "He condemned the attack.", "test")).sentences().get(0);
        assertTrue(CODER.mayHoldEvent(pronoun.withoutParse()), "\"he\" may stand for a person named before");
    }

    @Test
    void aWeekIsMondayToSundayAcrossTheTurnOfTheYearAndAWeekendIsItsSaturdayAndSunday() {
        assertArrayEquals(new String[] {"2020-12-28", "2021-01-03"}, Clause.weekDays("2020-W53"));
        assertArrayEquals(new String[] {"2025-01-04", "2025-01-05"}, Clause.weekDays("2025-W01-WE"));
        assertArrayEquals(new String[] {"2024-12-30", "2025-01-05"}, Clause.weekDays("2025-W01"));
        assertNull(Clause.weekDays("2024-05"));
        assertNull(Clause.weekDays("PAST_REF"));
        assertNull(Clause.weekDays("2021-W53"), "2021 has 52 weeks");
        assertNull(Clause.weekDays("2024-W00"));
    }

    @Test
    void anUnparsedSentenceGivesNoEvent() {
        Article a = new Article("t", LocalDate.parse("2024-05-17"), null, null, null, "Egypt condemned Israel.", "test");
        var analyzed = CoreNlpAnalyzer.shared().analyze(a);
        assertFalse(CODER.code(analyzed, analyzed.sentences().get(0)).isEmpty());
        assertTrue(CODER.code(analyzed, analyzed.sentences().get(0).withoutParse()).isEmpty());
    }

    @Test
    void aCyberAttackIsCoercionInTheCyberModeAndAnArrestKeepsItsMode() {
        Event attack = code("2024-05-17", "Russian hackers launched a cyberattack on Kenyan banks.").get(0);
        assertEquals("170", attack.cameo());
        assertEquals("COERCE", attack.plover().type());
        assertEquals("cyber", attack.plover().mode());
        assertEquals("cyber", attack.plover().context());
        Event arrest = code("2024-05-17", "Kenyan police arrested two Russian hackers.").get(0);
        assertEquals("COERCE", arrest.plover().type());
        assertEquals("arrest", arrest.plover().mode());
    }

    @Test
    void eventsCarryCodebookValuesEvidenceAndThePatternThatFired() {
        String text = "Officials met on Monday. Chinese Foreign Minister Wang Yi held a phone call with Russian Foreign Minister Sergei Lavrov on Tuesday.";
        Event e = code("2024-05-17", text).get(0);
        assertEquals("CONSULT", e.plover().type());
        assertEquals("phone", e.plover().mode());
        assertEquals(1.0, e.goldstein());
        assertEquals(1, e.quadClass());
        assertEquals("sentence", e.date().origin());
        assertEquals(1, e.evidence().sentence());
        assertEquals(text.substring(e.evidence().begin(), e.evidence().end()), e.evidence().text());
        assertTrue(e.evidence().text().startsWith("Chinese Foreign Minister"));
        assertTrue(e.pattern().startsWith("patterns.txt:"), e.pattern());
        assertEquals("Wang Yi", e.source().get(0).name());
        assertEquals("Foreign Minister", e.source().get(0).role());
    }

    @Test
    void fallsBackToTheArticleDateAndSaysSo() {
        Event e = code("2024-05-17", "France urged Israel to halt its offensive.").get(0);
        assertEquals("2024-05-17", e.date().value());
        assertEquals("article", e.date().origin());
    }

    @Test
    void anEventToldTwiceIsOneEventWithTwoMentions() {
        String text = "Peruvian President Dina Boluarte met Chilean President Gabriel Boric in Lima on Monday. "
                + "Officials praised the talks. Boluarte met Boric on Monday to discuss trade.";
        List<Event> events = code("2024-05-17", text);
        List<Event> meetings = events.stream().filter(e -> e.cameo().startsWith("04")).toList();
        assertEquals(1, meetings.size(), events.toString());
        assertEquals(0, meetings.get(0).evidence().sentence());
        assertEquals(List.of(2), meetings.get(0).mentions().stream().map(m -> m.sentence()).toList());
        assertEquals("2024-05-13", meetings.get(0).date().value());
        assertEquals("Lima", meetings.get(0).place().name());
        assertEquals("PER", meetings.get(0).place().country());
    }

    @Test
    void peopleOfNoCountryAreNoPlace() {
        Event e = code("2024-05-17", "Kenyan police fired tear gas at the protesters in Nairobi.").get(0);
        assertEquals("Nairobi", e.place().name(), e.toString());
        assertEquals("KEN", e.place().country());
        // "at the protesters" is whom the act is aimed at, not where it happened
        Event aimed = code("2024-05-17", "Kenyan police fired tear gas at the protesters.").get(0);
        assertNull(aimed.place(), aimed.toString());
    }

    @Test
    void anActSetAtAMeetingTheArticleDatesElsewhereTakesTheMeetingsDate() {
        String text = "At the emergency video summit of East African leaders, Kenyan President William Ruto urged Somalia "
                + "to release the detained fishermen. Tanzania convened an emergency video conference of the region's leaders on "
                + "Tuesday (May 14).";
        List<Event> events = code("2024-05-17", text);
        Event appeal = events.stream().filter(e -> e.cameo().startsWith("02")).findFirst().orElseThrow(() -> new AssertionError(events));
        assertEquals("2024-05-14", appeal.date().value(), events.toString());
        assertEquals("scene", appeal.date().origin());
        // a summit no sentence dates leaves the act on the article's date
        Event alone = code("2024-05-17", "At the emergency video summit of East African leaders, Kenyan President William Ruto "
                + "urged Somalia to release the detained fishermen.").get(0);
        assertEquals("article", alone.date().origin());
        // two dated meetings that both could be the scene: neither is taken
        List<Event> two = code("2024-05-17", text + " Uganda hosted a summit with Rwanda on Monday (May 13).");
        Event undecided = two.stream().filter(e -> e.cameo().startsWith("02")).findFirst().orElseThrow(() -> new AssertionError(two));
        assertEquals("article", undecided.date().origin(), two.toString());
        // an act the article dates itself, in another sentence, keeps that date before the scene's
        String told = "At the emergency video summit, Kenyan President William Ruto met Somali President Hassan Sheikh "
                + "Mohamud. Tanzania convened an emergency video conference of the region's leaders on Tuesday (May 14). "
                + "Ruto met Mohamud on Monday (May 13).";
        var analyzed = CoreNlpAnalyzer.shared().analyze(new Article("t", LocalDate.parse("2024-05-17"), null, null, null, told, "test"));
        List<Event> first = CODER.codeEachSentence(analyzed).get(0);
        assertEquals("040 KENGOV>SOMGOV @2024-05-13", describe(first.get(0), true), first.toString());
    }

    @Test
    void eachSentenceKeepsItsOwnEventsDatedByTheArticlesOtherTellings() {
        String text = "Peruvian President Dina Boluarte and Chilean President Gabriel Boric held talks. "
                + "Boluarte met Boric in Lima on Monday and held talks with Chilean officials.";
        var analyzed = CoreNlpAnalyzer.shared().analyze(new Article("t", LocalDate.parse("2024-05-17"), null, null, null, text, "test"));
        List<List<Event>> told = CODER.codeEachSentence(analyzed);
        assertEquals(2, told.size());
        Event first = told.get(0).stream().filter(e -> describe(e, false).equals("046 PERGOV>CHLGOV")).findFirst()
                .orElseThrow(() -> new AssertionError(told));
        assertEquals("2024-05-13", first.date().value(), "the undated talks are the meeting dated in the next sentence");
        assertEquals(0, first.evidence().sentence());
        // the second sentence tells one meeting, not two (as the article's events have it)
        assertEquals(1, told.get(1).stream().filter(e -> e.cameo().startsWith("04")
                && e.source().get(0).country().equals("PER")).count(), told.toString());
        assertEquals(1, told.get(1).get(0).evidence().sentence());
    }

    @Test
    void explainsWhyEachVerbWasOrWasNotCoded() {
        CodingTrace trace = new CodingTrace();
        List<Event> events = codeFirstSentence("If Russia invades Finland, Norway will not condemn Sweden.", trace);
        assertTrue(events.isEmpty(), events.toString());
        List<String> reasons = trace.decisions().stream().map(d -> d.word() + ": " + d.reason()).toList();
        assertTrue(reasons.stream().anyMatch(r -> r.startsWith("invades: in a condition")), reasons.toString());
        assertTrue(reasons.stream().anyMatch(r -> r.startsWith("condemn: negated")), reasons.toString());
        assertTrue(trace.actors().stream().anyMatch(m -> m.actor().code().equals("FIN")), trace.actors().toString());
    }

    @Test
    void aThreatWhoseComplementIsNoThreatExplainsOnlyTheThreat() {
        CodingTrace trace = new CodingTrace();
        List<Event> events = codeFirstSentence("The Kenyan minister threatened to resign.", trace);
        assertEquals(List.of("130"), events.stream().map(Event::cameo).toList());
        List<String> resign = trace.decisions().stream().filter(d -> d.word().equals("resign"))
                .map(d -> d.outcome() + ": " + d.reason()).toList();
        assertEquals(1, resign.size(), resign.toString());
        assertTrue(resign.get(0).startsWith("skipped: complement of \"threatened\""), resign.toString());
    }

    /** The events of the text's first sentence (article of 2024-05-17), with why each word was or was not coded. */
    private static List<Event> codeFirstSentence(String text, CodingTrace trace) {
        Article a = new Article("t", LocalDate.parse("2024-05-17"), null, null, null, text, "test");
        var analyzed = CoreNlpAnalyzer.shared().analyze(a);
        return CODER.code(analyzed, analyzed.sentences().get(0), new dev.dyadic.actors.DocumentMemory(a.date()), trace);
    }

    @Test
    void confidenceRanksSpecificPatternsAndNamedTargetsHigher() {
        Event both = code("2024-05-17", "Egypt condemned Israel.").get(0);
        Event oneSide = code("2024-05-17", "Egypt condemned the decision.").get(0);
        assertTrue(both.confidence() > oneSide.confidence(), both.confidence() + " vs " + oneSide.confidence());
        assertTrue(both.confidence() > 0 && both.confidence() <= 1);
    }

    @Test
    void explanationsCutLongWordListsOfPatterns() {
        assertEquals("0842  return aircraft|plane|helicopter|warplane|... (3 more) -> obj to",
                EventCoder.brief("0842  return aircraft|plane|helicopter|warplane|airplane|airliner|jet -> obj to"));
        assertEquals("040  meet|visit -> obj", EventCoder.brief("040  meet|visit -> obj"));
    }
}
