package dev.dyadic.coder;

import dev.dyadic.model.ActorMention;
import java.util.ArrayList;
import java.util.List;

/**
 * Why each candidate word of a sentence was or was not coded, for {@code dyadic explain}. Filled by
 * {@link EventCoder#code} when one is given; the coder does no extra work without it.
 */
public final class CodingTrace {
    /**
     * One decision.
     *
     * @param token   1-based index of the verb or noun considered
     * @param word    the word
     * @param outcome what was decided: "event", "no event", "skipped"
     * @param reason  why, in words
     */
    public record Decision(int token, String word, String outcome, String reason) {
    }

    private final List<Decision> decisions = new ArrayList<>();
    private final List<ActorMention> actors = new ArrayList<>();
    private final boolean keepsDecisions;

    public CodingTrace() {
        this(true);
    }

    private CodingTrace(boolean keepsDecisions) {
        this.keepsDecisions = keepsDecisions;
    }

    /** A trace that keeps the actors found and forgets the decisions (for storing actor mentions). */
    public static CodingTrace actorsOnly() {
        return new CodingTrace(false);
    }

    void add(int token, String word, String outcome, String reason) {
        if (keepsDecisions) {
            decisions.add(new Decision(token, word, outcome, reason));
        }
    }

    /** Forgets what was decided for a word that is decided again ("threatened to resign": the threat, not the act). */
    void retract(int token) {
        decisions.removeIf(d -> d.token() == token);
    }

    void actors(List<ActorMention> found) {
        actors.addAll(found);
    }

    /** The actors the sentences name, as the coder resolved them. */
    public List<ActorMention> actors() {
        return List.copyOf(actors);
    }

    public List<Decision> decisions() {
        return List.copyOf(decisions);
    }
}
