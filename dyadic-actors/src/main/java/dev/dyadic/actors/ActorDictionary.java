package dev.dyadic.actors;

import dev.dyadic.model.Sentence;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The actor dictionary: countries (names, adjectives, capitals and seats), international organisations and
 * sector words, read from the tab-separated files under {@code /dyadic/actors/}, compiled into one token trie.
 */
public final class ActorDictionary {
    private static final String DIR = "/dyadic/actors/";
    private static volatile ActorDictionary standard;

    private final TermTrie trie = new TermTrie();
    private final Map<String, String> countryNames = new LinkedHashMap<>();
    private final Map<String, String> organisationNames = new LinkedHashMap<>();

    private ActorDictionary() {
    }

    /** The dictionary shipped with Dyadic (loaded once per process). */
    public static ActorDictionary standard() {
        ActorDictionary d = standard;
        if (d == null) {
            synchronized (ActorDictionary.class) {
                if (standard == null) {
                    ActorDictionary loaded = new ActorDictionary();
                    loaded.loadCountries(lines("countries.tsv"));
                    loaded.loadOrganisations(lines("organisations.tsv"));
                    loaded.loadSectors(lines("sectors.tsv"));
                    standard = loaded;
                }
                d = standard;
            }
        }
        return d;
    }

    /**
     * Terms found in a sentence, longest first, left to right; not inside a person's name ("Qin Gang" holds no
     * "gang", "Jordan Henderson" no Jordan).
     */
    public List<TermMatch> match(Sentence sentence) {
        List<TermMatch> out = new ArrayList<>();
        for (TermMatch m : trie.match(sentence.tokens())) {
            boolean inName = true;
            for (int i = m.first(); i <= m.last(); i++) {
                inName &= "PERSON".equals(sentence.token(i).ner());
            }
            if (!inName) {
                out.add(m);
            }
        }
        return out;
    }

    /** Country codes with their common names, in file order. */
    public Map<String, String> countries() {
        return java.util.Collections.unmodifiableMap(countryNames);
    }

    /** Organisation codes with their first names, in file order. */
    public Map<String, String> organisations() {
        return java.util.Collections.unmodifiableMap(organisationNames);
    }

    private void loadCountries(List<Line> lines) {
        for (Line l : lines) {
            String code = l.field(0);
            List<String> names = l.list(1);
            countryNames.put(code, names.isEmpty() ? code : names.get(0));
            names.forEach(n -> trie.add(n, new Term(Term.Kind.COUNTRY, code, "", n)));
            l.list(2).forEach(a -> trie.add(a, new Term(Term.Kind.ADJECTIVE, code, "", a)));
            for (String m : l.list(3)) {
                int eq = m.indexOf('=');
                String name = eq < 0 ? m : m.substring(0, eq);
                String sector = eq < 0 ? "GOV" : m.substring(eq + 1).trim();
                trie.add(name, new Term(Term.Kind.METONYM, code, sector, name));
            }
        }
    }

    private void loadOrganisations(List<Line> lines) {
        for (Line l : lines) {
            String code = l.field(0);
            List<String> names = l.list(1);
            organisationNames.putIfAbsent(code, names.isEmpty() ? code : names.get(0));
            names.forEach(n -> trie.add(n, new Term(Term.Kind.ORGANISATION, code, "", n)));
        }
    }

    private void loadSectors(List<Line> lines) {
        for (Line l : lines) {
            String sector = l.field(0);
            l.list(1).forEach(w -> trie.add(w, new Term(Term.Kind.SECTOR, sector, sector, w)));
        }
    }

    /** One data line of a dictionary file, with its place for messages. */
    private record Line(String file, int number, String[] fields) {
        String field(int i) {
            if (i >= fields.length || fields[i].isBlank()) {
                throw new IllegalStateException(file + ":" + number + ": column " + (i + 1) + " is missing");
            }
            return fields[i].trim();
        }

        List<String> list(int i) {
            List<String> out = new ArrayList<>();
            if (i < fields.length) {
                for (String s : fields[i].split("\\|")) {
                    if (!s.isBlank()) {
                        out.add(s.trim());
                    }
                }
            }
            return out;
        }
    }

    private static List<Line> lines(String name) {
        List<Line> out = new ArrayList<>();
        try (InputStream in = ActorDictionary.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("actor dictionary missing: " + DIR + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String s;
            int n = 0;
            while ((s = r.readLine()) != null) {
                n++;
                if (!s.isBlank() && !s.startsWith("#")) {
                    out.add(new Line(name, n, s.split("\t", -1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
