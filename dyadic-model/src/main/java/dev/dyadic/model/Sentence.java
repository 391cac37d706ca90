package dev.dyadic.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One analysed sentence: tokens and their dependency parse.
 *
 * @param index        0-based position in the article
 * @param begin        character offset of its first token in the article's original text
 * @param end          end offset (exclusive) of its last token
 * @param text         the sentence as it stands in the original text ({@code text.substring(begin, end)})
 * @param tokens       tokens, {@code tokens.get(i - 1)} has index {@code i}
 * @param dependencies the basic UD dependency edges, one per token; none when the NLP cascade skipped the sentence
 */
public record Sentence(int index, int begin, int end, String text, List<Token> tokens, List<Dependency> dependencies) {

    public Sentence {
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
    }

    /**
     * Whether the sentence went through the expensive NLP stages (named entities, dates, dependency parse). The
     * cascade skips sentences that cannot hold an event; they keep tokens, tags and lemmas only.
     */
    public boolean isParsed() {
        return !dependencies.isEmpty() || tokens.isEmpty();
    }

    /** This sentence as the cascade's gate sees it: tokens, tags and lemmas, no named entities, dates or parse. */
    public Sentence withoutParse() {
        List<Token> plain = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            plain.add(new Token(t.index(), t.word(), t.lemma(), t.pos(), "O", null, t.begin(), t.end()));
        }
        return new Sentence(index, begin, end, text, plain, List.of());
    }

    /** The token with 1-based index {@code i}. */
    public Token token(int i) {
        return tokens.get(i - 1);
    }

    public int size() {
        return tokens.size();
    }

    /** The edge that attaches token {@code i} to its head, or {@code null} for an unattached token. */
    public Dependency headEdge(int i) {
        for (Dependency d : dependencies) {
            if (d.dependent() == i) {
                return d;
            }
        }
        return null;
    }

    /** Index of the head of token {@code i} (0 for the root, -1 when unattached). */
    public int head(int i) {
        Dependency d = headEdge(i);
        return d == null ? -1 : d.governor();
    }

    /** Relation by which token {@code i} attaches to its head ("" when unattached). */
    public String relation(int i) {
        Dependency d = headEdge(i);
        return d == null ? "" : d.relation();
    }

    /** The outgoing edges of token {@code i}, in token order. */
    public List<Dependency> children(int i) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.governor() == i) {
                out.add(d);
            }
        }
        out.sort((a, b) -> Integer.compare(a.dependent(), b.dependent()));
        return out;
    }

    /** Dependents of {@code i} whose relation equals {@code relation} or starts with {@code relation + ":"}. */
    public List<Integer> children(int i, String relation) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : children(i)) {
            if (d.relation().equals(relation) || d.relation().startsWith(relation + ":")) {
                out.add(d.dependent());
            }
        }
        return out;
    }

    /** All tokens of the subtree headed by {@code i}, sorted, including {@code i}. */
    public List<Integer> subtree(int i) {
        List<Integer> out = new ArrayList<>();
        collect(i, out);
        Collections.sort(out);
        return out;
    }

    private void collect(int i, List<Integer> out) {
        out.add(i);
        for (Dependency d : dependencies) {
            if (d.governor() == i && !out.contains(d.dependent())) {
                collect(d.dependent(), out);
            }
        }
    }

    /** The original text covered by tokens {@code from..to} (inclusive, 1-based). */
    public String span(int from, int to) {
        return text.substring(token(from).begin() - begin, token(to).end() - begin);
    }
}
