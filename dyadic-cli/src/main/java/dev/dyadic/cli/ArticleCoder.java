package dev.dyadic.cli;

import dev.dyadic.actors.ActorDictionary;
import dev.dyadic.actors.ActorResolver;
import dev.dyadic.coder.EventCoder;
import dev.dyadic.model.AnalyzedArticle;
import dev.dyadic.model.Article;
import dev.dyadic.model.CodedArticle;
import dev.dyadic.model.Event;
import dev.dyadic.model.Evidence;
import dev.dyadic.model.Sentence;
import dev.dyadic.nlp.ArticleAnalyzer;
import dev.dyadic.nlp.CoreNlpAnalyzer;
import java.util.ArrayList;
import java.util.List;

/** The analysis path for one article: NLP, then actors and events. Thread-safe; one instance per process. */
public final class ArticleCoder {

    /**
     * An article with what was found in it.
     *
     * @param parsedSentences the sentences the NLP cascade parsed (the others cannot hold an event)
     * @param parsedTokens    their tokens
     * @param stored          what the store keeps: the events with the sentences' and actors' places in the text
     */
    public record Coded(Article article, int sentences, int tokens, int parsedSentences, int parsedTokens, List<Event> events,
                        CodedArticle stored) {
    }

    private final ArticleAnalyzer analyzer;
    private final EventCoder coder;
    private final double minConfidence;

    public ArticleCoder(ArticleAnalyzer analyzer, EventCoder coder) {
        this(analyzer, coder, 0);
    }

    private ArticleCoder(ArticleAnalyzer analyzer, EventCoder coder, double minConfidence) {
        this.analyzer = analyzer;
        this.coder = coder;
        this.minConfidence = minConfidence;
    }

    /** This coder, keeping only events whose confidence is at least {@code min}. */
    public ArticleCoder withMinConfidence(double min) {
        return new ArticleCoder(analyzer, coder, min);
    }

    /** Loads the models (the slow part, once per process); the cascade parses only sentences that may hold events. */
    public static ArticleCoder standard() {
        return withActors(ActorDictionary.standard(), false);
    }

    /**
     * Loads the models, resolving actors with the given dictionary.
     *
     * @param parseAll parse every sentence (no cascade): slower, for checking what the cascade leaves out
     */
    public static ArticleCoder withActors(ActorDictionary dictionary, boolean parseAll) {
        EventCoder coder = EventCoder.withActors(new ActorResolver(dictionary));
        CoreNlpAnalyzer nlp = CoreNlpAnalyzer.shared();
        return new ArticleCoder(parseAll ? nlp : nlp.parsingOnly(coder::mayHoldEvent), coder);
    }

    /** What separates two passages of one story when they are read as one text: a paragraph break ends a sentence. */
    static final String PASSAGE_BREAK = "\n\n";

    /**
     * The events of each passage of one story (its sentences given line by line), read as one article, so that a
     * passage can use what the others say: who "he" is, the date of an act told again. Each passage's events are those
     * its own sentences tell, with evidence located in the passage's text.
     *
     * @param story    the story's id
     * @param passages its passages in order; the first one's date and source are the story's
     */
    public List<List<Event>> codePassages(String story, List<Article> passages) {
        Article first = passages.get(0);
        StringBuilder text = new StringBuilder();
        int[] starts = new int[passages.size()];
        for (int i = 0; i < passages.size(); i++) {
            if (i > 0) {
                text.append(PASSAGE_BREAK);
            }
            starts[i] = text.length();
            text.append(passages.get(i).text());
        }
        Article whole = new Article(story, first.date(), first.title(), first.source(), first.url(), text.toString(),
                first.origin(), first.language());
        AnalyzedArticle analyzed = analyzer.analyze(whole);
        List<List<Event>> bySentence = coder.codeEachSentence(analyzed);
        List<List<Event>> byPassage = new ArrayList<>();
        int[] firstSentence = new int[passages.size()];
        for (int i = 0; i < passages.size(); i++) {
            byPassage.add(new ArrayList<>());
            firstSentence[i] = -1;
        }
        for (int n = 0; n < analyzed.sentences().size(); n++) {
            Sentence s = analyzed.sentences().get(n);
            int p = passages.size() - 1;
            while (p > 0 && starts[p] > s.begin()) {
                p--;
            }
            if (firstSentence[p] < 0) {
                firstSentence[p] = s.index();
            }
            for (Event e : bySentence.get(n)) {
                if (e.confidence() >= minConfidence) {
                    Evidence at = e.evidence();
                    byPassage.get(p).add(e.toldIn(passages.get(p).id(), new Evidence(at.sentence() - firstSentence[p],
                            at.begin() - starts[p], at.end() - starts[p], at.text())));
                }
            }
        }
        return byPassage;
    }

    public Coded code(Article article) {
        AnalyzedArticle analyzed = analyzer.analyze(article);
        CodedArticle coded = coder.codeArticle(analyzed);
        List<Event> events = coded.events();
        if (minConfidence > 0) {
            events = events.stream().filter(e -> e.confidence() >= minConfidence).toList();
        }
        int parsed = 0;
        int parsedTokens = 0;
        for (Sentence s : analyzed.sentences()) {
            if (s.isParsed()) {
                parsed++;
                parsedTokens += s.size();
            }
        }
        return new Coded(article, analyzed.sentences().size(), analyzed.tokenCount(), parsed, parsedTokens, events,
                new CodedArticle(article, coded.sentences(), coded.actors(), events));
    }
}
