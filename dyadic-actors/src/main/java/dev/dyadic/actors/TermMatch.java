package dev.dyadic.actors;

/** A dictionary term found in a sentence, over tokens {@code first..last} (1-based, inclusive). */
public record TermMatch(Term term, int first, int last) {
    public boolean covers(int token) {
        return token >= first && token <= last;
    }
}
