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

    /**
     * Whether a sentence tagged but not yet parsed may name an actor: a dictionary term, a proper noun (a name the
     * article may have introduced before: "Ma" after "Ma Zhaoxu"), a personal pronoun (he, she) or "side" ("the two
     * sides"). The NLP cascade parses only such sentences.
     */
    public boolean mayNameActor(Sentence tagged) {
        for (Token t : tagged.tokens()) {
            if (REFERRING_WORDS.contains(t.lowerWord()) || t.pos().startsWith("NNP")) {
                return true;
            }
        }
        for (TermMatch m : dictionary.match(tagged)) {
            if (m.term().kind() != Term.Kind.NOT_ACTOR) {
                return true;
            }
        }
        return false;
    }

    /** Words that refer back to an actor named before ({@link DocumentMemory}). */
    private static final java.util.Set<String> REFERRING_WORDS = java.util.Set.of("he", "she", "him", "his", "her", "side", "sides");

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
