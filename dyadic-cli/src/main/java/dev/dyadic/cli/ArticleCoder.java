package dev.dyadic.cli;

import dev.dyadic.actors.ActorDictionary;
import dev.dyadic.actors.ActorResolver;
import dev.dyadic.coder.EventCoder;
import dev.dyadic.model.AnalyzedArticle;
import dev.dyadic.model.Article;
import dev.dyadic.model.CodedArticle;
import dev.dyadic.model.Event;
import dev.dyadic.model.Sentence;
import dev.dyadic.nlp.ArticleAnalyzer;
import dev.dyadic.nlp.CoreNlpAnalyzer;
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
