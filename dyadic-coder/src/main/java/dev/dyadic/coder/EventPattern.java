package dev.dyadic.coder;

import java.util.List;
import java.util.Set;

/**
 * One line of a pattern file: a verb (with an optional particle, object and prepositional groups) that codes an event.
 *
 * @param code        CAMEO code, or {@link #NOT_AN_EVENT} for a pattern that says the verb is not an event here
 * @param verbs       verb lemmas
 * @param preposition required preposition or particle, or {@code null}
 * @param objects     required object nouns (any of them), empty when none is required
 * @param groups      required prepositional groups ("(to border)")
 * @param targets     target slots, in the order they are tried
 * @param sources     slots where the source is, tried before the subject ({@code $from}); usually empty
 * @param source      the line as written, with its file and number ("patterns.txt:57: 041 call -> with conj obj")
 */
public record EventPattern(String code, Set<String> verbs, String preposition, Set<Noun> objects, List<Group> groups,
                           List<String> targets, List<String> sources, String source) {
    /** The code of a pattern that stops more general ones: the verb is not an event when it matches. */
    public static final String NOT_AN_EVENT = "---";
    /** A group with this word for its preposition asks for the subject's head ("(subject peacekeepers)"). */
    public static final String SUBJECT = "subject";
    /** The object {@code *}: any common noun that names no actor ("return * -> to!": returning things, not people). */
    public static final Noun ANY_THING = new Noun("*", List.of());
    /** The object {@code @person}: a person's name or a personal pronoun ("fire @person ->": dismissing someone). */
    public static final Noun A_PERSON = new Noun("@person", List.of());

    /**
     * A noun a pattern requires: its head lemma and words that must modify it ({@code humanitarian_aid}).
     *
     * @param head      lower-case head noun
     * @param modifiers lower-case words that must be among the head's dependents
     */
    public record Noun(String head, List<String> modifiers) {
        static Noun parse(String written) {
            String[] words = written.split("_");
            return new Noun(words[words.length - 1], List.of(words).subList(0, words.length - 1));
        }

        @Override
        public String toString() {
            return modifiers.isEmpty() ? head : String.join("_", modifiers) + "_" + head;
        }
    }

    /**
     * A prepositional group a pattern requires: an oblique or noun modifier with this case word and one of these heads;
     * with {@link #SUBJECT} for its case word, the subject's head ("(subject peacekeepers)").
     *
     * @param preposition the case word, or {@link #SUBJECT}
     * @param nouns       the heads allowed; none for any head that is not a time ("set off (for)": a second required
     *                    preposition)
     */
    public record Group(String preposition, Set<Noun> nouns) {
    }

    /** How much the pattern asks of a sentence beyond its verb: a preposition 1, an object or a group 2 each. */
    public int specificity() {
        return (preposition == null ? 0 : 1) + (objects.isEmpty() ? 0 : 2) + 2 * groups.size();
    }

    /**
     * Whether this is a line converted from PETRARCH-2 whose condition on the subject refines its verb's code
     * ("suicide bombers attacked" is 1831). Such a condition is PETRARCH's word list, not a reading chosen for Dyadic:
     * it ranks below what the rest of the line asks (see {@link PatternBook}).
     */
    public boolean refinesBySubject() {
        return !isHandWritten() && groups.stream().anyMatch(g -> g.preposition().equals(SUBJECT));
    }

    /** {@link #specificity()} without a converted line's subject condition: the first key of the order tried. */
    int rank() {
        return specificity() - (refinesBySubject() ? 2 : 0);
    }

    /**
     * Whether the line was written for Dyadic ({@code patterns.txt}, {@code noun-patterns.txt}), whose target slots are
     * chosen for the act, rather than converted from PETRARCH, whose lines list every preposition.
     */
    public boolean isHandWritten() {
        return source.startsWith("patterns.txt") || source.startsWith("noun-patterns.txt");
    }

    public boolean isEvent() {
        return !NOT_AN_EVENT.equals(code);
    }
}
