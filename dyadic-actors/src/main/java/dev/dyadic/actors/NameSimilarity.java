package dev.dyadic.actors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How alike two names sound after machine translation: letters folded to a rough phonetic key (no accents, c/k/q
 * alike, y as i, w as v, doubled letters once), then Jaro-Winkler similarity, word against word.
 * "Culba" ~ "Kuleba" 0.96, "Zelei" ~ "Zelensky" 0.93, "Gusmang" ~ "Gusmao" 0.91; "Sybiha" ~ "Kuleba" 0 (first letters differ).
 */
public final class NameSimilarity {
    private NameSimilarity() {
    }

    /**
     * The best similarity of any word of {@code written} to any word of {@code known} (0 to 1). Words of two letters
     * or fewer are ignored; the first letters of the two words must agree after folding.
     */
    public static double score(String written, String known) {
        double best = 0;
        for (String w : words(written)) {
            for (String k : words(known)) {
                if (w.charAt(0) == k.charAt(0)) {
                    best = Math.max(best, jaroWinkler(w, k));
                }
            }
        }
        return best;
    }

    static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : fold(name).split("[^a-z]+")) {
            if (w.length() > 2) {
                out.add(w);
            }
        }
        return out;
    }

    /** A rough phonetic key: "Zelenskyy" -> "zelenski", "Culba" -> "kulba", "Gusmão" -> "gusmao". */
    static String fold(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        s = s.replace("ph", "f").replace("ck", "k").replace("kh", "h").replace("gh", "g").replace("zh", "z").replace("sch", "sh")
                .replace("ch", "\u0001").replace('c', 'k').replace('q', 'k').replace("\u0001", "ch")
                .replace('y', 'i').replace('w', 'v');
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (i == 0 || c != s.charAt(i - 1)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    static double jaroWinkler(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        int window = Math.max(0, Math.max(a.length(), b.length()) / 2 - 1);
        boolean[] aMatched = new boolean[a.length()];
        boolean[] bMatched = new boolean[b.length()];
        int matches = 0;
        for (int i = 0; i < a.length(); i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(b.length() - 1, i + window);
            for (int j = from; j <= to; j++) {
                if (!bMatched[j] && a.charAt(i) == b.charAt(j)) {
                    aMatched[i] = true;
                    bMatched[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        int transpositions = 0;
        int j = 0;
        for (int i = 0; i < a.length(); i++) {
            if (aMatched[i]) {
                while (!bMatched[j]) {
                    j++;
                }
                if (a.charAt(i) != b.charAt(j)) {
                    transpositions++;
                }
                j++;
            }
        }
        double m = matches;
        double jaro = (m / a.length() + m / b.length() + (m - transpositions / 2.0) / m) / 3;
        int prefix = 0;
        while (prefix < Math.min(4, Math.min(a.length(), b.length())) && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }
}
