package dev.dyadic.actors;

import dev.dyadic.model.Actor;
import dev.dyadic.model.ActorMention;
import dev.dyadic.model.Dependency;
import dev.dyadic.model.Sentence;
import dev.dyadic.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The actors of one sentence. An actor is read off a noun phrase: its head must name an actor (a country, a capital,
 * an organisation, an agent word such as "minister" or "troops", or a person or organisation found by NER), and its
 * modifiers give the country and the sector: "Chinese Foreign Minister Qin Gang" -> CHN + GOV, named Qin Gang.
 */
public final class SentenceActors {
    /** Relations that stay inside one noun phrase. */
    private static final Set<String> PHRASE_RELATIONS = Set.of("compound", "flat", "amod", "nmod:poss", "appos", "det", "case");

    private final Sentence sentence;
    private final List<TermMatch> matches;

    SentenceActors(Sentence sentence, List<TermMatch> matches) {
        this.sentence = sentence;
        this.matches = List.copyOf(matches);
    }

    public Sentence sentence() {
        return sentence;
    }

    /** Dictionary terms found in the sentence. */
    public List<TermMatch> matches() {
        return matches;
    }

    /**
     * The actors of the noun phrase headed by {@code head}, with its coordinated phrases ("China and Russia"):
     * empty when the phrase names no actor.
     */
    public List<Actor> actorsAt(int head) {
        List<Actor> out = new ArrayList<>();
        Actor first = actorAt(head);
        if (first == null) {
            return out;
        }
        out.add(first);
        for (int conj : sentence.children(head, "conj")) {
            Actor other = actorAt(conj);
            if (other != null && out.stream().noneMatch(a -> a.code().equals(other.code()) && a.text().equals(other.text()))) {
                out.add(other);
            }
        }
        return out;
    }

    /** Every noun phrase of the sentence that names an actor. */
    public List<ActorMention> mentions() {
        List<ActorMention> out = new ArrayList<>();
        for (Token t : sentence.tokens()) {
            if (isPhraseHead(t.index())) {
                Actor a = actorAt(t.index());
                if (a != null) {
                    List<Integer> phrase = phrase(t.index());
                    out.add(new ActorMention(sentence.index(), t.index(), phrase.get(0), phrase.get(phrase.size() - 1), a));
                }
            }
        }
        return out;
    }

    private boolean isPhraseHead(int i) {
        return !PHRASE_RELATIONS.contains(sentence.relation(i)) && !sentence.relation(i).startsWith("compound");
    }

    /** The actor named by the single noun phrase headed by {@code head}, or {@code null}. */
    public Actor actorAt(int head) {
        Token h = sentence.token(head);
        if (!h.isNoun()) {
            return null;
        }
        List<Integer> phrase = phrase(head);
        TermMatch atHead = covering(head);
        boolean actorHead = atHead != null || "PERSON".equals(h.ner()) || "ORGANIZATION".equals(h.ner());
        if (!actorHead) {
            return null;
        }
        List<TermMatch> inPhrase = new ArrayList<>();
        for (TermMatch m : matches) {
            if (phrase.contains(m.first()) && phrase.contains(m.last())) {
                inPhrase.add(m);
            }
        }
        String text = text(phrase);
        String person = personName(head);
        TermMatch sectorTerm = nearestBefore(inPhrase, head, Term.Kind.SECTOR);
        String role = person != null && sectorTerm != null ? sentence.span(sectorTerm.first(), sectorTerm.last()) : null;

        TermMatch organisation = atHead != null && atHead.term().kind() == Term.Kind.ORGANISATION ? atHead
                : nearestBefore(inPhrase, head, Term.Kind.ORGANISATION);
        if (organisation != null) {
            String code = organisation.term().code();
            String name = sentence.span(organisation.first(), organisation.last());
            return new Actor(code, code.substring(0, 3), code.length() > 3 ? code.substring(3) : "", person != null ? person : name, role, text);
        }
        TermMatch country = countryOf(inPhrase, head);
        if (country == null) {
            return null;
        }
        String sector = sectorTerm != null ? sectorTerm.term().code()
                : country.term().kind() == Term.Kind.METONYM ? country.term().sector() : "";
        return Actor.of(country.term().code(), sector, person, role, text);
    }

    /** The country of a phrase: the term at its head, else the possessor ("China's"), else the first one. */
    private TermMatch countryOf(List<TermMatch> inPhrase, int head) {
        TermMatch first = null;
        for (TermMatch m : inPhrase) {
            if (!m.term().namesCountry()) {
                continue;
            }
            if (m.covers(head)) {
                return m;
            }
            if (first == null) {
                first = m;
            }
        }
        for (int poss : sentence.children(head, "nmod:poss")) {
            for (TermMatch m : inPhrase) {
                if (m.term().namesCountry() && m.covers(poss)) {
                    return m;
                }
            }
        }
        return first;
    }

    private TermMatch covering(int token) {
        for (TermMatch m : matches) {
            if (m.covers(token)) {
                return m;
            }
        }
        return null;
    }

    /** The term of that kind covering the head, else the nearest one before it. */
    private static TermMatch nearestBefore(List<TermMatch> inPhrase, int head, Term.Kind kind) {
        TermMatch best = null;
        for (TermMatch m : inPhrase) {
            if (m.term().kind() != kind) {
                continue;
            }
            if (m.covers(head)) {
                return m;
            }
            if (m.last() < head && (best == null || m.last() > best.last())) {
                best = m;
            }
        }
        return best;
    }

    /** The tokens of the noun phrase headed by {@code head}, following only phrase-internal relations. */
    List<Integer> phrase(int head) {
        Set<Integer> out = new TreeSet<>();
        collect(head, out);
        return new ArrayList<>(out);
    }

    private void collect(int i, Set<Integer> out) {
        out.add(i);
        for (Dependency d : sentence.children(i)) {
            String r = d.relation();
            if (PHRASE_RELATIONS.contains(r) || r.startsWith("compound") || (r.equals("nmod") && hasCase(d.dependent(), "of"))) {
                collect(d.dependent(), out);
            }
        }
    }

    private boolean hasCase(int i, String word) {
        for (int c : sentence.children(i, "case")) {
            if (sentence.token(c).lowerWord().equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** The run of PERSON tokens around the head, or {@code null}. */
    private String personName(int head) {
        if (!"PERSON".equals(sentence.token(head).ner())) {
            return null;
        }
        int from = head;
        int to = head;
        while (from > 1 && "PERSON".equals(sentence.token(from - 1).ner())) {
            from--;
        }
        while (to < sentence.size() && "PERSON".equals(sentence.token(to + 1).ner())) {
            to++;
        }
        return sentence.span(from, to);
    }

    /** The words of a phrase, without leading determiners and trailing punctuation. */
    private String text(List<Integer> phrase) {
        int from = phrase.get(0);
        int to = phrase.get(phrase.size() - 1);
        // leading determiners, quotes and the preposition that attaches the phrase ("with", "by", "on")
        while (from < to && (sentence.token(from).pos().equals("DT") || sentence.token(from).pos().equals("``")
                || sentence.token(from).pos().equals("IN") || sentence.token(from).pos().equals("TO"))) {
            from++;
        }
        while (to > from && !Character.isLetterOrDigit(sentence.token(to).word().charAt(0))) {
            to--;
        }
        return sentence.span(from, to);
    }
}
