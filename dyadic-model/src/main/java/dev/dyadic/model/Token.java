package dev.dyadic.model;

/**
 * One token of an analysed sentence.
 *
 * @param index          1-based position in its sentence (0 is the dependency root)
 * @param word           surface form
 * @param lemma          lemma, lower case for common words
 * @param pos            Penn Treebank part of speech
 * @param ner            coarse named-entity class (PERSON, LOCATION, ORGANIZATION, DATE, ...) or "O"
 * @param normalizedTime normalised value of a DATE/TIME expression ("2023-03-16", "2022-12"), or {@code null}
 * @param begin          character offset in the article's original text
 * @param end            end offset (exclusive) in the article's original text
 */
public record Token(int index, String word, String lemma, String pos, String ner, String normalizedTime,
                   int begin, int end) {

    public boolean isVerb() {
        return pos.startsWith("VB");
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    public String lowerWord() {
        return word.toLowerCase(java.util.Locale.ROOT);
    }
}
