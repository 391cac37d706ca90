package dev.dyadic.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns the highlighter's passages into {@link Snippet}s that keep true offsets into the article text.
 * Whitespace at either end of a passage is left out (offsets adjusted); overlapping matches are merged.
 */
final class SnippetFormatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
        List<Snippet> snippets = new ArrayList<>(passages.length);
        for (Passage p : passages) {
            int begin = Math.max(0, p.getStartOffset());
            int end = Math.min(content.length(), p.getEndOffset());
            while (begin < end && Character.isWhitespace(content.charAt(begin))) {
                begin++;
            }
            while (end > begin && Character.isWhitespace(content.charAt(end - 1))) {
                end--;
            }
            if (begin >= end) {
                continue;
            }
            List<Highlight> highlights = new ArrayList<>(p.getNumMatches());
            int[][] matches = new int[p.getNumMatches()][];
            for (int i = 0; i < matches.length; i++) {
                matches[i] = new int[] {p.getMatchStarts()[i], p.getMatchEnds()[i]};
            }
            Arrays.sort(matches, Comparator.comparingInt((int[] m) -> m[0]).thenComparingInt(m -> m[1]));
            int lastBegin = -1;
            int lastEnd = -1;
            for (int[] m : matches) {
                int b = Math.max(m[0], begin);
                int e = Math.min(m[1], end);
                if (b >= e) {
                    continue;
                }
                if (lastEnd >= 0 && b <= lastEnd) { // overlaps or touches the previous match: merge
                    lastEnd = Math.max(lastEnd, e);
                    continue;
                }
                if (lastEnd >= 0) {
                    highlights.add(new Highlight(lastBegin - begin, lastEnd - begin));
                }
                lastBegin = b;
                lastEnd = e;
            }
            if (lastEnd >= 0) {
                highlights.add(new Highlight(lastBegin - begin, lastEnd - begin));
            }
            snippets.add(new Snippet(content.substring(begin, end), begin, end, highlights));
        }
        return snippets;
    }
}
