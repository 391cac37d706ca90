package dev.dyadic.nlp;

import dev.dyadic.model.AnalyzedArticle;
import dev.dyadic.model.Article;

/** The NLP stage: turns an article into analysed sentences. Implementations must be thread-safe. */
public interface ArticleAnalyzer {
    AnalyzedArticle analyze(Article article);
}
