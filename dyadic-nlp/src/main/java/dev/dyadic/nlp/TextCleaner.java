package dev.dyadic.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs machine-translation debris before NLP ("week.At", "anti -terrorism", "Israel Israel", curly quotes),
 * keeping a map of offsets back to the original text, as Lucene's char filters do. The rules are read from
 * {@code /dyadic/cleanup/rules.tsv}.
 */
public final class TextCleaner {

    /** One rewrite rule: every match of {@code pattern} is replaced by {@code replacement}. */
    public record Rule(String name, Pattern pattern, String replacement) {
    }

    private final List<Rule> rules;

    public TextCleaner(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The cleaner with the rules shipped in the resource file. */
    public static TextCleaner standard() {
        return new TextCleaner(loadRules("/dyadic/cleanup/rules.tsv"));
    }

    public List<Rule> rules() {
        return rules;
    }

    public CleanText clean(String original) {
        CleanText current = CleanText.identity(original);
        for (Rule rule : rules) {
            current = apply(rule, current);
        }
        return current;
    }

    private static CleanText apply(Rule rule, CleanText in) {
        Matcher m = rule.pattern().matcher(in.text());
        if (!m.find()) {
            return in;
        }
        String text = in.text();
        StringBuilder out = new StringBuilder(text.length());
        int[] map = in.originalOffset();
        IntList outMap = new IntList(map.length);
        int last = 0;
        do {
            for (int i = last; i < m.start(); i++) {
                out.append(text.charAt(i));
                outMap.add(map[i]);
            }
            alignReplacement(m.group(), expand(m, rule.replacement()), m.start(), map, out, outMap);
            last = m.end();
        } while (m.find());
        for (int i = last; i < text.length(); i++) {
            out.append(text.charAt(i));
            outMap.add(map[i]);
        }
        outMap.add(map[text.length()]);
        return new CleanText(out.toString(), outMap.toArray());
    }

    /** Expands $n group references (a missing group expands to nothing) and the escapes \\n, \\t. */
    private static String expand(Matcher m, String template) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '$' && i + 1 < template.length() && Character.isDigit(template.charAt(i + 1))) {
                String g = m.group(template.charAt(++i) - '0');
                if (g != null) {
                    sb.append(g);
                }
            } else if (c == '\\' && i + 1 < template.length()) {
                char e = template.charAt(++i);
                sb.append(e == 'n' ? '\n' : e == 't' ? '\t' : e);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Maps the characters of a replacement to original offsets: its common prefix and suffix with the matched
     * text keep their own offsets; what is new points at the first original character it stands for.
     */
    private static void alignReplacement(String matched, String replacement, int start, int[] map,
                                         StringBuilder out, IntList outMap) {
        int prefix = 0;
        while (prefix < matched.length() && prefix < replacement.length()
                && matched.charAt(prefix) == replacement.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < matched.length() - prefix && suffix < replacement.length() - prefix
                && matched.charAt(matched.length() - 1 - suffix) == replacement.charAt(replacement.length() - 1 - suffix)) {
            suffix++;
        }
        for (int i = 0; i < replacement.length(); i++) {
            out.append(replacement.charAt(i));
            int offset;
            if (i < prefix) {
                offset = map[start + i];
            } else if (i >= replacement.length() - suffix) {
                offset = map[start + matched.length() - (replacement.length() - i)];
            } else {
                offset = map[start + Math.min(prefix, matched.length() - 1)];
            }
            outMap.add(offset);
        }
    }

    static List<Rule> loadRules(String resource) {
        List<Rule> rules = new ArrayList<>();
        try (InputStream in = TextCleaner.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("clean-up rules missing: " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 3) {
                    throw new IllegalStateException(resource + ":" + n + ": expected name<TAB>regex<TAB>replacement");
                }
                rules.add(new Rule(f[0], Pattern.compile(f[1]), f[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rules;
    }

    /** A growable int array. */
    private static final class IntList {
        private int[] data;
        private int size;

        IntList(int capacity) {
            data = new int[Math.max(16, capacity)];
        }

        void add(int v) {
            if (size == data.length) {
                data = java.util.Arrays.copyOf(data, size * 2);
            }
            data[size++] = v;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(data, size);
        }
    }
}
