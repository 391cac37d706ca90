package dev.dyadic.actors;

import dev.dyadic.model.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds dictionary terms in a token sequence: a trie over normalised words, longest match first, one pass per
 * sentence. Words written in capitals in the dictionary ("UN", "WHO", "US") match only in capitals; all other
 * words match in any case.
 */
final class TermTrie {
    private final Node root = new Node();

    private static final class Node {
        final Map<String, Node> next = new HashMap<>();
        Term term;
        int priority;
    }

    /**
     * Adds an entry; its words are split as CoreNLP splits them ("China's" -> "China", "'s"). Of two terms with the
     * same words, the one of higher priority stays, and of equal priority the first.
     */
    void add(String entry, Term term, int priority) {
        addWords(words(entry), term, priority);
        if (entry.contains("-")) {
            // CoreNLP splits most hyphenated words: "Timor-Leste" -> "Timor", "-", "Leste"
            addWords(words(entry.replace("-", " - ")), term, priority);
        }
    }

    private void addWords(List<String> words, Term term, int priority) {
        if (words.isEmpty()) {
            return;
        }
        Node n = root;
        for (String w : words) {
            n = n.next.computeIfAbsent(key(w), k -> new Node());
        }
        if (n.term == null || priority > n.priority) {
            n.term = term;
            n.priority = priority;
        }
    }

    /** All longest non-overlapping matches, left to right. */
    List<TermMatch> match(List<Token> tokens) {
        List<TermMatch> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Node n = root;
            Term best = null;
            int bestEnd = -1;
            for (int j = i; j < tokens.size(); j++) {
                n = n.next.get(key(tokens.get(j).word()));
                if (n == null) {
                    break;
                }
                if (n.term != null) {
                    best = n.term;
                    bestEnd = j;
                }
            }
            if (best != null) {
                out.add(new TermMatch(best, i + 1, bestEnd + 1));
                i = bestEnd + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    /** Words in capitals (two letters or more, dots allowed) keep their case; others are lower-cased. */
    static String key(String word) {
        String letters = word.replace(".", "").replace("-", "");
        boolean capitals = letters.length() >= 2 && letters.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
        return capitals ? word : word.toLowerCase(Locale.ROOT);
    }

    static List<String> words(String entry) {
        List<String> out = new ArrayList<>();
        for (String w : entry.trim().split("\\s+")) {
            if (w.length() > 2 && (w.endsWith("'s") || w.endsWith("’s"))) {
                out.add(w.substring(0, w.length() - 2));
                out.add("'s");
            } else if (!w.isEmpty()) {
                out.add(w);
            }
        }
        if (out.size() > 1 && out.get(0).equalsIgnoreCase("the")) {
            out.remove(0);
        }
        return out;
    }
}
