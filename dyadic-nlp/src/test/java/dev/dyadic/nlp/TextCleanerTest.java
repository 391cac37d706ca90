package dev.dyadic.nlp;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class TextCleanerTest {
    private final TextCleaner cleaner = TextCleaner.standard();

    private String cleaned(String s) {
        return cleaner.clean(s).text();
    }

    @Test
    void separatesSentencesGluedByTranslation() {
        assertEquals("within a week. At the summit", cleaned("within a week.At the summit"));
        assertEquals("said \"no.\" Then", cleaned("said \"no.\"Then"));
        assertEquals("the U.S. Army", cleaned("the U.S. Army"), "abbreviations stay");
        assertEquals("see xinhuanet.com", cleaned("see xinhuanet.com"), "a domain name is not two sentences");
    }

    @Test
    void joinsHyphenatedWordsSplitBySpaces() {
        assertEquals("anti-terrorism and state-owned", cleaned("anti -terrorism and state- owned"));
        assertEquals("a China-Syria partnership", cleaned("a China -Syria partnership"));
        assertEquals("2020 - 2023", cleaned("2020 - 2023"), "a spaced dash between numbers is not a hyphenated word");
    }

    @Test
    void dropsDoubledWordsButNotGrammaticalRepeats() {
        assertEquals("criticizes Israel with partners", cleaned("criticizes Israel Israel with partners"));
        assertEquals("what he had had", cleaned("what he had had"));
        assertEquals("Western governments", cleaned("Western Western governments"));
    }

    @Test
    void normalisesQuotesAndPossessives() {
        assertEquals("\"profound concern\" and China's 'core'", cleaned("\u201Cprofound concern\u201D and China \u2019s \u2018core\u2019"));
    }

    @Test
    void endsAShortLineWithoutPunctuationSoItIsNotRunIntoTheNextSentence() {
        assertEquals("Updated on 2024-03-02\n\nKenya hosted the summit.", cleaner.clean("Updated on 2024-03-02\nKenya hosted the summit.").text());
        assertEquals("The ministers met on Monday in\nthe capital.", cleaner.clean("The ministers met on Monday in\nthe capital.").text(),
                "a line broken inside a sentence is left alone");
    }

    @Test
    void setsABracketedDatelineApartFromTheFirstSentence() {
        assertEquals("(Accra Composite Electric)\n\nGhanaian officials met Togo's envoy.",
                cleaned("(Accra Composite Electric) Ghanaian officials met Togo's envoy."));
        assertEquals("(Reuters)\n\nThe ministry said.", cleaned("(Reuters) - The ministry said."));
        assertEquals("He met (as planned) Kenya's envoy.", cleaned("He met (as planned) Kenya's envoy."), "not at the start of a line");
        assertEquals("(Updated) and then", cleaned("(Updated) and then"), "not before a lower-case word");
    }

    @Test
    void offsetsPointBackIntoTheOriginal() {
        String original = "Talks ended this week.At noon, anti -terror units of Israel Israel moved.";
        CleanText clean = cleaner.clean(original);
        assertEquals("Talks ended this week. At noon, anti-terror units of Israel moved.", clean.text());
        int at = clean.text().indexOf("At");
        assertEquals(original.indexOf("At"), clean.toOriginal(at));
        int anti = clean.text().indexOf("anti-terror");
        int end = anti + "anti-terror".length();
        assertEquals("anti -terror", original.substring(clean.toOriginal(anti), clean.toOriginalEnd(end)));
        int moved = clean.text().indexOf("moved");
        assertEquals(original.indexOf("moved"), clean.toOriginal(moved));
        assertEquals(original.length(), clean.toOriginal(clean.text().length()));
    }
}
