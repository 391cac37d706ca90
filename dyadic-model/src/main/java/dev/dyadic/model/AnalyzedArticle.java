package dev.dyadic.model;

import java.util.List;

/** An article with its sentences analysed. Produced by the NLP stage, read by actors and coder. */
public record AnalyzedArticle(Article article, List<Sentence> sentences) {
    public AnalyzedArticle {
        sentences = List.copyOf(sentences);
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(Sentence::size).sum();
    }
}
