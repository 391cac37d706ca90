package dev.dyadic.coder;

import dev.dyadic.coder.EventPattern.Group;
import dev.dyadic.coder.EventPattern.Noun;
import dev.dyadic.model.CameoCodebook;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The event patterns, read from the pattern files listed in {@code /dyadic/coder/pattern-files.tsv} (Dyadic's own
 * {@code patterns.txt} first, then the converted PETRARCH-2 dictionary) and indexed by verb lemma. For a verb, the
 * most specific pattern is tried first; among equally specific ones, the first in file order. A converted line's
 * condition on the subject counts only among converted lines of the same rank: it is tried before them, after every
 * line that asks more of the rest of the sentence and after Dyadic's own lines.
 */
public final class PatternBook {
    /** Words read as a required preposition or particle rather than an object. */
    static final Set<String> PREPOSITIONS = Set.of("on", "for", "to", "with", "against", "from", "at", "in", "into",
            "about", "over", "off", "up", "out", "down", "back", "between", "by", "forward", "away", "ahead", "together",
            "around", "through", "under", "upon", "across");
    private static final Pattern WORD_OR_GROUP = Pattern.compile("\\([^)]*\\)|\\S+");

    private final List<EventPattern> patterns;
    private final Map<String, List<EventPattern>> byVerb = new HashMap<>();

    public PatternBook(List<EventPattern> patterns) {
        this.patterns = List.copyOf(patterns);
        for (EventPattern p : patterns) {
            for (String v : p.verbs()) {
                byVerb.computeIfAbsent(v, k -> new ArrayList<>()).add(p);
            }
        }
        // stable: equally specific patterns keep their file order, but a converted line's subject condition only
        // breaks ties between converted lines ("troops withdrew" before "withdrew", after "withdrew from" and after
        // Dyadic's own "--- struggle")
        byVerb.values().forEach(list -> list.sort(Comparator.comparingInt(EventPattern::rank).reversed()
                .thenComparing(p -> !p.isHandWritten())
                .thenComparing(p -> !p.refinesBySubject())));
    }

    /** The shipped pattern files, in the order of {@code pattern-files.tsv}. */
    public static PatternBook standard() {
        CameoCodebook codebook = CameoCodebook.standard();
        List<EventPattern> all = new ArrayList<>();
        for (String line : read("/dyadic/coder/pattern-files.tsv")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                all.addAll(parse(name, read("/dyadic/coder/" + name), codebook).patterns());
            }
        }
        return new PatternBook(all);
    }

    public List<EventPattern> patterns() {
        return patterns;
    }

    /** Patterns for a verb lemma, most specific first. */
    public List<EventPattern> forVerb(String lemma) {
        return byVerb.getOrDefault(lemma, List.of());
    }

    /**
     * Whether some event pattern of this lemma could match a sentence with these words (lower-case words and lemmas):
     * its object, particle and groups are all among them. Word order and the parse are not looked at, so a pattern
     * that matches the parsed sentence always passes this test.
     */
    public boolean mayMatch(String lemma, Set<String> words) {
        return mayMatch(lemma, words, p -> true);
    }

    /** As {@link #mayMatch(String, Set)}, counting only the event patterns {@code counts} accepts. */
    public boolean mayMatch(String lemma, Set<String> words, java.util.function.Predicate<EventPattern> counts) {
        for (EventPattern p : forVerb(lemma)) {
            if (p.isEvent() && counts.test(p) && (p.preposition() == null || words.contains(p.preposition()))
                    && (p.objects().isEmpty() || anyHeadIn(p.objects(), words))
                    && p.groups().stream().allMatch(g -> (g.preposition().equals(EventPattern.SUBJECT)
                    || words.contains(g.preposition())) && (g.nouns().isEmpty() || anyHeadIn(g.nouns(), words)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyHeadIn(Set<Noun> nouns, Set<String> words) {
        for (Noun n : nouns) {
            if (n.equals(EventPattern.ANY_THING) || n.equals(EventPattern.A_PERSON) || words.contains(n.head())) {
                return true;
            }
        }
        return false;
    }

    /** Parses pattern lines; a malformed line or an unknown CAMEO code is an error naming the line. */
    public static PatternBook parse(String name, List<String> lines, CameoCodebook codebook) {
        List<EventPattern> out = new ArrayList<>();
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            int comment = line.indexOf('#');
            line = (comment >= 0 ? line.substring(0, comment) : line).strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = name + ":" + n;
            int arrow = line.indexOf("->");
            if (arrow < 0) {
                throw new IllegalArgumentException(where + ": missing '->' before the target slots: " + line);
            }
            List<String> left = new ArrayList<>();
            Matcher m = WORD_OR_GROUP.matcher(line.substring(0, arrow));
            while (m.find()) {
                left.add(m.group());
            }
            if (left.size() < 2) {
                throw new IllegalArgumentException(where + ": expected CODE VERB ...: " + line);
            }
            String code = left.get(0);
            if (!code.equals(EventPattern.NOT_AN_EVENT) && !codebook.contains(code)) {
                throw new IllegalArgumentException(where + ": unknown CAMEO code " + code);
            }
            Set<String> verbs = new LinkedHashSet<>(Arrays.asList(left.get(1).split("\\|")));
            String preposition = null;
            Set<Noun> objects = new LinkedHashSet<>();
            List<Group> groups = new ArrayList<>();
            for (String w : left.subList(2, left.size())) {
                if (w.startsWith("(")) {
                    String[] g = w.substring(1, w.length() - 1).trim().split("\\s+");
                    if (g.length > 2 || g[0].isEmpty()) {
                        throw new IllegalArgumentException(where + ": a group is (PREPOSITION NOUN|NOUN): " + w);
                    }
                    if (g.length == 1 && preposition == null) {
                        preposition = g[0];
                    } else if (g.length == 1) {
                        // "set off (for)": a second required preposition, with any noun
                        groups.add(new Group(g[0], Set.of()));
                    } else {
                        groups.add(new Group(g[0], nouns(g[1])));
                    }
                } else if (PREPOSITIONS.contains(w) && preposition == null) {
                    preposition = w;
                } else if (PREPOSITIONS.contains(w)) {
                    groups.add(new Group(w, Set.of()));
                } else if (objects.isEmpty()) {
                    objects.addAll(nouns(w));
                } else {
                    throw new IllegalArgumentException(where + ": a second object: " + w);
                }
            }
            List<String> targets = new ArrayList<>();
            List<String> sources = new ArrayList<>();
            for (String slot : line.substring(arrow + 2).trim().split("\\s+")) {
                if (slot.startsWith("$")) {
                    sources.add(slot.substring(1));
                } else if (!slot.isEmpty()) {
                    targets.add(slot);
                }
            }
            out.add(new EventPattern(code, verbs, preposition, objects, groups, targets, sources, where + ": " + line));
        }
        return new PatternBook(out);
    }

    private static Set<Noun> nouns(String written) {
        Set<Noun> out = new LinkedHashSet<>();
        for (String w : written.split("\\|")) {
            out.add(Noun.parse(w));
        }
        return out;
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
