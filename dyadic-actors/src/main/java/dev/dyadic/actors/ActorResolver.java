package dev.dyadic.actors;

import dev.dyadic.model.Sentence;

/**
 * Resolves the noun phrases of a sentence to coded actors. Thread-safe; one instance serves all threads.
 */
public final class ActorResolver {
    private final ActorDictionary dictionary;

    public ActorResolver(ActorDictionary dictionary) {
        this.dictionary = dictionary;
    }

    public static ActorResolver standard() {
        return new ActorResolver(ActorDictionary.standard());
    }

    /** Matches the dictionary over the sentence once; actors are then read per noun phrase. */
    public SentenceActors resolve(Sentence sentence) {
        return new SentenceActors(sentence, dictionary.match(sentence));
    }
}
