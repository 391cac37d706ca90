package dev.dyadic.actors;

import java.time.LocalDate;
import java.util.List;

/**
 * Finds the office holder a garbled name stands for: when a title and a nationality make the office certain
 * ("Ukrainian Foreign Minister Culba"), the name is compared with the names of those who held that office on that
 * date, and the most similar one is taken if it is similar enough. Without such context nothing is guessed.
 */
public final class OfficeHolders {
    /** Least {@link NameSimilarity} for a near-miss name to be taken as the office holder's. */
    public static final double MIN_SIMILARITY = 0.80;

    private final ActorDictionary dictionary;

    public OfficeHolders(ActorDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** A holder and how alike the written name is to theirs. */
    public record Candidate(ActorDictionary.Holding holding, double similarity) {
    }

    /** The holders of the office on that date, each with the similarity of the written name to theirs. */
    public List<Candidate> candidates(String writtenName, String country, Offices.Office office, LocalDate date) {
        return dictionary.holders(country, office, date).stream()
                .map(h -> new Candidate(h, similarity(writtenName, h.actor())))
                .sorted((a, b) -> Double.compare(b.similarity(), a.similarity()))
                .toList();
    }

    /** The best candidate if it is similar enough, else {@code null}. */
    public Candidate nearMiss(String writtenName, String country, Offices.Office office, LocalDate date) {
        if (writtenName == null || country == null || office == null || date == null) {
            return null;
        }
        List<Candidate> c = candidates(writtenName, country, office, date);
        return !c.isEmpty() && c.get(0).similarity() >= MIN_SIMILARITY ? c.get(0) : null;
    }

    /** Whether a word next to a title says it does not name the holder that day ("the former president"). */
    public boolean isQualifier(String word) {
        return dictionary.isOfficeQualifier(word);
    }

    /** The holder when the office has exactly one on that date ("Russian President" in 2023 is Vladimir Putin). */
    public ActorDictionary.Holding soleHolder(String country, Offices.Office office, LocalDate date) {
        if (country == null || office == null || date == null || !office.single()) {
            return null;
        }
        List<ActorDictionary.Holding> h = dictionary.holders(country, office, date);
        return h.size() == 1 ? h.get(0) : null;
    }

    private static double similarity(String written, ActorEntry actor) {
        double best = NameSimilarity.score(written, actor.name());
        for (String a : actor.aliases()) {
            best = Math.max(best, NameSimilarity.score(written, a));
        }
        return best;
    }
}
