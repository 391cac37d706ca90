package dev.dyadic.nlp;

import static org.junit.jupiter.api.Assertions.*;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemporalWordsTest {
    private static final TemporalWords WORDS = TemporalWords.standard();

    /** Tokens from "word/TAG word/TAG ...". */
    private static List<CoreLabel> tagged(String text) {
        List<CoreLabel> out = new ArrayList<>();
        for (String wt : text.split(" ")) {
            int slash = wt.lastIndexOf('/');
            CoreLabel l = new CoreLabel();
            l.setWord(wt.substring(0, slash));
            l.setTag(wt.substring(slash + 1));
            out.add(l);
        }
        return out;
    }

    @Test
    void findsTheWordsAndNumbersATimeExpressionNeeds() {
        assertTrue(WORDS.mayHoldTime(tagged("They/PRP met/VBD on/IN Thursday/NNP")));
        assertTrue(WORDS.mayHoldTime(tagged("talks/NNS in/IN Sept./NNP")));
        assertTrue(WORDS.mayHoldTime(tagged("a/DT mid-January/JJ visit/NN")));
        assertTrue(WORDS.mayHoldTime(tagged("in/IN 2019/CD")));
        assertTrue(WORDS.mayHoldTime(tagged("in/IN the/DT 1990s/CDS")));
        assertTrue(WORDS.mayHoldTime(tagged("on/IN the/DT 16th/JJ")));
        assertTrue(WORDS.mayHoldTime(tagged("at/IN 17:30/CD")));
        assertTrue(WORDS.mayHoldTime(tagged("two/CD weeks/NNS ago/RB")));
        assertTrue(WORDS.mayHoldTime(tagged("in/IN May/MD")), "a capitalised month the tagger took for a modal");
    }

    @Test
    void skipsCountsVerbsAndModals() {
        assertFalse(WORDS.mayHoldTime(tagged("19/CD people/NNS died/VBD")));
        assertFalse(WORDS.mayHoldTime(tagged("protesters/NNS may/MD march/VB to/TO parliament/NN")));
        assertFalse(WORDS.mayHoldTime(tagged("2,000/CD troops/NNS left/VBD")));
    }
}
