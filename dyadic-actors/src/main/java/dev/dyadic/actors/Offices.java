package dev.dyadic.actors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The offices of {@code offices.tsv}: "Foreign Minister" and the titles that name it in role lines and in text
 * ("minister of foreign affairs", "secretary of state", "top diplomat").
 */
public final class Offices {

    /** An office; {@code single} when a country has one holder at a time. */
    public record Office(String name, boolean single, List<String> titles) {
        @Override
        public String toString() {
            return name;
        }
    }

    private final Map<String, Office> byTitle = new LinkedHashMap<>();
    private final List<Office> all = new ArrayList<>();

    static Offices read(List<DictionaryLine> lines) {
        Offices o = new Offices();
        for (DictionaryLine l : lines) {
            String holders = l.field(1);
            if (!holders.equals("one") && !holders.equals("many")) {
                throw new IllegalStateException(l.where() + ": holders must be \"one\" or \"many\", not \"" + holders + "\"");
            }
            List<String> titles = new ArrayList<>(l.list(2));
            Office office = new Office(l.field(0), holders.equals("one"), List.copyOf(titles));
            o.all.add(office);
            o.byTitle.putIfAbsent(normalise(office.name()), office);
            for (String t : titles) {
                o.byTitle.putIfAbsent(normalise(t), office);
            }
        }
        return o;
    }

    /** The office a title names ("Minister of Foreign Affairs" -> Foreign Minister), or {@code null}. */
    public Office byTitle(String title) {
        return byTitle.get(normalise(title));
    }

    public List<Office> all() {
        return List.copyOf(all);
    }

    /** Titles, each with its office, for the term matcher. */
    Map<String, Office> titles() {
        return byTitle;
    }

    /** Lower case, no dots, "the" and "'s" dropped, one space between words, hyphens spaced as CoreNLP does. */
    static String normalise(String title) {
        String s = title.toLowerCase(Locale.ROOT).replace(".", "").replace("’", "'").replace("'s ", " ").replace("-", " - ");
        StringBuilder out = new StringBuilder();
        for (String w : s.trim().split("\\s+")) {
            if (w.equals("the") || w.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(w);
        }
        return out.toString();
    }
}
