package dev.dyadic.coder;

import java.util.List;
import java.util.Set;

/**
 * One line of the pattern file: a verb (with an optional preposition and object) that codes an event.
 *
 * @param code        CAMEO code
 * @param verbs       verb lemmas
 * @param preposition required preposition or particle, or {@code null}
 * @param objects     required object lemmas (any of them), empty when none is required
 * @param targets     target slots, in the order they are tried
 * @param source      the line as written, with its number ("patterns.txt:57: 041 call -> with conj obj")
 */
public record EventPattern(String code, Set<String> verbs, String preposition, Set<String> objects,
                           List<String> targets, String source) {
}
