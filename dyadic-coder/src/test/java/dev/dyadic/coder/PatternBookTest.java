package dev.dyadic.coder;

import static org.junit.jupiter.api.Assertions.*;

import dev.dyadic.model.CameoCodebook;
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
    void readsVerbPrepositionObjectAndSlots() {
        PatternBook book = PatternBook.parse("t", List.of("# comment", "", "173  issue warrant|warrants -> obj.for to",
                "020  call on -> on"), CameoCodebook.standard());
        EventPattern warrant = book.forVerb("issue").get(0);
        assertEquals("173", warrant.code());
        assertEquals(Set.of("warrant", "warrants"), warrant.objects());
        assertNull(warrant.preposition());
        assertEquals(List.of("obj.for", "to"), warrant.targets());
        EventPattern callOn = book.forVerb("call").get(0);
        assertEquals("on", callOn.preposition());
        assertTrue(callOn.objects().isEmpty());
        assertEquals("t:4: 020  call on -> on", callOn.source());
    }

    @Test
    void rejectsUnknownCodesAndMalformedLinesNamingTheLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PatternBook.parse("p.txt", List.of("999 meet -> obj"), CameoCodebook.standard()));
        assertTrue(e.getMessage().startsWith("p.txt:1: unknown CAMEO code"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> PatternBook.parse("p.txt", List.of("", "040 meet obj"), CameoCodebook.standard()));
        assertTrue(e.getMessage().startsWith("p.txt:2: missing '->'"), e.getMessage());
    }
}
