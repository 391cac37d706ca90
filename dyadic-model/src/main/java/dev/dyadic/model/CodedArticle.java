package dev.dyadic.model;

import java.util.List;

/**
 * An article with everything the analysis found in it, as the store keeps it.
 *
 * @param article   the article as read
 * @param sentences where its sentences are in the text, and which ones the NLP cascade parsed
 * @param actors    the actors named in the parsed sentences, located in the text
 * @param events    the events coded from it
 */
public record CodedArticle(Article article, List<SentenceSpan> sentences, List<ActorSpan> actors, List<Event> events) {
    public CodedArticle {
        sentences = List.copyOf(sentences);
        actors = List.copyOf(actors);
        events = List.copyOf(events);
    }

    /** An article known only by its events (no sentence or actor locations). */
    public static CodedArticle ofEvents(Article article, List<Event> events) {
        return new CodedArticle(article, List.of(), List.of(), events);
    }

    /**
     * Where a sentence is in the article's text.
     *
     * @param index  0-based position in the article
     * @param begin  character offset of its first token in the original text
     * @param end    end offset (exclusive)
     * @param parsed whether the NLP cascade parsed it (only parsed sentences can hold events and located actors)
     */
    public record SentenceSpan(int index, int begin, int end, boolean parsed) {
    }

    /**
     * An actor named in a sentence, located in the article's text.
     *
     * @param sentence index of the sentence
     * @param begin    character offset of the words naming the actor
     * @param end      end offset (exclusive)
     * @param actor    the actor they were resolved to
     */
    public record ActorSpan(int sentence, int begin, int end, Actor actor) {
    }
}
