package dev.dyadic.model;

/**
 * An actor found in a sentence.
 *
 * @param sentence   index of the sentence in the article
 * @param head       1-based index of the token that heads the actor's noun phrase
 * @param firstToken first token of the words naming the actor
 * @param lastToken  last token (inclusive)
 */
public record ActorMention(int sentence, int head, int firstToken, int lastToken, Actor actor) {
}
