package dev.dyadic.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words a time expression can be made of ({@code /dyadic/nlp/temporal-words.txt}), so that SUTime, the costliest
 * of the NLP stages per sentence, runs only where it can find something.
 */
final class TemporalWords {
    private final Set<String> words;

    TemporalWords(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    static TemporalWords standard() {
        Set<String> words = new HashSet<>();
        try (InputStream in = TemporalWords.class.getResourceAsStream("/dyadic/nlp/temporal-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("resource missing: /dyadic/nlp/temporal-words.txt");
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().forEach(line -> {
                int comment = line.indexOf('#');
                for (String w : (comment >= 0 ? line.substring(0, comment) : line).trim().split("\\s+")) {
                    if (!w.isEmpty()) {
                        words.add(w.toLowerCase(Locale.ROOT));
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TemporalWords(words);
    }

    /**
     * Whether a tagged sentence has a word of the list, also inside a hyphenated word ("mid-January"), or a number
     * that can be a date or time by itself: a year ("2019", "1990s"), an ordinal day ("16th"), a written date or
     * time ("16/03", "17:30"). A lower-case verb or modal ("may", "march") does not count, nor does a count ("19
     * people": a count of days, "19 days", has its unit in the list).
     */
    boolean mayHoldTime(List<CoreLabel> tokens) {
        for (CoreLabel t : tokens) {
            String w = t.word();
            String tag = t.tag() == null ? "" : t.tag();
            boolean verb = tag.equals("MD") || tag.startsWith("VB");
            if ((!verb || Character.isUpperCase(w.charAt(0))) && isListed(w) || DATE_LIKE_NUMBER.matcher(w).matches()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern DATE_LIKE_NUMBER = Pattern.compile(
            "(1\\d{3}|20\\d{2})(s|'s)?|'\\d0s|\\d{1,2}(st|nd|rd|th)|\\d{1,4}[/.:-]\\d{1,2}([/.:-]\\d{1,4})?|\\d{1,2}([ap]\\.?m\\.?|h)|\\d{3,4}(gmt|GMT|hrs|h)",
            Pattern.CASE_INSENSITIVE);

    /** A word of the list, without a final full stop ("Sept."), or such a word or a year inside a hyphenated word. */
    private boolean isListed(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith(".") && w.length() > 1) {
            w = w.substring(0, w.length() - 1);
        }
        if (words.contains(w)) {
            return true;
        }
        if (w.indexOf('-') > 0) {
            for (String part : w.split("-")) {
                if (words.contains(part) || DATE_LIKE_NUMBER.matcher(part).matches()) {
                    return true;
                }
            }
        }
        return false;
    }
}
