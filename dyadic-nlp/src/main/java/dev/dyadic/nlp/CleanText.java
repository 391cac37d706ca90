package dev.dyadic.nlp;

/**
 * Text after clean-up, with a map from each of its characters back to the original text.
 *
 * @param text           the cleaned text
 * @param originalOffset for each character of {@code text} (and one past the end), its offset in the original
 */
public record CleanText(String text, int[] originalOffset) {

    /** Offset in the original text of the character at {@code cleanOffset}. */
    public int toOriginal(int cleanOffset) {
        return originalOffset[cleanOffset];
    }

    /** Original end offset (exclusive) of a span that ends (exclusive) at {@code cleanEnd}. */
    public int toOriginalEnd(int cleanEnd) {
        return cleanEnd == 0 ? originalOffset[0] : originalOffset[cleanEnd - 1] + 1;
    }

    /** The text unchanged: every offset maps to itself. */
    public static CleanText identity(String text) {
        int[] map = new int[text.length() + 1];
        for (int i = 0; i < map.length; i++) {
            map[i] = i;
        }
        return new CleanText(text, map);
    }
}
