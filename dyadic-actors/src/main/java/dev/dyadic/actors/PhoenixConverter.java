package dev.dyadic.actors;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts the Phoenix dictionaries (TABARI/PETRARCH format, MIT licence) into Dyadic's files:
 * {@code Phoenix.Countries.actors.txt} into {@code countries.actors} (people and bodies with dated codes; the
 * country name lists, which mix in cities, are left out), {@code Phoenix.International.actors.txt} and
 * {@code Phoenix.MilNonState.actors.txt} into {@code international.actors} and {@code nonstate.actors}, and
 * {@code Phoenix.agents.txt} into {@code agents.tsv} (sector words).
 *
 * <p>Phoenix writes names in capitals with underscores ("XI_JINPING_"), synonyms on "+" lines, and codes with
 * optional dates on bracketed lines ("[CHNGOV 20021115-20130314]", "[CHNGOV >20121115]", YYMMDD or YYYYMMDD).
 * Entries whose codes name no country Dyadic knows (territories, bare sector codes such as [MED]) are left out
 * and counted.
 */
public final class PhoenixConverter {
    private static final Pattern CODE = Pattern.compile("\\[\\s*~?([A-Z]+)\\s*([<>]?)\\s*(\\d*)(?:\\s*-\\s*(\\d+))?\\s*\\]");
    private static final Set<String> ORGANISATION_PREFIXES = Set.of("IGO", "NGO", "IMG", "MNC");

    private final Set<String> countries;
    private final Map<String, Integer> dropped = new TreeMap<>();

    /** @param countries the country codes entries may carry (Dyadic's countries.tsv) */
    public PhoenixConverter(Set<String> countries) {
        this.countries = countries;
    }

    /** Converts the four Phoenix files of {@code from} into {@code to}; returns one line of counts per file. */
    public List<String> convert(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        List<String> report = new ArrayList<>();
        report.add(actors(from.resolve("Phoenix.Countries.actors.txt"), to.resolve("countries.actors")));
        report.add(actors(from.resolve("Phoenix.International.actors.txt"), to.resolve("international.actors")));
        report.add(actors(from.resolve("Phoenix.MilNonState.actors.txt"), to.resolve("nonstate.actors")));
        report.add(agents(from.resolve("Phoenix.agents.txt"), to.resolve("agents.tsv")));
        return report;
    }

    /** Codes dropped because their country is unknown, with counts. */
    public Map<String, Integer> dropped() {
        return dropped;
    }

    private record Block(List<String> names, List<String> codes) {
    }

    private String actors(Path in, Path out) throws IOException {
        List<Block> blocks = blocks(Files.readAllLines(in, StandardCharsets.ISO_8859_1));
        Map<String, ActorEntry> entries = new LinkedHashMap<>();
        int skipped = 0;
        int sameNameOtherCode = 0;
        int countryBlocks = 0;
        for (Block b : blocks) {
            List<String> names = new ArrayList<>();
            for (String n : b.names()) {
                String name = name(n);
                if (!name.isEmpty() && !names.contains(name)) {
                    names.add(name);
                }
                String capitals = shortWordInCapitals(name);
                if (capitals != null && !names.contains(capitals)) {
                    names.add(capitals); // "LTTE", "FARC": Phoenix writes every name in capitals, so "Ltte" may be an acronym
                }
            }
            List<String[]> codes = new ArrayList<>();
            for (String c : b.codes()) {
                Matcher m = CODE.matcher(c);
                while (m.find()) {
                    codes.add(new String[] {isoCountry(m.group(1)), m.group(2), m.group(3), m.group(4)});
                }
            }
            if (names.isEmpty() || codes.isEmpty()) {
                skipped++;
                continue;
            }
            if (codes.stream().anyMatch(c -> c[0].length() == 3) && (codes.size() == 1 || codes.stream().anyMatch(c -> countries.contains(c[0])))) {
                // a country's names (also dated, "[ARM >910921]"): Phoenix lists its cities and regions there too
                // ("Harbin", "Gomel"), which would make every venue an actor; Dyadic's own countries.tsv is used instead
                countryBlocks++;
                continue;
            }
            ActorEntry e = entry(names, codes, in.getFileName() + ": " + b.names().get(0));
            if (e == null) {
                skipped++;
                continue;
            }
            ActorEntry old = entries.get(e.name());
            if (old != null && isOtherGroup(old, e)) {
                // "NATIONAL_LIBERATION_ARMY_(COLOMBIA)_" and "(BOLIVIA)_": the same name once the country in brackets
                // is gone; the first keeps it, the second is known by its own synonyms ("Eln-B"), or left out
                e = underOwnAlias(e, entries.keySet());
                if (e == null) {
                    sameNameOtherCode++;
                    continue;
                }
                old = null;
            }
            entries.put(e.name(), old == null ? e : merge(old, e));
        }
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write(header(in));
            for (ActorEntry e : entries.values()) {
                w.write('\n');
                w.write(ActorFile.write(e));
            }
        }
        return in.getFileName() + ": " + entries.size() + " actors; left out: " + countryBlocks + " blocks coded with three letters only (country names, bare [MED], [NGO]), "
                + skipped + " blocks without a usable name or code, " + sameNameOtherCode
                + " groups whose only name another group with another code has";
    }

    /** Groups lines into blocks: names (primary and "+" synonyms) followed by their code lines. */
    private static List<Block> blocks(List<String> lines) {
        List<Block> out = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.strip().startsWith("#") ? "" : raw;
            int semicolon = line.indexOf(';');
            if (semicolon >= 0) {
                line = line.substring(0, semicolon);
            }
            int comment = line.indexOf(" #"); // "KURDISTAN_REGIONAL_GOVERNMENT # Make new Kurdistan code?"
            if (comment >= 0) {
                line = line.substring(0, comment);
            }
            String s = line.strip();
            if (s.isEmpty()) {
                continue;
            }
            int bracket = s.indexOf('[');
            String namePart = bracket >= 0 ? s.substring(0, bracket).strip() : s;
            String codePart = bracket >= 0 ? s.substring(bracket) : "";
            if (!namePart.isEmpty()) {
                // a "+" line is a synonym of the current block, even after its codes; a new name after codes starts a block
                if (!codes.isEmpty() && !namePart.startsWith("+")) {
                    out.add(new Block(names, codes));
                    names = new ArrayList<>();
                    codes = new ArrayList<>();
                }
                names.add(namePart.startsWith("+") ? namePart.substring(1) : namePart);
            }
            if (!codePart.isEmpty()) {
                codes.add(codePart);
            }
        }
        if (!names.isEmpty() && !codes.isEmpty()) {
            out.add(new Block(names, codes));
        }
        return out;
    }

    private ActorEntry entry(List<String> names, List<String[]> codes, String origin) {
        String undated = null;
        List<Role> roles = new ArrayList<>();
        for (String[] c : codes) {
            String code = c[0];
            if (!knownCountry(code)) {
                dropped.merge(code.length() >= 3 ? code.substring(0, 3) : code, 1, Integer::sum);
                continue;
            }
            LocalDate first = date(c[2]);
            LocalDate last = date(c[3]);
            if (c[1].equals("<")) {
                last = first;
                first = null;
            }
            if (c[2].isEmpty() && c[3] == null) {
                if (undated == null) {
                    undated = code;
                }
                continue;
            }
            if ((first == null && !c[2].isEmpty() && !c[1].equals("<")) || (first != null && last != null && first.isAfter(last))) {
                continue; // a date Phoenix got wrong ("2004017", an end before the start)
            }
            roles.add(new Role(null, null, code, first, c[1].equals(">") ? null : last));
        }
        if (undated == null && roles.isEmpty()) {
            return null;
        }
        String code = undated != null ? undated : roles.get(roles.size() - 1).code();
        return new ActorEntry(names.get(0), code, names.subList(1, names.size()), roles, origin);
    }

    /**
     * CAMEO's country codes that are not ISO's (TMP East Timor, KSV Kosovo) and Phoenix's misspelt ANG (Angola), in
     * the codes Dyadic uses: "TMPGOV" -> "TLSGOV", "ANGREB" -> "AGOREB".
     */
    static String isoCountry(String code) {
        String country = code.length() >= 3 ? CAMEO_TO_ISO.get(code.substring(0, 3)) : null;
        return country == null ? code : country + code.substring(3);
    }

    private static final Map<String, String> CAMEO_TO_ISO = Map.of("TMP", "TLS", "KSV", "XKX", "ANG", "AGO");

    private boolean knownCountry(String code) {
        return code.length() >= 3 && code.length() % 3 == 0
                && (countries.contains(code.substring(0, 3)) || ORGANISATION_PREFIXES.contains(code.substring(0, 3)));
    }

    /** Two groups (no dated roles) with one name and different codes: not one actor told twice. */
    private static boolean isOtherGroup(ActorEntry a, ActorEntry b) {
        return !a.code().equals(b.code()) && a.roles().isEmpty() && b.roles().isEmpty();
    }

    /** The entry under its first synonym that no entry has as its name yet, or {@code null} when it has none. */
    private static ActorEntry underOwnAlias(ActorEntry e, Set<String> taken) {
        for (String alias : e.aliases()) {
            if (!taken.contains(alias)) {
                List<String> rest = new ArrayList<>(e.aliases());
                rest.remove(alias);
                return new ActorEntry(alias, e.code(), rest, e.roles(), e.origin());
            }
        }
        return null;
    }

    private static ActorEntry merge(ActorEntry a, ActorEntry b) {
        Set<String> aliases = new LinkedHashSet<>(a.aliases());
        aliases.addAll(b.aliases());
        aliases.remove(a.name());
        List<Role> roles = new ArrayList<>(a.roles());
        for (Role r : b.roles()) {
            if (!roles.contains(r)) {
                roles.add(r);
            }
        }
        return new ActorEntry(a.name(), a.code(), new ArrayList<>(aliases), roles, a.origin());
    }

    /** YYMMDD (years above 30 are 19xx) or YYYYMMDD; {@code null} when empty or not a date. */
    static LocalDate date(String s) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        try {
            if (s.length() == 6) {
                int yy = Integer.parseInt(s.substring(0, 2));
                return LocalDate.of(yy > 30 ? 1900 + yy : 2000 + yy, Integer.parseInt(s.substring(2, 4)), Integer.parseInt(s.substring(4, 6)));
            }
            if (s.length() == 8) {
                return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)), Integer.parseInt(s.substring(6, 8)));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    /** "Ltte" -> "LTTE", "Hamas" -> "HAMAS": a one-word name of two to five letters may be an acronym; else {@code null}. */
    static String shortWordInCapitals(String name) {
        boolean shortWord = name.length() >= 2 && name.length() <= 5 && name.chars().allMatch(Character::isLetter);
        String capitals = name.toUpperCase(Locale.ROOT);
        return shortWord && !capitals.equals(name) ? capitals : null;
    }

    /** "XI_JINPING_" -> "Xi Jinping", "U.N._" -> "U.N.", "BAN_KI-MOON" -> "Ban Ki-Moon", "(AAIA)" dropped. */
    static String name(String phoenix) {
        String s = phoenix.replaceAll("\\([^)]*\\)", " ").replace('_', ' ').replace('+', ' ').strip();
        StringBuilder out = new StringBuilder();
        for (String w : s.split("\\s+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ').append(word(w));
            } else {
                String first = word(w); // a name starts with a capital, even "the" or "al"
                out.append(Character.toUpperCase(first.charAt(0))).append(first.substring(1));
            }
        }
        return out.toString();
    }

    private static final Set<String> SMALL = Set.of("of", "the", "and", "for", "in", "on", "al", "el", "de", "du", "la", "le", "bin", "ibn", "van", "von", "der", "da", "dos", "das", "y");

    private static String word(String w) {
        String letters = w.replaceAll("[^A-Za-z]", "");
        boolean acronym = w.contains(".") || (letters.length() <= 4 && !letters.isEmpty() && letters.chars().noneMatch(c -> "AEIOUY".indexOf(c) >= 0));
        if (acronym) {
            return w;
        }
        String lower = w.toLowerCase(Locale.ROOT);
        if (SMALL.contains(lower)) {
            return lower;
        }
        StringBuilder b = new StringBuilder(lower.length());
        boolean up = true;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            b.append(up ? Character.toUpperCase(c) : c);
            // "Ban Ki-Moon", "Yar'Adua"; but "People's", not "People'S"
            up = c == '-' || c == '\'' && !lower.substring(i + 1).equals("s");
        }
        return b.toString();
    }

    private String agents(Path in, Path out) throws IOException {
        Map<String, String> macros = new LinkedHashMap<>();
        Map<String, Set<String>> bySector = new TreeMap<>();
        Pattern macro = Pattern.compile("^(![A-Z]+!)\\s*=\\s*(.+)$");
        Pattern agent = Pattern.compile("^([^\\[#]+?)\\s*\\[~([A-Z]+)\\]");
        int n = 0;
        for (String raw : Files.readAllLines(in, StandardCharsets.UTF_8)) {
            String s = raw.strip();
            Matcher mm = macro.matcher(s);
            if (mm.find()) {
                macros.put(mm.group(1), mm.group(2));
                continue;
            }
            Matcher am = agent.matcher(s);
            if (!am.find() || am.group(2).length() % 3 != 0) {
                continue;
            }
            for (String phrase : expand(am.group(1), macros)) {
                for (String form : nounForms(phrase)) {
                    String words = form.replace('_', ' ').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
                    if (!words.isEmpty() && !words.contains("!")) {
                        bySector.computeIfAbsent(am.group(2), k -> new LinkedHashSet<>()).add(words);
                        n++;
                    }
                }
            }
        }
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write(header(in));
            w.write("# Sector words, in the columns of ../sectors.tsv (sector, words).\n");
            for (Map.Entry<String, Set<String>> e : bySector.entrySet()) {
                w.write(e.getKey() + "\t" + String.join("|", e.getValue()) + "\n");
            }
        }
        return in.getFileName() + ": " + n + " agent words in " + bySector.size() + " sectors";
    }

    /**
     * The forms of an agent noun, as PETRARCH reads them: "FARMER" is also "FARMERS" (the file leaves regular plurals
     * out), "POLICE {}" has no plural, "LAWMAN {LAWMEN}" has the one in braces.
     */
    static List<String> nounForms(String phrase) {
        int brace = phrase.indexOf('{');
        if (brace >= 0) {
            String noun = phrase.substring(0, brace).strip();
            int close = phrase.indexOf('}', brace);
            String plural = close > brace ? phrase.substring(brace + 1, close).strip() : "";
            return plural.isEmpty() ? List.of(noun) : List.of(noun, plural);
        }
        String noun = phrase.strip();
        String plural = regularPlural(noun);
        return plural == null ? List.of(noun) : List.of(noun, plural);
    }

    /** "farmer" -> "farmers", "deputy" -> "deputies", "witness" -> "witnesses"; {@code null} for "marines" and stems. */
    private static String regularPlural(String noun) {
        String lower = noun.toLowerCase(Locale.ROOT);
        if (lower.isEmpty() || !Character.isLetter(lower.charAt(lower.length() - 1))) {
            return null;
        }
        if (lower.endsWith("ss") || lower.endsWith("x") || lower.endsWith("z") || lower.endsWith("ch") || lower.endsWith("sh")) {
            return noun + "ES";
        }
        if (lower.endsWith("s")) {
            return null; // already plural ("marines", "armed forces")
        }
        if (lower.endsWith("y") && lower.length() > 1 && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
            return noun.substring(0, noun.length() - 1) + "IES";
        }
        return noun + "S";
    }

    /** "!MINIST! OF_DEFENCE" with "!MINIST! = MINISTER, MINISTRY" -> "MINISTER OF_DEFENCE", "MINISTRY OF_DEFENCE". */
    private static List<String> expand(String phrase, Map<String, String> macros) {
        for (Map.Entry<String, String> m : macros.entrySet()) {
            int at = phrase.indexOf(m.getKey());
            if (at >= 0) {
                List<String> out = new ArrayList<>();
                for (String v : m.getValue().split(",")) {
                    String joined = phrase.substring(0, at) + v.strip() + phrase.substring(at + m.getKey().length());
                    out.addAll(expand(joined, macros));
                }
                return out;
            }
        }
        return List.of(phrase);
    }

    private static String header(Path in) {
        return "# Converted from " + in.getFileName() + " of the Phoenix dictionaries (Open Event Data Alliance, MIT licence;\n"
                + "# see NOTICE) by `dyadic actors convert-phoenix`. Do not edit: put corrections in ../people/, which\n"
                + "# ranks above this file.\n";
    }
}
