package dev.dyadic.actors;

import dev.dyadic.model.Actor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether "he" or "she" can stand for a person: a title before the name ("Ms Begum", from {@code person-gender.tsv}),
 * else the given name ("Theresa May", "Donald Trump", from CoreNLP's list of given names). A person of no
 * known gender fits either pronoun. Names of countries that write the family name first ("Li Qiang") are read by
 * their titles only.
 */
public final class PersonGender {
    static final String FILE = "person-gender.tsv";
    /** CoreNLP's given names with their gender (models jar): "theresa<TAB>FEMALE". */
    static final String CORENLP_NAMES = "/edu/stanford/nlp/models/dcoref/namegender.combine.txt";
    private static final Set<String> FEMALE_PRONOUNS = Set.of("she", "her", "hers", "herself");
    private static final Set<String> MALE_PRONOUNS = Set.of("he", "him", "his", "himself");

    enum Gender { MALE, FEMALE }

    private final Map<String, Gender> titles = new HashMap<>();
    private final Map<String, Gender> names = new HashMap<>();
    private final Set<String> familyNameFirst = new HashSet<>();

    private PersonGender() {
    }

    private static final class Standard {
        static final PersonGender INSTANCE = load();
    }

    /** The titles of {@code person-gender.tsv} and CoreNLP's given names, read once on first use. */
    public static PersonGender standard() {
        return Standard.INSTANCE;
    }

    private static PersonGender load() {
        PersonGender g = new PersonGender();
        try (InputStream in = PersonGender.class.getResourceAsStream(CORENLP_NAMES)) {
            if (in != null) {
                g.readGivenNames(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (DictionaryLine l : DictionaryLine.resource(FILE)) {
            String kind = l.field(0);
            String value = l.field(1).toLowerCase(Locale.ROOT);
            switch (kind) {
                case "title" -> g.titles.put(value, gender(l));
                case "order" -> g.familyNameFirst.add(l.field(1));
                default -> throw new IllegalStateException(l.where() + ": unknown kind \"" + kind + "\" (title or order)");
            }
        }
        return g;
    }

    private static Gender gender(DictionaryLine l) {
        return switch (l.field(2)) {
            case "male" -> Gender.MALE;
            case "female" -> Gender.FEMALE;
            default -> throw new IllegalStateException(l.where() + ": gender must be male or female");
        };
    }

    /** Reads "name<TAB>MALE" lines; a name listed with both genders is left out. */
    private void readGivenNames(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Set<String> both = new HashSet<>();
        String line;
        while ((line = r.readLine()) != null) {
            String[] f = line.split("\t");
            if (f.length != 2 || !(f[1].equals("MALE") || f[1].equals("FEMALE"))) {
                continue;
            }
            String name = f[0].toLowerCase(Locale.ROOT);
            Gender g = Gender.valueOf(f[1]);
            Gender before = names.putIfAbsent(name, g);
            if (before != null && before != g) {
                both.add(name);
            }
        }
        both.forEach(names::remove);
    }

    /** The person's gender, or {@code null} when nothing tells. */
    Gender of(Actor person) {
        String text = person.text() == null ? "" : person.text().toLowerCase(Locale.ROOT).strip();
        String[] words = text.split("[\\s.]+");
        // the title the words open with ("Ms Begum", "the Queen"), not one of a phrase inside ("the Queen's envoy")
        int first = words.length > 1 && (words[0].equals("the") || words[0].equals("a")) ? 1 : 0;
        Gender titled = words.length > first ? titles.get(words[first]) : null;
        if (titled != null && !(words.length > first + 1 && words[first + 1].equals("'s"))) {
            return titled;
        }
        if (person.name() == null || person.name().isBlank()) {
            return null;
        }
        if (familyNameFirst.contains(person.country())) {
            return null; // "Li Qiang": "Li" is his family name
        }
        return names.get(person.name().strip().split("[\\s-]+")[0].toLowerCase(Locale.ROOT));
    }

    /** Whether the pronoun ("she") cannot stand for the person (a man). Pronouns with no gender fit anyone. */
    public boolean contradicts(String pronoun, Actor person) {
        String p = pronoun.toLowerCase(Locale.ROOT);
        Gender g = of(person);
        return g != null && (g == Gender.MALE && FEMALE_PRONOUNS.contains(p) || g == Gender.FEMALE && MALE_PRONOUNS.contains(p));
    }
}
