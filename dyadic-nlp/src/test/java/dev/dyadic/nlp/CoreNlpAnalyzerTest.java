package dev.dyadic.nlp;

import static org.junit.jupiter.api.Assertions.*;

import dev.dyadic.model.AnalyzedArticle;
import dev.dyadic.model.Article;
import dev.dyadic.model.Sentence;
import dev.dyadic.model.Token;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CoreNlpAnalyzerTest {
    private static final String TEXT = "Chinese Foreign Minister Wang Yi met his Brazilian counterpart on Thursday (May 16) in Beijing."
            + "The two sides signed a trade agreement.";

    private final AnalyzedArticle analyzed = CoreNlpAnalyzer.shared()
            .analyze(new Article("t1", LocalDate.of(2024, 5, 17), null, null, null, TEXT, "test"));

    @Test
    void splitsGluedSentencesAndKeepsOriginalOffsets() {
        assertEquals(2, analyzed.sentences().size());
        for (Sentence s : analyzed.sentences()) {
            assertEquals(TEXT.substring(s.begin(), s.end()), s.text());
            for (Token t : s.tokens()) {
                assertEquals(t.word(), TEXT.substring(t.begin(), t.end()), "token offsets point at the original");
            }
        }
        assertTrue(analyzed.sentences().get(1).text().startsWith("The two sides"));
    }

    @Test
    void tagsLemmatisesAndParses() {
        Sentence s = analyzed.sentences().get(0);
        Token met = s.tokens().stream().filter(t -> t.word().equals("met")).findFirst().orElseThrow();
        assertEquals("meet", met.lemma());
        assertTrue(met.isVerb());
        assertEquals("root", s.relation(met.index()));
        int subject = s.children(met.index(), "nsubj").get(0);
        assertEquals("Yi", s.token(subject).word());
        assertEquals("PERSON", s.token(subject).ner());
        assertEquals(1, s.children(met.index(), "obj").size());
    }

    @Test
    void normalisesDatesAgainstTheArticleDate() {
        Sentence s = analyzed.sentences().get(0);
        Token thursday = s.tokens().stream().filter(t -> t.word().equals("Thursday")).findFirst().orElseThrow();
        assertEquals("DATE", thursday.ner());
        assertEquals("2024-05-16", thursday.normalizedTime());
    }

    private static String dateOf(String text, String word) {
        AnalyzedArticle a = CoreNlpAnalyzer.shared().analyze(new Article("w", LocalDate.of(2024, 5, 17), null, null, null, text, "test"));
        return a.sentences().get(0).tokens().stream().filter(t -> t.word().equals(word)).findFirst().orElseThrow().normalizedTime();
    }

    @Test
    void aBareWeekdayIsTheLastSuchDayUnlessTheSentenceSpeaksOfTheFuture() {
        // 17 May 2024 is a Friday
        assertEquals("2024-05-13", dateOf("The ministers met on Monday.", "Monday"));
        assertEquals("2024-05-17", dateOf("The ministers met on Friday.", "Friday"));
        assertEquals("2024-05-10", dateOf("The ministers met last Friday.", "Friday"));
        assertEquals("2024-05-20", dateOf("The ministers will meet on Monday.", "Monday"));
        assertEquals("2024-05-20", dateOf("They meet again next Monday.", "Monday"));
    }

    @Test
    void theCascadeParsesOnlyTheSentencesItsGateLetsThrough() {
        String text = "The delegation arrived on Monday. It rained all week in the capital. Both sides signed a deal on Tuesday.";
        Article article = new Article("c", LocalDate.of(2024, 5, 17), null, null, null, text, "test");
        AnalyzedArticle full = CoreNlpAnalyzer.shared().analyze(article);
        AnalyzedArticle cascade = CoreNlpAnalyzer.shared().parsingOnly(s -> !s.text().contains("rained")).analyze(article);
        assertEquals(3, cascade.sentences().size());
        Sentence skipped = cascade.sentences().get(1);
        assertFalse(skipped.isParsed());
        assertTrue(skipped.dependencies().isEmpty());
        assertTrue(skipped.tokens().stream().allMatch(t -> t.ner().equals("O") && t.normalizedTime() == null));
        assertEquals(full.sentences().get(1).tokens().stream().map(Token::lemma).toList(),
                skipped.tokens().stream().map(Token::lemma).toList(), "tokens, tags and lemmas are kept");
        for (int i : new int[] {0, 2}) {
            assertTrue(cascade.sentences().get(i).isParsed());
            assertEquals(full.sentences().get(i), cascade.sentences().get(i), "a parsed sentence is analysed as in the full pipeline");
        }
    }

    @Test
    void aMonthsNameInLowerCaseIsTheCommonWordNotADate() {
        assertNull(dateOf("Police blocked a march by students in the capital.", "march"));
        assertEquals("2024-03", dateOf("Police blocked a march by students in March.", "March"));
    }

    @Test
    void aTimeOfDayOnANamedDayGivesTheDayAsADate() {
        // 17 May 2024 is a Friday: "Tuesday night" is the 14th
        AnalyzedArticle a = CoreNlpAnalyzer.shared().analyze(new Article("n", LocalDate.of(2024, 5, 17), null, null, null,
                "Jets struck the port on Tuesday night.", "test"));
        Token tuesday = a.sentences().get(0).tokens().stream().filter(t -> t.word().equals("Tuesday")).findFirst().orElseThrow();
        assertEquals("DATE", tuesday.ner());
        assertTrue(tuesday.normalizedTime().startsWith("2024-05-14"), tuesday.normalizedTime());
    }
}
