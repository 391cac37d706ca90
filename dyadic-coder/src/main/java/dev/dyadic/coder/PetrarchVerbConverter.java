package dev.dyadic.coder;

import dev.dyadic.model.CameoCodebook;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts the PETRARCH-2 CAMEO verb dictionary ({@code CAMEO.2.0.txt}, MIT licence, Copyright (c) 2015 Open Event
 * Data Alliance) into Dyadic's pattern syntax, {@code CODE VERB [PARTICLE] [OBJECT] [(PREP NOUN)]... -> SLOTS} (see
 * {@code patterns.txt}). The same input always gives byte-identical output.
 *
 * <h2>Reading the dictionary</h2>
 * <ul>
 * <li>Synsets: a line {@code &NAME} and then {@code +MEMBER} lines. A member is written in lower case, its words
 * joined by {@code _} ({@code +PRIME_MINISTER} is {@code prime_minister}, {@code +IS_TO} is {@code is_to}); PETRARCH's
 * trailing {@code _} ("no plural") is dropped ({@code +CASH_} is {@code cash}); a member naming a synset is expanded
 * recursively. PETRARCH's generated plurals are not added: Dyadic matches lemmas.</li>
 * <li>Verb blocks: a header {@code ---  NAME  [CODE]  ---}, verb lines, pattern lines {@code - ... * ... [CODE]}.
 * Comments start at {@code #} (on verb lines also at TABARI's {@code ;}). Verb transformations ({@code ~} lines) have
 * no pattern equivalent and are counted as left out.</li>
 * <li>A verb line {@code VERB {IRREGULAR FORMS} [CODE]} gives the lemma {@code verb}: the forms in braces and a
 * trailing {@code _} (exact form) are dropped. Its default code is its own {@code [CODE]}, else the block's;
 * {@code ---} or a reverse code alone means none. A multi-word verb {@code +ASK_FOR} is the verb {@code ask} with the
 * PARTICLE {@code for} when it has two words, the first marked {@code +}, and the second is one of
 * {@link #PARTICLES}; other multi-word verbs are left out.</li>
 * </ul>
 *
 * <h2>Writing lines</h2>
 * <ul>
 * <li>A block gives first one line per default code ({@code 020  ask|petition|request -> ...}: the single-word verbs
 * with that default, in block order) and one per multi-word verb ({@code 020  ask for -> ...}), then, for each pattern
 * in file order, a line for the block's single-word verbs and, unless the pattern requires a preposition of its own
 * (a line has room for one particle), a line for its multi-word verbs with each particle ({@code 164  call off talks
 * -> ...}). Lines of a block that differ only in their verbs, or repeat each other,
 * collapse into the first (verbs joined, its source line kept); a line of a later block that repeats an earlier line
 * with the same or fewer verbs is dropped. Each line ends with {@code # CAMEO.2.0.txt:LINE}, its source line.</li>
 * <li>Codes: a pair {@code [042:043]} gives its first code; {@code [---]} gives {@code ---} (not an event: the pattern
 * stops more general ones). A reverse code alone ({@code [:173]}) or a code missing from the CAMEO codebook leaves
 * the pattern out.</li>
 * <li>Before {@code *}: the words constrain the subject. A single word, phrase or synset becomes the group
 * {@code (subject nouns)}: the subject's head must be one of them ({@code AMNESTY * EFFECT} is {@code take effect
 * (subject amnesty)}, not every "took effect"); a condition of several words or groups leaves the pattern out. A
 * subject condition with nothing after the verb refines the code of an event verb ({@code {SUICIDE BOMBER} *} under
 * ATTACK is 1831); it is left out when a verb of the block has no default code (it would make "troops continue" an
 * event), and is the default line again when every verb's default is its code. {@code $} before the verb (the
 * subject is the source) is ignored; {@code +} first before the verb makes the subject the target (below); {@code +}
 * elsewhere before the verb leaves the pattern out.</li>
 * <li>After {@code *}: a word from {@link #PARTICLES} before the object is a particle the verb must govern; the first
 * other word, {@code {MULTI WORD}} phrase or synset is the OBJECT, alternatives joined by {@code |}: {@code {HUMANITARIAN
 * AID}} is {@code humanitarian_aid} (the last word the head, the others its modifiers), a synset gives its members, a
 * phrase with synsets every combination. After the object, TABARI's {@code OBJECT PREP NOUN} ({@code CALL FOR AID}) is
 * the group {@code (for aid)}. A second object noun leaves the pattern out (PETRARCH-2 would require two separate
 * noun phrases). Articles ({@code A}, {@code AN}, {@code THE}) are dropped.</li>
 * <li>{@code (PREP NOUN)} is written {@code (prep noun|noun2)}; a group with two nouns leaves the pattern out.
 * {@code (PREP)}, {@code (PREP +)}, {@code (PREP $)}, {@code (PREP ^)} ({@code ^}: any noun) and TABARI's bare
 * {@code PREP +} / {@code PREP $} require the verb to govern the preposition - except after the object, where the
 * phrase may as well be the object's ("an air raid against X") and only the slot is kept, unless it is an adverbial
 * particle ({@code off up out down back away forward ahead together}: "pull troops out"). Of the required
 * prepositions, the first that is one of {@link #PARTICLES} is written as the bare PARTICLE, the others as
 * {@code (prep)}.</li>
 * <li>Slots: first the source slots, {@code $prep} for {@code (PREP $)} and {@code PREP $}; then, when {@code +} comes
 * first before the verb, {@code subj} alone (the subject is the target; without a {@code $} slot for the source the
 * pattern is left out); otherwise the prepositions of {@code (PREP)}, {@code (PREP +)} and {@code PREP +}, then
 * {@link #DEFAULT_SLOTS}. A {@code +} or {@code $} not in a group and not after a preposition is TABARI's position
 * marker: it is ignored (the default slots look there), and a word after it leaves the pattern out.</li>
 * <li>Also left out and counted: the compound marker {@code %}, the skip marker {@code ^} outside a group, disjunctive
 * words ({@code ATTACK/BOMBING}, which PETRARCH-2 skips as well), undefined synsets, {@code AND}/{@code OR} inside a
 * phrase, malformed lines.</li>
 * </ul>
 */
public final class PetrarchVerbConverter {
    /** Words written as a bare PARTICLE: the verb must govern them. */
    public static final List<String> PARTICLES = List.of("on", "for", "to", "with", "against", "from", "at", "in",
            "into", "about", "over", "off", "up", "out", "down", "back", "between", "by", "forward", "away", "ahead",
            "together", "around", "through", "under", "upon", "across");
    /** The target slots of a pattern whose markers say nothing else, in the order they are tried. */
    public static final List<String> DEFAULT_SLOTS = List.of("obj", "iobj", "comp", "to", "against", "with", "on",
            "for", "into", "between");
    /** Bare words read as prepositions in TABARI-style sequences ({@code CALL FOR AID}, {@code TROOP TOWARD +}). */
    private static final Set<String> PREPOSITIONS;

    static {
        Set<String> p = new LinkedHashSet<>(PARTICLES);
        p.addAll(List.of("of", "toward", "towards", "as", "during", "behind", "before", "after", "along", "until",
                "near", "among", "amid", "within", "without", "via", "beyond", "onto", "inside", "outside", "despite"));
        PREPOSITIONS = Set.copyOf(p);
    }

    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    /** Particles that belong to the verb wherever they stand ("pull troops out"). */
    private static final Set<String> ADVERBIAL_PARTICLES = Set.of("off", "up", "out", "down", "back", "away", "forward",
            "ahead", "together");
    private static final String NOT_AN_EVENT = "---";
    private static final Pattern HEADER = Pattern.compile("^---\\s+(\\S+)\\s+\\[([^\\]]*)\\]");
    private static final Pattern TRAILING_CODE = Pattern.compile("\\[([^\\[\\]]*)\\]\\s*$");
    private static final Pattern VERB_CODE = Pattern.compile("\\[([^\\[\\]]*)\\]");

    /** Why a pattern, verb or line of the dictionary was left out. */
    public enum Reason {
        MALFORMED("malformed line (unbalanced brackets, not one '*', stray characters)"),
        REVERSE_CODE_ONLY("only a reverse code ([:173])"),
        UNKNOWN_CODE("code not in the CAMEO codebook"),
        UNDEFINED_SYNSET("undefined synset"),
        COMPOUND_MARKER("compound marker %"),
        SKIP_MARKER("skip marker ^ outside a prepositional group"),
        DISJUNCTION("disjunctive word set (A/B)"),
        CONJUNCTION_IN_PHRASE("AND/OR inside a {noun phrase}"),
        GROUP_WITH_SEVERAL_NOUNS("prepositional group with more than one noun"),
        SEVERAL_OBJECTS("more than one object noun after the verb"),
        WORDS_AFTER_MARKER("words after a TABARI-style + or $ marker"),
        TARGET_MARKER_IN_SUBJECT("target marker + inside the subject condition"),
        SUBJECT_OF_SEVERAL_WORDS("a subject condition of more than one word or group"),
        SUBJECT_TARGET_WITHOUT_SOURCE("target is the subject (+ before the verb) but no $ names the source"),
        SUBJECT_ONLY_NO_DEFAULT("only a subject condition, and a verb of the block has no default code"),
        NO_VERB("a preposition of its own in a block whose verbs are all multi-word (a line has one particle)"),
        MULTIWORD_VERB_NOT_PARTICLE("multi-word verb that is not VERB_PARTICLE"),
        TRANSFORMATION("verb transformation line (~)");

        private final String description;

        Reason(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /**
     * What a conversion did.
     *
     * @param blocks                   verb blocks read
     * @param verbs                    single-word verb lines read (a verb in several blocks counts in each)
     * @param multiWordVerbs           multi-word verb lines read
     * @param synsets                  synsets read
     * @param patterns                 pattern lines read
     * @param patternsConverted        pattern lines that gave a line (written or collapsed into another)
     * @param linesWritten             pattern lines written
     * @param defaultLinesWritten      of those, lines for verbs' default codes
     * @param collapsed                converted lines merged into an earlier line
     * @param subjectConditions        converted patterns with a subject condition, written as a {@code (subject ...)}
     *                                 group
     * @param leftOut                  what was left out, by reason (patterns, verbs and transformation lines)
     */
    public record Summary(int blocks, int verbs, int multiWordVerbs, int synsets, int patterns, int patternsConverted,
                          int linesWritten, int defaultLinesWritten, int collapsed, int subjectConditions,
                          Map<Reason, Integer> leftOut) {
        public int leftOutTotal() {
            return leftOut.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** The counts, one a line, as written in the output's header and printed by the command line. */
        public List<String> describe() {
            List<String> out = new ArrayList<>();
            out.add("verb blocks: " + blocks + ", verb lines: " + verbs + " single-word and " + multiWordVerbs
                    + " multi-word, synsets: " + synsets);
            out.add("patterns read: " + patterns + ", converted: " + patternsConverted + " (with a subject condition: "
                    + subjectConditions + ")");
            out.add("lines written: " + linesWritten + " (verb defaults: " + defaultLinesWritten + ", patterns: "
                    + (linesWritten - defaultLinesWritten) + "), collapsed into an earlier line: " + collapsed);
            out.add("left out: " + leftOutTotal());
            leftOut.forEach((r, n) -> out.add("  " + n + "  " + r.description()));
            return out;
        }
    }

    /**
     * The converted file.
     *
     * @param lines   the whole output, header included, one element a line
     * @param summary the counts
     */
    public record Result(List<String> lines, Summary summary) {
        /** The pattern lines alone (no comment or blank lines). */
        public List<String> patterns() {
            return lines.stream().filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }

    private PetrarchVerbConverter() {
    }

    /** Converts {@code from} and writes the result to {@code to} (UTF-8, '\n' line ends). */
    public static Summary convert(Path from, Path to) throws IOException {
        Result r = convert(from.getFileName().toString(), Files.readAllLines(from, StandardCharsets.ISO_8859_1),
                CameoCodebook.standard()::contains);
        Path parent = to.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(to, String.join("\n", r.lines()) + "\n", StandardCharsets.UTF_8);
        return r.summary();
    }

    /** Converts the lines of {@code CAMEO.2.0.txt}, checking codes against Dyadic's CAMEO codebook. */
    public static Result convert(List<String> lines) {
        return convert("CAMEO.2.0.txt", lines, CameoCodebook.standard()::contains);
    }

    /**
     * Converts the lines of a PETRARCH verb dictionary.
     *
     * @param name      the file name written in the comments ("CAMEO.2.0.txt:719")
     * @param lines     the dictionary
     * @param knownCode whether a CAMEO code may be written
     */
    public static Result convert(String name, List<String> lines, Predicate<String> knownCode) {
        return new Conversion(name, knownCode).run(lines);
    }

    // ------------------------------------------------------------------------------------------------------------

    private record VerbLine(int line, String lemma, String particle, String code) {
    }

    private record RawPattern(int line, String body) {
    }

    private static final class Block {
        final String name;
        final String code;
        final List<VerbLine> verbs = new ArrayList<>();
        final List<RawPattern> patterns = new ArrayList<>();

        Block(String name, String code) {
            this.name = name;
            this.code = code;
        }
    }

    /** One output line before it is written. */
    private static final class Out {
        final String code;
        final Set<String> verbs;
        final String rest; // everything after the verbs, slots included: "for aid -> obj ..."
        final int line;
        final boolean verbDefault;

        Out(String code, Set<String> verbs, String rest, int line, boolean verbDefault) {
            this.code = code;
            this.verbs = new LinkedHashSet<>(verbs);
            this.rest = rest;
            this.line = line;
            this.verbDefault = verbDefault;
        }

        String key() {
            return code + " " + rest;
        }
    }

    /** A pattern that cannot be converted. */
    private static final class LeftOut extends Exception {
        final Reason reason;

        LeftOut(Reason reason) {
            super(reason.description(), null, false, false);
            this.reason = reason;
        }
    }

    private sealed interface Token permits Word, Phrase, Group {
    }

    private record Word(String text) implements Token {
    }

    private record Phrase(List<String> words) implements Token {
    }

    private record Group(List<Token> inner) implements Token {
    }

    private static final class Conversion {
        private final String name;
        private final Predicate<String> knownCode;
        private final Map<String, List<String>> synsets = new LinkedHashMap<>();
        private final List<Block> blocks = new ArrayList<>();
        private final Map<Reason, Integer> leftOut = new EnumMap<>(Reason.class);
        private int verbCount;
        private int multiWordVerbCount;
        private int patternCount;
        private int converted;
        private int subjectKept;
        private int collapsed;
        private int defaultLines;

        Conversion(String name, Predicate<String> knownCode) {
            this.name = name;
            this.knownCode = knownCode;
        }

        Result run(List<String> lines) {
            read(lines);
            List<String> body = new ArrayList<>();
            Map<String, List<Out>> written = new LinkedHashMap<>();
            int linesWritten = 0;
            for (Block b : blocks) {
                List<Out> outs = block(b);
                List<String> text = new ArrayList<>();
                for (Out o : outs) {
                    List<Out> same = written.computeIfAbsent(o.key(), k -> new ArrayList<>());
                    if (same.stream().anyMatch(e -> e.verbs.containsAll(o.verbs))) {
                        collapsed++;
                        continue;
                    }
                    same.add(o);
                    if (o.verbDefault) {
                        defaultLines++;
                    }
                    text.add(o.code + "  " + String.join("|", o.verbs) + " " + o.rest + "  # " + name + ":" + o.line);
                }
                if (!text.isEmpty()) {
                    body.add("");
                    body.add("# --- " + b.name + " [" + b.code + "]");
                    body.addAll(text);
                    linesWritten += text.size();
                }
            }
            Summary summary = new Summary(blocks.size(), verbCount, multiWordVerbCount, synsets.size(), patternCount,
                    converted, linesWritten, defaultLines, collapsed, subjectKept, orderedLeftOut());
            List<String> out = new ArrayList<>(header(summary));
            out.addAll(body);
            return new Result(List.copyOf(out), summary);
        }

        private Map<Reason, Integer> orderedLeftOut() {
            Map<Reason, Integer> m = new LinkedHashMap<>();
            leftOut.forEach(m::put);
            return Collections.unmodifiableMap(m);
        }

        private List<String> header(Summary s) {
            List<String> h = new ArrayList<>(List.of(
                    "# Dyadic event patterns generated by PetrarchVerbConverter from " + name + ", the CAMEO verb",
                    "# dictionary of PETRARCH-2 (MIT licence, Copyright (c) 2015 Open Event Data Alliance). Do not edit:",
                    "# regenerate it with",
                    "#",
                    "#   dyadic patterns convert-petrarch --from ../shared/reference/phoenix/CAMEO.2.0.txt"
                            + " --to dyadic-coder/src/main/resources/dyadic/coder/petrarch-verbs.txt",
                    "#",
                    "# The syntax is that of patterns.txt; the mapping rules are in PetrarchVerbConverter's documentation.",
                    "# Each line ends with the line of " + name + " it comes from.",
                    "#"));
            for (String line : s.describe()) {
                h.add("# " + line);
            }
            h.addAll(List.of(
                    "#",
                    "# " + name + ": The MIT License (MIT), Copyright (c) 2015 Open Event Data Alliance.",
                    "# Permission is hereby granted, free of charge, to any person obtaining a copy of this software and",
                    "# associated documentation files (the \"Software\"), to deal in the Software without restriction,",
                    "# including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense,",
                    "# and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so,",
                    "# subject to the following conditions: The above copyright notice and this permission notice shall be",
                    "# included in all copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED \"AS IS\",",
                    "# WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF",
                    "# MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS",
                    "# OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF",
                    "# CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR",
                    "# OTHER DEALINGS IN THE SOFTWARE."));
            return h;
        }

        private void count(Reason r) {
            leftOut.merge(r, 1, Integer::sum);
        }

        // ---------------------------------------------------------------------------------------- reading

        private void read(List<String> lines) {
            String synset = null;
            Block block = null;
            for (int n = 1; n <= lines.size(); n++) {
                String raw = lines.get(n - 1);
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#") || line.startsWith("<")) {
                    continue;
                }
                if (raw.startsWith("---")) {
                    Matcher m = HEADER.matcher(line);
                    block = m.find() ? new Block(m.group(1), m.group(2).strip())
                            : new Block(line.replace("-", "").strip(), NOT_AN_EVENT);
                    blocks.add(block);
                    synset = null;
                    continue;
                }
                if (line.startsWith("&")) {
                    synset = uncomment(line).strip();
                    synsets.putIfAbsent(synset, new ArrayList<>());
                    block = null;
                    continue;
                }
                if (line.startsWith("~")) {
                    count(Reason.TRANSFORMATION);
                    continue;
                }
                if (synset != null && line.startsWith("+")) {
                    String member = uncomment(line).substring(1).strip();
                    if (!member.isEmpty()) {
                        synsets.get(synset).add(member);
                    }
                    continue;
                }
                if (block == null) {
                    continue; // nothing outside synsets and blocks
                }
                if (line.startsWith("-")) {
                    patternCount++;
                    block.patterns.add(new RawPattern(n, uncomment(line.substring(1))));
                } else {
                    verb(block, n, line);
                }
            }
        }

        private static String uncomment(String line) {
            int hash = line.indexOf('#');
            return hash >= 0 ? line.substring(0, hash) : line;
        }

        private void verb(Block block, int n, String line) {
            String body = uncomment(line);
            int semicolon = body.indexOf(';');
            if (semicolon >= 0) {
                body = body.substring(0, semicolon);
            }
            String code = null;
            Matcher m = VERB_CODE.matcher(body);
            if (m.find()) {
                code = m.group(1).strip();
            }
            body = body.replaceAll("\\[[^\\]]*\\]", " ").replaceAll("\\{[^}]*\\}?", " ").strip();
            if (body.isEmpty()) {
                return;
            }
            String word = body.split("\\s+")[0].replaceAll("_+$", "");
            String effective = firstCode(code != null ? code : block.code);
            if (word.contains("_") || word.startsWith("+")) {
                multiWordVerbCount++;
                List<String> words = new ArrayList<>();
                for (String w : word.split("_")) {
                    if (!w.isEmpty()) {
                        words.add(w);
                    }
                }
                if (words.size() != 2 || !words.get(0).startsWith("+")
                        || !PARTICLES.contains(words.get(1).toLowerCase(Locale.ROOT))) {
                    count(Reason.MULTIWORD_VERB_NOT_PARTICLE);
                    return;
                }
                block.verbs.add(new VerbLine(n, lemma(words.get(0).substring(1)), words.get(1).toLowerCase(Locale.ROOT),
                        effective));
            } else {
                verbCount++;
                block.verbs.add(new VerbLine(n, lemma(word), null, effective));
            }
        }

        private static String lemma(String word) {
            String w = word.toLowerCase(Locale.ROOT);
            while (w.endsWith("_")) {
                w = w.substring(0, w.length() - 1);
            }
            return w;
        }

        /** The first code of {@code 042:043}; null for none, {@code ---} or a reverse code only. */
        private static String firstCode(String code) {
            if (code == null) {
                return null;
            }
            String first = code.contains(":") ? code.substring(0, code.indexOf(':')).strip() : code.strip();
            return first.isEmpty() || first.equals(NOT_AN_EVENT) ? null : first;
        }

        // ---------------------------------------------------------------------------------------- writing

        private List<Out> block(Block b) {
            Map<String, Out> outs = new LinkedHashMap<>();
            List<String> verbs = new ArrayList<>();
            Map<String, List<String>> multiWord = new LinkedHashMap<>(); // particle -> verbs, for "+ASK_FOR"
            Map<String, String> defaults = new LinkedHashMap<>(); // "ask", "ask for" -> its first default code
            for (VerbLine v : b.verbs) {
                String key = v.particle() == null ? v.lemma() : v.lemma() + " " + v.particle();
                if (defaults.containsKey(key)) {
                    continue;
                }
                defaults.put(key, v.code());
                if (v.particle() == null) {
                    verbs.add(v.lemma());
                } else {
                    multiWord.computeIfAbsent(v.particle(), k -> new ArrayList<>()).add(v.lemma());
                }
            }
            String slots = String.join(" ", DEFAULT_SLOTS);
            for (VerbLine v : b.verbs) {
                String key = v.particle() == null ? v.lemma() : v.lemma() + " " + v.particle();
                if (v.code() == null || !v.code().equals(defaults.get(key))) {
                    continue; // no default, or the same verb again in this block with another code: the first wins
                }
                if (!knownCode.test(v.code())) {
                    count(Reason.UNKNOWN_CODE);
                    continue;
                }
                String rest = (v.particle() != null ? v.particle() + " " : "") + "-> " + slots;
                add(outs, new Out(v.code(), Set.of(v.lemma()), rest, v.line(), true));
            }
            for (RawPattern p : b.patterns) {
                try {
                    Converted c = pattern(p.body(), defaults);
                    List<Out> lines = new ArrayList<>();
                    if (!verbs.isEmpty()) {
                        lines.add(new Out(c.code(), new LinkedHashSet<>(verbs), c.rest(), p.line(), false));
                    }
                    if (!c.requiresPreposition()) {
                        // the block's multi-word verbs too, their particle in front: "call off talks"
                        multiWord.forEach((particle, lemmas) -> lines.add(new Out(c.code(), new LinkedHashSet<>(lemmas),
                                particle + " " + c.rest(), p.line(), false)));
                    }
                    if (lines.isEmpty()) {
                        throw new LeftOut(Reason.NO_VERB);
                    }
                    converted++;
                    if (c.subjectKept()) {
                        subjectKept++;
                    }
                    lines.forEach(o -> add(outs, o));
                } catch (LeftOut e) {
                    count(e.reason);
                }
            }
            return new ArrayList<>(outs.values());
        }

        /** Adds a line, or merges its verbs into the block's line with the same code and conditions. */
        private void add(Map<String, Out> outs, Out o) {
            Out same = outs.get(o.key());
            if (same == null) {
                outs.put(o.key(), o);
            } else {
                same.verbs.addAll(o.verbs);
                collapsed++;
            }
        }

        private record Converted(String code, String rest, boolean subjectKept, boolean requiresPreposition) {
        }

        private Converted pattern(String body, Map<String, String> defaults) throws LeftOut {
            String text = body.strip();
            Matcher cm = TRAILING_CODE.matcher(text);
            if (!cm.find()) {
                throw new LeftOut(Reason.MALFORMED);
            }
            String written = cm.group(1).strip();
            text = text.substring(0, cm.start());
            int star = text.indexOf('*');
            if (star < 0 || text.indexOf('*', star + 1) >= 0) {
                throw new LeftOut(Reason.MALFORMED);
            }
            List<Token> pre = tokens(text.substring(0, star));
            List<Token> post = tokens(text.substring(star + 1));
            String code;
            if (written.equals(NOT_AN_EVENT)) {
                code = NOT_AN_EVENT;
            } else {
                String first = written.contains(":") ? written.substring(0, written.indexOf(':')).strip() : written;
                if (first.isEmpty()) {
                    throw new LeftOut(Reason.REVERSE_CODE_ONLY);
                }
                if (!knownCode.test(first)) {
                    throw new LeftOut(Reason.UNKNOWN_CODE);
                }
                code = first;
            }
            checkWords(pre);
            checkWords(post);

            // before the verb: + (the subject is the target), $ (the subject is the source), or a subject condition
            boolean subjectTarget = false;
            List<Token> subjectWords = new ArrayList<>();
            for (int i = 0; i < pre.size(); i++) {
                Token t = pre.get(i);
                if (isWord(t, "+")) {
                    if (i != 0) {
                        throw new LeftOut(Reason.TARGET_MARKER_IN_SUBJECT);
                    }
                    subjectTarget = true;
                } else if (!isWord(t, "$")) {
                    subjectWords.add(t);
                }
            }
            boolean subjectCondition = !subjectWords.isEmpty();

            // after the verb
            Post after = new Post();
            boolean afterMarker = false;
            for (int i = 0; i < post.size(); i++) {
                Token t = post.get(i);
                Token next = i + 1 < post.size() ? post.get(i + 1) : null;
                if (t instanceof Group g) {
                    group(g, after);
                    continue;
                }
                if (isWord(t, "+") || isWord(t, "$")) {
                    afterMarker = true; // TABARI's position marker: the default slots already look there
                    continue;
                }
                if (isWord(t, "^")) {
                    throw new LeftOut(Reason.SKIP_MARKER);
                }
                String lower = t instanceof Word w ? w.text().toLowerCase(Locale.ROOT) : null;
                if (lower != null && PREPOSITIONS.contains(lower) && (isWord(next, "+") || isWord(next, "$"))) {
                    // TABARI's "FROM $", "TOWARD +": the source or target is in that preposition's phrase
                    if (isWord(next, "$")) {
                        after.sources.add("$" + lower);
                    } else {
                        after.targetPreps.add(lower);
                    }
                    after.require(lower);
                    afterMarker = true;
                    i++;
                    continue;
                }
                if (afterMarker) {
                    throw new LeftOut(Reason.WORDS_AFTER_MARKER);
                }
                if (lower != null && ARTICLES.contains(lower)) {
                    continue;
                }
                if (lower != null && PREPOSITIONS.contains(lower) && after.object != null && next != null
                        && !(next instanceof Group) && !(next instanceof Word nw && isPreposition(nw))) {
                    // TABARI's "CALL FOR AID": a prepositional modifier of the object (or an oblique of the verb)
                    if (isWord(next, "^")) {
                        throw new LeftOut(Reason.SKIP_MARKER);
                    }
                    after.groups.add(new String[]{lower, String.join("|", nouns(next))});
                    i++;
                    continue;
                }
                if (lower != null && PREPOSITIONS.contains(lower)) {
                    if (!after.require(lower)) {
                        after.targetPreps.add(lower); // after the object it may be the object's: a slot looks there
                    }
                    continue;
                }
                if (after.object != null) {
                    throw new LeftOut(Reason.SEVERAL_OBJECTS);
                }
                after.object = nouns(t);
            }
            List<String> requirements = after.requirements;
            List<Object> groups = after.groups;
            List<String> sources = after.sources;
            List<String> targetPreps = after.targetPreps;
            List<String> object = after.object;
            String particleWord = null;

            boolean constrained = !requirements.isEmpty() || object != null || !groups.isEmpty();
            if (!constrained && subjectCondition
                    && defaults.values().stream().anyMatch(d -> d == null || !knownCode.test(d))) {
                // "&MILITARY * [190]" under CONTINUE: a subject condition refines an event verb's code, it does not
                // make a verb that is no event one ("troops continue")
                throw new LeftOut(Reason.SUBJECT_ONLY_NO_DEFAULT);
            }
            boolean sameAsDefaults = defaults.values().stream().allMatch(code::equals);
            boolean subjectGroup = subjectCondition && (constrained || !sameAsDefaults);
            if (subjectGroup) {
                // "AMNESTY * EFFECT": the subject's head must be one of the condition's nouns ("(subject amnesty)")
                if (subjectWords.size() > 1 || !(subjectWords.get(0) instanceof Word || subjectWords.get(0) instanceof Phrase)) {
                    throw new LeftOut(Reason.SUBJECT_OF_SEVERAL_WORDS);
                }
                groups.add(0, new String[]{EventPattern.SUBJECT, String.join("|", nouns(subjectWords.get(0)))});
            }

            // the first requirement that is a particle is written bare, the others as "(prep)"
            for (String r : requirements) {
                if (PARTICLES.contains(r)) {
                    particleWord = r;
                    groups.remove("(" + r + ")");
                    break;
                }
            }

            List<String> slots = new ArrayList<>(sources);
            if (subjectTarget) {
                if (sources.isEmpty()) {
                    throw new LeftOut(Reason.SUBJECT_TARGET_WITHOUT_SOURCE);
                }
                slots.add("subj");
            } else {
                for (String s : targetPreps) {
                    if (!slots.contains(s)) {
                        slots.add(s);
                    }
                }
                for (String s : DEFAULT_SLOTS) {
                    if (!slots.contains(s)) {
                        slots.add(s);
                    }
                }
            }

            StringBuilder rest = new StringBuilder();
            if (particleWord != null) {
                rest.append(particleWord).append(' ');
            }
            if (object != null) {
                rest.append(String.join("|", object)).append(' ');
            }
            for (Object g : groups) {
                rest.append(g instanceof String[] a ? "(" + a[0] + " " + a[1] + ")" : (String) g).append(' ');
            }
            rest.append("-> ").append(String.join(" ", slots));
            return new Converted(code, rest.toString(), subjectGroup, !requirements.isEmpty());
        }

        private static boolean isPreposition(Word w) {
            return PREPOSITIONS.contains(w.text().toLowerCase(Locale.ROOT));
        }

        /** What comes after the verb, as it is read. */
        private static final class Post {
            final List<String> requirements = new ArrayList<>(); // prepositions the verb must govern, in order
            final List<Object> groups = new ArrayList<>(); // "(in)": a requirement; String[]{prep, nouns}: a group
            final List<String> targetPreps = new ArrayList<>();
            final List<String> sources = new ArrayList<>();
            List<String> object;

            /**
             * Requires the verb to govern {@code prep}, unless it comes after the object and is not an adverbial
             * particle: then it may as well be the object's ("an air raid against X"), which a required preposition
             * would not allow. Returns whether it is required.
             */
            boolean require(String prep) {
                if (object != null && !ADVERBIAL_PARTICLES.contains(prep)) {
                    return false;
                }
                if (!requirements.contains(prep)) {
                    requirements.add(prep);
                    groups.add("(" + prep + ")");
                }
                return true;
            }
        }

        /** A parenthesised group: a requirement, a target or source marker, or a noun condition. */
        private void group(Group g, Post after) throws LeftOut {
            if (g.inner().isEmpty() || !(g.inner().get(0) instanceof Word pw) || isMarker(pw.text())
                    || pw.text().startsWith("&")) {
                throw new LeftOut(Reason.MALFORMED);
            }
            String prep = pw.text().toLowerCase(Locale.ROOT);
            boolean target = false;
            boolean source = false;
            boolean any = false;
            List<Token> nouns = new ArrayList<>();
            for (Token t : g.inner().subList(1, g.inner().size())) {
                if (isWord(t, "+")) {
                    target = true;
                } else if (isWord(t, "$")) {
                    source = true;
                } else if (isWord(t, "^")) {
                    any = true;
                } else if (t instanceof Group) {
                    throw new LeftOut(Reason.MALFORMED);
                } else if (!(t instanceof Word w && ARTICLES.contains(w.text().toLowerCase(Locale.ROOT)))) {
                    nouns.add(t);
                }
            }
            if (nouns.size() > 1) {
                throw new LeftOut(Reason.GROUP_WITH_SEVERAL_NOUNS);
            }
            if (source) {
                after.sources.add("$" + prep);
            } else if (target || (nouns.isEmpty() && !any)) {
                after.targetPreps.add(prep);
            }
            if (nouns.isEmpty()) {
                after.require(prep);
            } else {
                after.groups.add(new String[]{prep, String.join("|", nouns(nouns.get(0)))});
            }
        }

        /** The lower-case alternatives a word, synset or phrase stands for ("humanitarian_aid"). */
        private List<String> nouns(Token t) throws LeftOut {
            Set<String> out = new LinkedHashSet<>();
            if (t instanceof Word w) {
                out.addAll(word(w.text(), new ArrayList<>()));
            } else if (t instanceof Phrase p) {
                List<String> words = new ArrayList<>();
                for (String w : p.words()) {
                    String lower = w.toLowerCase(Locale.ROOT);
                    if (lower.equals("and") || lower.equals("or")) {
                        throw new LeftOut(Reason.CONJUNCTION_IN_PHRASE);
                    }
                    if (!ARTICLES.contains(lower)) {
                        words.add(w);
                    }
                }
                if (words.isEmpty()) {
                    throw new LeftOut(Reason.MALFORMED);
                }
                List<String> combos = List.of("");
                for (String w : words) {
                    List<String> next = new ArrayList<>();
                    for (String prefix : combos) {
                        for (String alt : word(w, new ArrayList<>())) {
                            next.add(prefix.isEmpty() ? alt : prefix + "_" + alt);
                        }
                    }
                    combos = next;
                }
                out.addAll(combos);
            } else {
                throw new LeftOut(Reason.MALFORMED);
            }
            return new ArrayList<>(out);
        }

        /** A word or synset as lower-case alternatives; {@code seen} guards against synsets that contain themselves. */
        private List<String> word(String w, List<String> seen) throws LeftOut {
            if (!w.startsWith("&")) {
                return List.of(member(w));
            }
            List<String> members = synsets.get(w);
            if (members == null || seen.contains(w)) {
                throw new LeftOut(Reason.UNDEFINED_SYNSET);
            }
            seen.add(w);
            Set<String> out = new LinkedHashSet<>();
            for (String m : members) {
                out.addAll(m.startsWith("&") ? word(m, seen) : List.of(member(m)));
            }
            seen.remove(w);
            return new ArrayList<>(out);
        }

        /** {@code PRIME_MINISTER} -> {@code prime_minister}, {@code CASH_} -> {@code cash}. */
        private static String member(String written) {
            List<String> parts = new ArrayList<>();
            for (String p : written.toLowerCase(Locale.ROOT).split("[_\\s]+")) {
                if (!p.isEmpty()) {
                    parts.add(p);
                }
            }
            return String.join("_", parts);
        }

        /** Markers and words the conversion cannot express anywhere in a pattern. */
        private static void checkWords(List<Token> tokens) throws LeftOut {
            for (Token t : tokens) {
                List<String> words;
                if (t instanceof Word w) {
                    words = List.of(w.text());
                } else if (t instanceof Phrase p) {
                    words = p.words();
                } else {
                    checkWords(((Group) t).inner());
                    words = List.of();
                }
                for (String w : words) {
                    if (w.contains("%")) {
                        throw new LeftOut(Reason.COMPOUND_MARKER);
                    }
                    if (w.contains("/")) {
                        throw new LeftOut(Reason.DISJUNCTION);
                    }
                    if (t instanceof Phrase && isMarker(w)) {
                        throw new LeftOut(Reason.MALFORMED);
                    }
                    if (!isMarker(w) && !w.matches("&?[A-Za-z0-9][A-Za-z0-9'_.\\-]*")) {
                        throw new LeftOut(Reason.MALFORMED);
                    }
                }
            }
        }

        private static boolean isMarker(String w) {
            return w.equals("+") || w.equals("$") || w.equals("^") || w.equals("%");
        }

        private static boolean isWord(Token t, String text) {
            return t instanceof Word w && w.text().equals(text);
        }

        /** Splits a pattern side into words, {@code {phrases}} and {@code (groups)}; unbalanced brackets are malformed. */
        private static List<Token> tokens(String s) throws LeftOut {
            List<Token> out = new ArrayList<>();
            int i = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '(') {
                    int end = s.indexOf(')', i);
                    if (end < 0 || s.substring(i + 1, end).contains("(")) {
                        throw new LeftOut(Reason.MALFORMED);
                    }
                    out.add(new Group(tokens(s.substring(i + 1, end))));
                    i = end + 1;
                } else if (c == '{') {
                    int end = s.indexOf('}', i);
                    if (end < 0 || s.substring(i + 1, end).matches(".*[{(].*")) {
                        throw new LeftOut(Reason.MALFORMED);
                    }
                    List<String> words = new ArrayList<>();
                    for (String w : s.substring(i + 1, end).strip().split("\\s+")) {
                        if (!w.isEmpty()) {
                            words.add(w);
                        }
                    }
                    out.add(new Phrase(words));
                    i = end + 1;
                } else if (c == ')' || c == '}') {
                    throw new LeftOut(Reason.MALFORMED);
                } else {
                    int end = i;
                    while (end < s.length() && !Character.isWhitespace(s.charAt(end))
                            && "(){}".indexOf(s.charAt(end)) < 0) {
                        end++;
                    }
                    out.add(new Word(s.substring(i, end)));
                    i = end;
                }
            }
            return out;
        }
    }
}
