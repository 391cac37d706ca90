package dev.dyadic.actors;

import dev.dyadic.model.Actor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What an article has said so far about its actors, so that later mentions can refer back: a bare "Ma Zhaoxu" or
 * "Ma" after "China's Vice Minister Ma Zhaoxu", "he" after a person named as a subject, "the two sides" after two
 * actors. One per article, used by one thread, sentence after sentence.
 */
public final class DocumentMemory {
    private final LocalDate articleDate;
    /** Persons by their full name and by each word of it; {@code null} marks a word two persons share. */
    private final Map<String, Actor> persons = new HashMap<>();
    private final Set<String> ambiguous = new HashSet<>();
    /** Actors in the order they were last named, one per country. */
    private final List<Actor> recent = new ArrayList<>();
    private final Map<String, Integer> countryCounts = new HashMap<>();
    /** The persons named as subjects in the last sentence that had any, and that sentence. */
    private Set<String> lastSubjects = new LinkedHashSet<>();
    private Actor lastSubject;
    private int lastSubjectSentence = -1;
    /** The subject of the last sentence's main clause when it is one state, body or group (not a person), and that sentence. */
    private Actor lastMainSubject;
    private int lastMainSubjectSentence = -2;

    public DocumentMemory(LocalDate articleDate) {
        this.articleDate = articleDate;
    }

    public LocalDate articleDate() {
        return articleDate;
    }

    /** Remembers a resolved person under its name and the words of the name as written. */
    void person(Actor a, String written) {
        Set<String> keys = new LinkedHashSet<>();
        for (String n : new String[] {a.name(), written}) {
            if (n == null) {
                continue;
            }
            keys.add(n.toLowerCase(Locale.ROOT));
            for (String w : n.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
                if (w.length() > 1) {
                    keys.add(w);
                }
            }
        }
        for (String k : keys) {
            Actor old = persons.get(k);
            if (old != null && !same(old, a)) {
                ambiguous.add(k);
            }
            persons.put(k, a);
        }
    }

    /** The person a bare name refers to ("Ma" after "Ma Zhaoxu"), or {@code null} if none or ambiguous. */
    Actor person(String written) {
        String k = written.toLowerCase(Locale.ROOT).strip();
        if (ambiguous.contains(k)) {
            return null;
        }
        Actor a = persons.get(k);
        if (a != null) {
            return a;
        }
        // every word of a longer name must point to the same person
        Actor found = null;
        for (String w : k.split("[\\s-]+")) {
            Actor p = ambiguous.contains(w) ? null : persons.get(w);
            if (p == null || (found != null && !same(found, p))) {
                return null;
            }
            found = p;
        }
        return found;
    }

    /** A person named as the subject of a clause in that sentence. */
    void subject(Actor a, int sentence) {
        if (sentence != lastSubjectSentence) {
            lastSubjects = new LinkedHashSet<>();
            lastSubjectSentence = sentence;
        }
        lastSubjects.add(a.name() != null ? a.name() : a.text());
        lastSubject = a;
    }

    /** A person named as the subject of a clause whom no dictionary knows: a later "he" or "she" is no known actor. */
    void unknownSubject(String written, int sentence) {
        if (sentence != lastSubjectSentence) {
            lastSubjects = new LinkedHashSet<>();
            lastSubjectSentence = sentence;
        }
        lastSubjects.add(written);
        lastSubject = null;
    }

    /** The subject of a sentence's main clause: one actor that is no person, or {@code null} for anything else. */
    void mainSubject(Actor a, int sentence) {
        lastMainSubject = a;
        lastMainSubjectSentence = sentence;
    }

    /**
     * What a subject "it" stands for in this sentence: the state, body or group that was the subject of the sentence
     * before ("China released a position paper. It urged Russia to ..."); {@code null} when that subject was anything else.
     */
    Actor itSubject(int sentence) {
        return lastMainSubjectSentence == sentence - 1 ? lastMainSubject : null;
    }

    /**
     * The person "he"/"she" stands for: the last person named as a subject, if that sentence named only one, the
     * dictionaries know that person, and nothing says the pronoun cannot be that person ("she" after "Donald Trump").
     */
    Actor pronounSubject(String pronoun) {
        return lastSubjects.size() == 1 && lastSubject != null && !PersonGender.standard().contradicts(pronoun, lastSubject)
                ? lastSubject : null;
    }

    /** Any actor named, for "the two sides" and for titles without a country. */
    void mentioned(Actor a) {
        if (a.country().isEmpty()) {
            return; // "police", "officials": a sector of no named country is no side of a pair
        }
        recent.removeIf(r -> r.country().equals(a.country()));
        recent.add(a);
        countryCounts.merge(a.country(), 1, Integer::sum);
    }

    /**
     * The two actors last named, of two countries, oldest first; agents (a person, a government: an actor with a
     * sector) before bare country names, which are often only the topic ("discussed Ukraine"). Empty when fewer
     * than two were named.
     */
    List<Actor> lastTwo() {
        List<Actor> agents = recent.stream().filter(a -> !a.sector().isEmpty()).toList();
        List<Actor> from = agents.size() >= 2 ? agents : recent;
        return from.size() < 2 ? List.of() : List.copyOf(from.subList(from.size() - 2, from.size()));
    }

    /** The country named most often so far, when one leads; {@code null} otherwise. */
    String usualCountry() {
        String best = null;
        int most = 0;
        boolean tie = false;
        for (Map.Entry<String, Integer> e : countryCounts.entrySet()) {
            if (e.getKey().equals("IGO") || e.getKey().equals("NGO")) {
                continue;
            }
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
                tie = false;
            } else if (e.getValue() == most) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    private static boolean same(Actor a, Actor b) {
        return a.code().equals(b.code()) && java.util.Objects.equals(a.name(), b.name());
    }
}
