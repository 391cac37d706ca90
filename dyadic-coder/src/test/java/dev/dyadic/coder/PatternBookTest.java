package dev.dyadic.coder;

import static org.junit.jupiter.api.Assertions.*;

import dev.dyadic.coder.EventPattern.Noun;
import dev.dyadic.model.CameoCodebook;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class PatternBookTest {

    @Test
    void everyCueCategoryHasAPattern() {
        Set<String> categories = new TreeSet<>();
        for (EventPattern p : PatternBook.standard().patterns()) {
            categories.add(p.code().substring(0, 2));
        }
        for (int c = 1; c <= 20; c++) {
            assertTrue(categories.contains(String.format("%02d", c)), "no pattern for cue category " + c);
        }
    }

    @Test
    void aConvertedSubjectConditionRanksBelowWhatTheRestOfTheLineAsksAndBelowOwnLines() {
        PatternBook own = PatternBook.parse("patterns.txt", List.of("---  struggle ->"), CameoCodebook.standard());
        PatternBook converted = PatternBook.parse("petrarch-verbs.txt", List.of(
                "080  withdraw -> obj",
                "0874  withdraw (subject troops) -> obj",
                "0874  withdraw from -> from obj",
                "190  struggle (subject army) -> obj"), CameoCodebook.standard());
        List<EventPattern> all = new ArrayList<>(own.patterns());
        all.addAll(converted.patterns());
        PatternBook book = new PatternBook(all);
        // "troops withdrew from Uganda": the line that finds the target first; the subject's refinement before the
        // bare verb
        assertEquals(List.of("petrarch-verbs.txt:3", "petrarch-verbs.txt:2", "petrarch-verbs.txt:1"),
                book.forVerb("withdraw").stream().map(p -> p.source().substring(0, p.source().indexOf(':', 19))).toList());
        // "the army is struggling to recruit": Dyadic's own reading of the verb is not overridden by PETRARCH's word list
        assertEquals("---", book.forVerb("struggle").get(0).code());
        assertTrue(book.forVerb("struggle").get(1).refinesBySubject());
    }

    @Test
    void aSecondRequiredPrepositionIsAGroupWithAnyNoun() {
        PatternBook book = PatternBook.parse("t", List.of("042  set off (for) -> for obj", "111  hit back at -> at"),
                CameoCodebook.standard());
        for (String verb : List.of("set", "hit")) {
            EventPattern p = book.forVerb(verb).get(0);
            assertEquals(verb.equals("set") ? "off" : "back", p.preposition(), "the first is the preposition");
            assertEquals(List.of(new EventPattern.Group(verb.equals("set") ? "for" : "at", Set.of())), p.groups(),
                    "the second does not replace it");
        }
        assertFalse(book.mayMatch("set", Set.of("set", "the", "tone", "for", "talks")), "no particle");
        assertTrue(book.mayMatch("set", Set.of("set", "off", "for", "kampala")));
    }

    @Test
    void mayMatchAsksForEveryWordAPatternRequires() {
        PatternBook book = PatternBook.parse("t", List.of("173  issue warrant -> obj.for to", "020  call on -> on",
                "---  call off -> obj", "043  visit (to capital|city) -> to"), CameoCodebook.standard());
        assertTrue(book.mayMatch("issue", Set.of("issue", "a", "warrant")));
        assertFalse(book.mayMatch("issue", Set.of("issue", "a", "statement")));
        assertTrue(book.mayMatch("call", Set.of("they", "call", "on", "iran")));
        assertFalse(book.mayMatch("call", Set.of("they", "call", "off", "talks")), "a non-event pattern is no event word");
        assertTrue(book.mayMatch("visit", Set.of("visit", "to", "city")));
        assertFalse(book.mayMatch("visit", Set.of("visit", "city")), "the group's preposition is required too");
        assertFalse(book.mayMatch("condemn", Set.of("condemn")), "no pattern for the verb");
    }

    @Test
    void readsVerbPrepositionObjectAndSlots() {
        PatternBook book = PatternBook.parse("t", List.of("# comment", "", "173  issue warrant|warrants -> obj.for to",
                "020  call on -> on"), CameoCodebook.standard());
        EventPattern warrant = book.forVerb("issue").get(0);
        assertEquals("173", warrant.code());
        assertEquals(Set.of(new Noun("warrant", List.of()), new Noun("warrants", List.of())), warrant.objects());
        assertNull(warrant.preposition());
        assertEquals(List.of("obj.for", "to"), warrant.targets());
        EventPattern callOn = book.forVerb("call").get(0);
        assertEquals("on", callOn.preposition());
        assertTrue(callOn.objects().isEmpty());
        assertEquals("t:4: 020  call on -> on", callOn.source());
    }

    @Test
    void readsGroupsMultiWordNounsSourceSlotsAndStops() {
        PatternBook book = PatternBook.parse("t", List.of(
                "070  send -> to obj",
                "073  send humanitarian_aid|relief -> to   # a comment",
                "154  send troop|troops (to border|frontier_area) -> obj",
                "---  send regards -> obj",
                "043  receive visit -> $from subj"), CameoCodebook.standard());
        List<EventPattern> send = book.forVerb("send");
        assertEquals(List.of("154", "073", "---", "070"), send.stream().map(EventPattern::code).toList(),
                "most specific first; equally specific ones in file order");
        assertEquals(Set.of(new Noun("aid", List.of("humanitarian")), new Noun("relief", List.of())), send.get(1).objects());
        assertEquals(new EventPattern.Group("to", Set.of(new Noun("border", List.of()), new Noun("area", List.of("frontier")))),
                send.get(0).groups().get(0));
        assertFalse(send.get(2).isEvent());
        assertEquals(List.of("to"), send.get(1).targets(), "a comment after the slots is not a slot");
        EventPattern receive = book.forVerb("receive").get(0);
        assertEquals(List.of("from"), receive.sources());
        assertEquals(List.of("subj"), receive.targets());
    }

    @Test
    void rejectsUnknownCodesAndMalformedLinesNamingTheLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PatternBook.parse("p.txt", List.of("999 meet -> obj"), CameoCodebook.standard()));
        assertTrue(e.getMessage().startsWith("p.txt:1: unknown CAMEO code"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> PatternBook.parse("p.txt", List.of("", "040 meet obj"), CameoCodebook.standard()));
        assertTrue(e.getMessage().startsWith("p.txt:2: missing '->'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> PatternBook.parse("p.txt", List.of("040 meet (with leader of) -> obj"), CameoCodebook.standard()));
        assertTrue(e.getMessage().startsWith("p.txt:1: a group is (PREPOSITION NOUN|NOUN)"), e.getMessage());
    }
}
