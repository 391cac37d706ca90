package dev.dyadic.actors;

import dev.dyadic.model.Sentence;
import dev.dyadic.model.Token;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Resolves the noun phrases of a sentence to coded actors. Thread-safe; one instance serves all threads (each article
 * brings its own {@link DocumentMemory}).
 */
public final class ActorResolver {
    private final ActorDictionary dictionary;
    private final OfficeHolders holders;

    public ActorResolver(ActorDictionary dictionary) {
        this.dictionary = dictionary;
        this.holders = new OfficeHolders(dictionary);
    }

    public static ActorResolver standard() {
        return new ActorResolver(ActorDictionary.standard());
    }

    public ActorDictionary dictionary() {
        return dictionary;
    }

    /** A sentence on its own, on the given date (roles are looked up on it). */
    public SentenceActors resolve(Sentence sentence, LocalDate date) {
        return resolve(sentence, new DocumentMemory(date));
    }

    /**
     * Matches the dictionary over the sentence once, then reads the actors of its noun phrases left to right,
     * remembering them in the article's memory. Roles are looked up on the sentence's own full date when it has one
     * ("in May 2019"), else on the article's.
     */
    public SentenceActors resolve(Sentence sentence, DocumentMemory memory) {
        return new SentenceActors(sentence, dictionary.match(sentence), dateOf(sentence, memory.articleDate()), holders, memory);
    }

    private static LocalDate dateOf(Sentence s, LocalDate articleDate) {
        for (Token t : s.tokens()) {
            String v = t.normalizedTime();
            if ("DATE".equals(t.ner()) && v != null && v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                try {
                    LocalDate d = LocalDate.parse(v);
                    return articleDate == null || !d.isAfter(articleDate.plusYears(1)) ? d : articleDate;
                } catch (DateTimeParseException e) {
                    return articleDate;
                }
            }
        }
        return articleDate;
    }
}
