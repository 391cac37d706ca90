package dev.dyadic.coder;

import dev.dyadic.model.CameoCodebook;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The event patterns, read from {@code /dyadic/coder/patterns.txt} and indexed by verb lemma. */
public final class PatternBook {
    /** Words read as a required preposition or particle rather than an object. */
    static final Set<String> PREPOSITIONS = Set.of("on", "for", "to", "with", "against", "from", "at", "in", "into",
            "about", "over", "off", "up", "out", "down", "back", "between", "by");

    private final List<EventPattern> patterns;
    private final Map<String, List<EventPattern>> byVerb = new HashMap<>();

    public PatternBook(List<EventPattern> patterns) {
        this.patterns = List.copyOf(patterns);
        for (EventPattern p : patterns) {
            for (String v : p.verbs()) {
                byVerb.computeIfAbsent(v, k -> new ArrayList<>()).add(p);
            }
        }
    }

    public static PatternBook standard() {
        return parse("patterns.txt", read("/dyadic/coder/patterns.txt"), CameoCodebook.standard());
    }

    public List<EventPattern> patterns() {
        return patterns;
    }

    /** Patterns for a verb lemma, in file order. */
    public List<EventPattern> forVerb(String lemma) {
        return byVerb.getOrDefault(lemma, List.of());
    }

    /** Parses pattern lines; a malformed line or an unknown CAMEO code is an error naming the line. */
    public static PatternBook parse(String name, List<String> lines, CameoCodebook codebook) {
        List<EventPattern> out = new ArrayList<>();
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = name + ":" + n;
            int arrow = line.indexOf("->");
            if (arrow < 0) {
                throw new IllegalArgumentException(where + ": missing '->' before the target slots: " + line);
            }
            String[] left = line.substring(0, arrow).trim().split("\\s+");
            List<String> targets = Arrays.asList(line.substring(arrow + 2).trim().split("\\s+"));
            if (left.length < 2) {
                throw new IllegalArgumentException(where + ": expected CODE VERB ...: " + line);
            }
            String code = left[0];
            if (!codebook.contains(code)) {
                throw new IllegalArgumentException(where + ": unknown CAMEO code " + code);
            }
            Set<String> verbs = new LinkedHashSet<>(Arrays.asList(left[1].split("\\|")));
            String preposition = null;
            Set<String> objects = new LinkedHashSet<>();
            for (int i = 2; i < left.length; i++) {
                if (PREPOSITIONS.contains(left[i])) {
                    preposition = left[i];
                } else {
                    objects.addAll(Arrays.asList(left[i].split("\\|")));
                }
            }
            out.add(new EventPattern(code, verbs, preposition, objects,
                    targets.size() == 1 && targets.get(0).isEmpty() ? List.of() : targets, where + ": " + line));
        }
        return new PatternBook(out);
    }

    static List<String> read(String resource) {
        try (InputStream in = PatternBook.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource missing: " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
