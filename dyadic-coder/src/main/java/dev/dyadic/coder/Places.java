package dev.dyadic.coder;

import dev.dyadic.actors.PlaceGazetteer;
import dev.dyadic.actors.SentenceActors;
import dev.dyadic.model.Actor;
import dev.dyadic.model.Place;
import dev.dyadic.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Where an event happened: a phrase that names a country or capital (from the actor dictionary: "in Moscow",
 * "in Russia") or a city of the gazetteer ("in Hangzhou" -> CHN).
 */
final class Places {
    /** A city's country code, or {@code null}. */
    private final Function<String, String> cityCountry;

    Places(Function<String, String> cityCountry) {
        this.cityCountry = cityCountry;
    }

    static Places standard() {
        PlaceGazetteer gazetteer = PlaceGazetteer.standard();
        // news text capitalises place names; lower-case words are never looked up ("mobile", "reading")
        return new Places(name -> Character.isUpperCase(name.charAt(0))
                ? gazetteer.lookup(name).map(PlaceGazetteer.Place::country).orElse(null) : null);
    }

    /** The place named by the phrase headed by {@code head}, or {@code null}. */
    Place place(SentenceActors sentenceActors, int head) {
        Sentence s = sentenceActors.sentence();
        String name = name(s, head);
        List<Actor> named = sentenceActors.actorsAt(head);
        if (named.size() == 1 && named.get(0).name() == null && !named.get(0).country().isEmpty()
                && !named.get(0).country().startsWith("IGO")
                && (name.equals(named.get(0).text()) || named.get(0).sector().isEmpty())) {
            // a country, its capital or seat ("Moscow", "the Kremlin"), also with words of its own ("the occupied West Bank")
            return new Place(name, named.get(0).country());
        }
        if (!named.isEmpty()) {
            return null; // a person or an organisation is not a place
        }
        String country = cityCountry.apply(name);
        return country == null ? null : new Place(name, country);
    }

    /** The head with its compound and flat parts, in word order ("New Delhi", "Ho Chi Minh City"). */
    private static String name(Sentence s, int head) {
        List<Integer> words = new ArrayList<>(List.of(head));
        for (int i = 0; i < words.size(); i++) { // "New" -> "York" -> "City": compounds of compounds too
            words.addAll(s.children(words.get(i), "compound"));
            words.addAll(s.children(words.get(i), "flat"));
        }
        int first = words.stream().min(Integer::compare).orElse(head);
        int last = words.stream().max(Integer::compare).orElse(head);
        return s.span(first, last);
    }
}
