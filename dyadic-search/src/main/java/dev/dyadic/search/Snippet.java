package dev.dyadic.search;

import java.util.List;

/**
 * A passage of an article's text, with the matched words located.
 *
 * @param text       the passage, exactly as in the article text ({@code text.substring(begin, end)})
 * @param begin      offset of the passage in the article text
 * @param end        offset just past the passage in the article text
 * @param highlights matched words, in order and not overlapping, as offsets relative to {@code text}
 */
public record Snippet(String text, int begin, int end, List<Highlight> highlights) {
    public Snippet {
        highlights = highlights == null ? List.of() : List.copyOf(highlights);
    }

    /** The passage with each highlight wrapped in {@code open} and {@code close}, e.g. {@code render("[", "]")}. */
    public String render(String open, String close) {
        StringBuilder out = new StringBuilder(text.length() + highlights.size() * (open.length() + close.length()));
        int at = 0;
        for (Highlight h : highlights) {
            int b = Math.max(h.begin(), at);
            int e = Math.min(h.end(), text.length());
            if (b >= e) {
                continue;
            }
            out.append(text, at, b).append(open).append(text, b, e).append(close);
            at = e;
        }
        return out.append(text, at, text.length()).toString();
    }
}
