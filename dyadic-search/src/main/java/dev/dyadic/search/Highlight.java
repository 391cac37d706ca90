package dev.dyadic.search;

/**
 * A matched word (or phrase) inside a {@link Snippet}.
 *
 * @param begin offset of its first char, relative to the snippet text
 * @param end   offset just past its last char, relative to the snippet text
 */
public record Highlight(int begin, int end) {
    public Highlight {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad highlight [" + begin + ", " + end + ")");
        }
    }
}
