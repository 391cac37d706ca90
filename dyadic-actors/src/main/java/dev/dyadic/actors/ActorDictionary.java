package dev.dyadic.actors;

import dev.dyadic.model.Sentence;
import dev.dyadic.model.Token;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The actor dictionary: countries (names, adjectives, capitals and seats), international organisations, sector words,
 * offices and named actors with dated roles, read from the files under {@code /dyadic/actors/} (and any the user adds),
 * compiled into one token trie.
 *
 * <p>Where two files give the same words, the user's files win over the shipped ones, and the shipped ones over the
 * data converted from Phoenix.
 */
public final class ActorDictionary {
    /** A term that ends in a preposition ("ambassador to"): a prefix of a longer phrase, not a term of its own. */
    private static final Pattern DANGLING_PREPOSITION = Pattern.compile("\\s(to|at|for|in|of|on|with|from)$");
    /** Priority of data converted from the Phoenix dictionaries. */
    static final int PHOENIX = 0;
    /** Priority of the files written for Dyadic. */
    static final int SHIPPED = 1;
    /** Priority of files given with {@code --actors}. */
    static final int USER = 2;

    private static volatile ActorDictionary standard;

    private final TermTrie trie = new TermTrie();
    private final Offices offices;
    /** Words of {@code office-qualifiers.tsv}: "former", "deputy", "late" before a title. */
    private final java.util.Set<String> officeQualifiers = new java.util.HashSet<>();
    private final Map<String, String> countryNames = new LinkedHashMap<>();
    private final Map<String, String> organisationNames = new LinkedHashMap<>();
    /** Named actors by normalised name; a later entry of equal or higher priority replaces an earlier one. */
    private final Map<String, Ranked> named = new LinkedHashMap<>();
    /**
     * Names of countries and named actors by their spelling key ({@link NameSimilarity#fold}), for names written with a
     * letter doubled, dropped or spelt by sound ("Mitterand", "Afganistan"); {@code null} for a key two terms share.
     */
    private final Map<String, Term> bySpelling = new HashMap<>();
    /** Words that begin someone else's name ("Umm", "Abu"): the {@link #BEFORE_NAME} line of not-actors.tsv. */
    private final Set<String> namePrefixes = new HashSet<>();
    private static final String BEFORE_NAME = "before-name";
    /** Who held which office: "UKR|Foreign Minister" -> holdings. */
    private final Map<String, List<Holding>> holdings = new HashMap<>();

    /** A person's term in an office. */
    public record Holding(ActorEntry actor, Role role) {
    }

    private record Ranked(ActorEntry entry, int priority) {
    }

    private ActorDictionary() {
        offices = Offices.read(DictionaryLine.resource("offices.tsv"));
        DictionaryLine.resource("office-qualifiers.tsv").forEach(l -> officeQualifiers.addAll(l.list(0)));
    }

    /** The country codes of {@code countries.tsv}, without loading the rest. */
    public static java.util.Set<String> standardCountries() {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        DictionaryLine.resource("countries.tsv").forEach(l -> out.add(l.field(0)));
        return out;
    }

    /** The dictionary shipped with Dyadic (loaded once per process). */
    public static ActorDictionary standard() {
        ActorDictionary d = standard;
        if (d == null) {
            synchronized (ActorDictionary.class) {
                if (standard == null) {
                    standard = load(List.of());
                }
                d = standard;
            }
        }
        return d;
    }

    /**
     * The shipped dictionary with the user's actor files read last, so that they add to or override it.
     *
     * @throws IllegalArgumentException naming the file and line of an entry that cannot be read
     */
    public static ActorDictionary withUserFiles(List<Path> files) {
        return files.isEmpty() ? standard() : load(files);
    }

    private static ActorDictionary load(List<Path> userFiles) {
        ActorDictionary d = new ActorDictionary();
        d.loadOffices();
        d.loadCountries(DictionaryLine.resource("countries.tsv"), SHIPPED);
        d.loadOrganisations(DictionaryLine.resource("organisations.tsv"));
        d.loadSectors(DictionaryLine.resource("sectors.tsv"), SHIPPED);
        d.loadNotActors(DictionaryLine.resource("not-actors.tsv"));
        d.loadSectors(DictionaryLine.resource("phoenix/agents.tsv"), PHOENIX);
        for (DictionaryLine l : DictionaryLine.resource("actor-files.tsv")) {
            String file = l.field(0);
            try (InputStream in = ActorDictionary.class.getResourceAsStream(DictionaryLine.DIR + file)) {
                if (in == null) {
                    throw new IllegalStateException(l.where() + ": no such actor file: " + file);
                }
                d.addEntries(file, new InputStreamReader(in, StandardCharsets.UTF_8), file.startsWith("phoenix/") ? PHOENIX : SHIPPED);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (Path p : userFiles) {
            try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                d.addEntries(p.toString(), r, USER);
            } catch (java.nio.file.NoSuchFileException e) {
                throw new IllegalArgumentException(p + ": no such file", e);
            } catch (IOException e) {
                throw new IllegalArgumentException(p + ": cannot read: " + e.getMessage(), e);
            }
        }
        d.compileNamed();
        return d;
    }

    /**
     * Terms found in a sentence, longest first, left to right; not inside a person's name ("Qin Gang" holds no
     * "gang", "Jordan Henderson" no Jordan) unless they are a named actor; a named actor only when written with a
     * capital.
     */
    public List<TermMatch> match(Sentence sentence) {
        return match(sentence.tokens());
    }

    List<TermMatch> match(List<Token> tokens) {
        List<TermMatch> out = new ArrayList<>();
        for (TermMatch m : trie.match(tokens)) {
            Token first = tokens.get(m.first() - 1);
            if (m.term().kind() == Term.Kind.NAMED || m.term().kind() == Term.Kind.NOT_ACTOR) {
                if (Character.isUpperCase(first.word().charAt(0)) && !isGroupInsidePersonName(tokens, m)
                        && !isAnotherPersonsName(tokens, m)) {
                    out.add(m);
                }
                continue;
            }
            boolean inName = true;
            for (int i = m.first(); i <= m.last(); i++) {
                inName &= "PERSON".equals(tokens.get(i - 1).ner());
            }
            if (!inName) {
                out.add(m);
            }
        }
        out.addAll(misspelt(tokens, out));
        return out;
    }

    /**
     * "Abdel Fatah al-Sisi" holds no Fatah: a group's name inside a longer run of words the NER tags as a person's name.
     */
    private static boolean isGroupInsidePersonName(List<Token> tokens, TermMatch m) {
        if (m.term().actor() == null || m.term().actor().isPerson()) {
            return false;
        }
        boolean personBefore = m.first() > 1 && "PERSON".equals(tokens.get(m.first() - 2).ner());
        boolean personAfter = m.last() < tokens.size() && "PERSON".equals(tokens.get(m.last()).ner());
        return "PERSON".equals(tokens.get(m.first() - 1).ner()) && (personBefore || personAfter);
    }

    /**
     * "Hunter Biden", "Michelle Obama": a known person's one-word name after a given name the NER tags as the same
     * person's name is someone else's (a relative, a namesake); so is any known name right after a word that begins
     * another name ("Umm Abdullah", the mother of an Abdullah). A known person written with a given
     * name the dictionary lacks ("Sergey Lavrov") is then looked up by spelling, as a whole ({@link #misspelt}).
     */
    private boolean isAnotherPersonsName(List<Token> tokens, TermMatch m) {
        if (m.term().actor() == null || m.first() < 2) {
            return false;
        }
        Token before = tokens.get(m.first() - 2);
        if (namePrefixes.contains(before.word())) {
            return true; // "Umm Abdullah", the mother of an Abdullah (not-actors.tsv, before-name)
        }
        return m.term().actor().isPerson() && m.first() == m.last() && "PERSON".equals(before.ner())
                && "PERSON".equals(tokens.get(m.first() - 1).ner()) && Character.isUpperCase(before.word().charAt(0));
    }

    /** Shortest spelling key looked up: shorter names collide too easily ("Mali" and "Malay"). */
    private static final int MIN_SPELLING_KEY = 6;

    /**
     * Proper names the trie did not find that are spelt like a country or a named actor ("Afganistan", "President
     * Francois Mitterand"): each run of capitalised proper nouns outside the terms found, as a whole.
     */
    private List<TermMatch> misspelt(List<Token> tokens, List<TermMatch> found) {
        List<TermMatch> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!isLooseName(tokens, i + 1, found)) {
                i++;
                continue;
            }
            int end = i;
            while (end + 1 < tokens.size() && isLooseName(tokens, end + 2, found)) {
                end++;
            }
            StringBuilder name = new StringBuilder();
            for (int j = i; j <= end; j++) {
                name.append(j > i ? " " : "").append(tokens.get(j).word());
            }
            String key = NameSimilarity.fold(name.toString());
            Term term = key.replace(" ", "").length() >= MIN_SPELLING_KEY ? bySpelling.get(key) : null;
            TermMatch m = term == null ? null : new TermMatch(term, i + 1, end + 1);
            if (m != null && !isGroupInsidePersonName(tokens, m) && !isAnotherPersonsName(tokens, m)) {
                out.add(m);
            }
            i = end + 1;
        }
        return out;
    }

    /** A capitalised proper noun (1-based index) that no term found covers. */
    private static boolean isLooseName(List<Token> tokens, int index, List<TermMatch> found) {
        Token t = tokens.get(index - 1);
        return t.pos().startsWith("NNP") && Character.isUpperCase(t.word().charAt(0)) && found.stream().noneMatch(m -> m.covers(index));
    }

    private void addSpelling(String name, Term term) {
        String key = NameSimilarity.fold(name);
        if (bySpelling.containsKey(key) && !sameActor(bySpelling.get(key), term)) {
            bySpelling.put(key, null); // two actors spelt alike: neither is guessed
        } else if (!bySpelling.containsKey(key)) {
            bySpelling.put(key, term);
        }
    }

    private static boolean sameActor(Term a, Term b) {
        return a != null && a.kind() == b.kind() && a.code().equals(b.code()) && a.actor() == b.actor();
    }

    /** Country codes with their common names, in file order. */
    public Map<String, String> countries() {
        return Collections.unmodifiableMap(countryNames);
    }

    /** Organisation codes with their first names, in file order. */
    public Map<String, String> organisations() {
        return Collections.unmodifiableMap(organisationNames);
    }

    /** Whether a word next to a title says it does not name the office's holder that day ("former", "deputy"). */
    public boolean isOfficeQualifier(String word) {
        return officeQualifiers.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    public Offices offices() {
        return offices;
    }

    /** Every named actor (people, groups), after overrides. */
    public List<ActorEntry> namedActors() {
        return named.values().stream().map(Ranked::entry).toList();
    }

    /** The named actor with that name, or {@code null}. */
    public ActorEntry named(String name) {
        Ranked r = named.get(key(name));
        return r == null ? null : r.entry();
    }

    /**
     * Who held that office of that country (or international body, by its code) on that date; several for offices
     * such as spokesperson.
     */
    public List<Holding> holders(String country, Offices.Office office, LocalDate date) {
        List<Holding> out = new ArrayList<>();
        if (date == null) {
            return out;
        }
        for (Holding h : holdings.getOrDefault(country + "|" + office.name(), List.of())) {
            if (h.role().heldOn(date)) {
                out.add(h);
            }
        }
        return out;
    }

    /** Every term of an office of a country, for the consistency checks. */
    public Map<String, List<Holding>> allHoldings() {
        return Collections.unmodifiableMap(holdings);
    }

    private void loadOffices() {
        // titles give the sector (GOV) and the office; they come before sectors.tsv, which also lists some of them
        for (Offices.Office office : offices.all()) {
            trie.add(office.name(), new Term(Term.Kind.SECTOR, "GOV", "GOV", office.name(), office, null), SHIPPED);
            for (String title : office.titles()) {
                trie.add(title, new Term(Term.Kind.SECTOR, "GOV", "GOV", title, office, null), SHIPPED);
            }
        }
    }

    private void loadCountries(List<DictionaryLine> lines, int priority) {
        for (DictionaryLine l : lines) {
            String code = l.field(0);
            List<String> names = l.list(1);
            countryNames.putIfAbsent(code, names.isEmpty() ? code : names.get(0));
            for (String n : names) {
                Term term = new Term(Term.Kind.COUNTRY, code, "", n);
                trie.add(n, term, priority);
                addSpelling(n, term);
            }
            l.list(2).forEach(a -> trie.add(a, new Term(Term.Kind.ADJECTIVE, code, "", a), priority));
            for (String m : l.list(3)) {
                int eq = m.indexOf('=');
                String name = eq < 0 ? m : m.substring(0, eq);
                String sector = eq < 0 ? "GOV" : m.substring(eq + 1).trim();
                trie.add(name, new Term(Term.Kind.METONYM, code, sector, name), priority);
            }
        }
    }

    private void loadOrganisations(List<DictionaryLine> lines) {
        for (DictionaryLine l : lines) {
            String code = l.field(0);
            List<String> names = l.list(1);
            organisationNames.putIfAbsent(code, names.isEmpty() ? code : names.get(0));
            names.forEach(n -> trie.add(n, new Term(Term.Kind.ORGANISATION, code, "", n), SHIPPED));
        }
    }

    private void loadSectors(List<DictionaryLine> lines, int priority) {
        for (DictionaryLine l : lines) {
            String sector = l.field(0);
            // Phoenix's "ambassador to", "embassy in": PETRARCH matched them before the country; here the longest match
            // would swallow the next word ("summoned the ambassador to complain"), and "ambassador" is listed anyway
            l.list(1).stream().filter(w -> !DANGLING_PREPOSITION.matcher(w).find())
                    .forEach(w -> trie.add(w, new Term(Term.Kind.SECTOR, sector, sector, w), priority));
        }
    }

    private void loadNotActors(List<DictionaryLine> lines) {
        for (DictionaryLine l : lines) {
            String why = l.field(0);
            if (why.equals(BEFORE_NAME)) {
                namePrefixes.addAll(l.list(1));
                continue;
            }
            l.list(1).forEach(w -> trie.add(w, new Term(Term.Kind.NOT_ACTOR, why, "", w), USER + 1));
        }
    }

    private void addEntries(String file, Reader in, int priority) throws IOException {
        for (ActorEntry e : ActorFile.read(file, in, offices)) {
            String k = key(e.name());
            Ranked old = named.get(k);
            if (old == null || priority >= old.priority()) {
                named.put(k, new Ranked(e, priority));
            }
        }
    }

    private void compileNamed() {
        for (Ranked r : named.values()) {
            ActorEntry e = r.entry();
            Term term = new Term(Term.Kind.NAMED, e.code(), "", e.name(), null, e);
            trie.add(e.name(), term, r.priority());
            addSpelling(e.name(), term);
            for (String a : e.aliases()) {
                trie.add(a, term, r.priority());
                addSpelling(a, term);
            }
            for (Role role : e.roles()) {
                if (role.office() != null) {
                    holdings.computeIfAbsent(role.holderKey() + "|" + role.office().name(), k -> new ArrayList<>()).add(new Holding(e, role));
                }
            }
        }
    }

    private static String key(String name) {
        return String.join(" ", TermTrie.words(name)).toLowerCase(Locale.ROOT);
    }
}
