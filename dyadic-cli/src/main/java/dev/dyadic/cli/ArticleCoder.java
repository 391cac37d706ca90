package dev.dyadic.cli;

import dev.dyadic.actors.ActorDictionary;
import dev.dyadic.actors.ActorResolver;
import dev.dyadic.coder.EventCoder;
import dev.dyadic.coder.Modality;
import dev.dyadic.coder.PatternBook;
import dev.dyadic.model.CameoCodebook;
import dev.dyadic.model.AnalyzedArticle;
import dev.dyadic.model.Article;
import dev.dyadic.model.Event;
import dev.dyadic.nlp.ArticleAnalyzer;
import dev.dyadic.nlp.CoreNlpAnalyzer;
import java.util.List;

/** The analysis path for one article: NLP, then actors and events. Thread-safe; one instance per process. */
public final class ArticleCoder {

    /** An article with what was found in it. */
    public record Coded(Article article, int sentences, int tokens, List<Event> events) {
    }

    private final ArticleAnalyzer analyzer;
    private final EventCoder coder;

    public ArticleCoder(ArticleAnalyzer analyzer, EventCoder coder) {
        this.analyzer = analyzer;
        this.coder = coder;
    }

    /** Loads the models (the slow part, once per process). */
    public static ArticleCoder standard() {
        return new ArticleCoder(CoreNlpAnalyzer.shared(), EventCoder.standard());
    }

    /** Loads the models, resolving actors with the given dictionary. */
    public static ArticleCoder withActors(ActorDictionary dictionary) {
        return new ArticleCoder(CoreNlpAnalyzer.shared(),
                new EventCoder(new ActorResolver(dictionary), PatternBook.standard(), Modality.standard(), CameoCodebook.standard()));
    }

    public Coded code(Article article) {
        AnalyzedArticle analyzed = analyzer.analyze(article);
        return new Coded(article, analyzed.sentences().size(), analyzed.tokenCount(), coder.code(analyzed));
    }
}
