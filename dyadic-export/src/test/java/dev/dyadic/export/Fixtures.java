package dev.dyadic.export;

import dev.dyadic.model.Actor;
import dev.dyadic.model.CameoCodebook;
import dev.dyadic.model.Event;
import dev.dyadic.model.EventDate;
import dev.dyadic.model.EventMention;
import dev.dyadic.model.Evidence;
import dev.dyadic.model.Place;
import dev.dyadic.model.StoredEvent;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Three invented stored events for the export tests. */
final class Fixtures {
    static final CameoCodebook CODEBOOK = CameoCodebook.standard();

    /** Quotes, commas, a line break and non-ASCII letters, for the CSV and GDELT escaping. */
    static final String AGREEMENT_TEXT = "Xi and Putin signed a \"no-limits\" pact, officials said,\nin Moscow on Tuesday — "
            + "the Kremlin's words.";

    static final Actor XI = new Actor("CHNGOV", "CHN", "GOV", "Xi Jinping", "President", "Chinese President Xi Jinping");
    static final Actor PUTIN = new Actor("RUSGOV", "RUS", "GOV", "Vladimir Putin", "President",
            "Russian President Vladimir Putin");
    static final Actor US = Actor.of("USA", "GOV", null, null, "Washington");
    static final Actor UK = Actor.of("GBR", "GOV", null, null, "the British government");
    static final Actor UN = Actor.ofCode("IGOUNO", "United Nations", null, "the United Nations");
    static final Actor UKR_MIL = Actor.of("UKR", "MIL", null, null, "Ukrainian forces");
    static final Actor RUS_MIL = Actor.of("RUS", "MIL", null, null, "Russia's \"special operation\" forces");

    /** China and Russia sign an agreement in Moscow: exact date, 3 mentions in 3 articles by 3 publishers. */
    static StoredEvent agreement() {
        Evidence first = new Evidence(0, 0, AGREEMENT_TEXT.length(), AGREEMENT_TEXT);
        Event e = new Event("art-1", List.of(XI), List.of(PUTIN), "057", CODEBOOK.plover("057"),
                CODEBOOK.goldstein("057"), CODEBOOK.quadClass("057"), new EventDate("2023-03-21", EventDate.SENTENCE),
                first, "patterns.txt:120", "signed", new Place("Moscow", "RUS"), 0.92, List.of());
        List<EventMention> mentions = List.of(
                new EventMention("art-1", LocalDate.of(2023, 3, 21), "Daily Planet", "https://planet.example/a1", first,
                        "patterns.txt:120", "signed", 0.92),
                new EventMention("art-2", LocalDate.of(2023, 3, 22), "Evening Star", "https://star.example/b2",
                        new Evidence(4, 310, 370, "The two leaders signed the agreement in the Kremlin."),
                        "patterns.txt:120", "signed", 0.85),
                new EventMention("art-3", null, "Morning Post", "https://post.example/c3",
                        new Evidence(2, 150, 200, "Beijing and Moscow signed a joint statement."), "patterns.txt:121",
                        "signed", 0.8));
        return new StoredEvent(101, e, 3, 3, 3, LocalDateTime.of(2023, 3, 21, 9, 5, 0), mentions);
    }

    /**
     * The US and Britain consult the UN: compound source, IGO target, root code "04", a date known to the month, a
     * report deep in its article with no URL.
     */
    static StoredEvent consultation() {
        Evidence ev = new Evidence(7, 900, 980, "In March, Washington and London consulted the United Nations, "
                + "said Zoë Brückner.");
        Event e = new Event("art-7", List.of(US, UK), List.of(UN), "04", CODEBOOK.plover("04"), CODEBOOK.goldstein("04"),
                CODEBOOK.quadClass("04"), new EventDate("2023-03", EventDate.SENTENCE), ev, "patterns.txt:40",
                "consulted", null, 0.6, List.of());
        List<EventMention> mentions = List.of(new EventMention("art-7", LocalDate.of(2023, 4, 2), null, null, ev,
                "patterns.txt:40", "consulted", 0.6));
        return new StoredEvent(102, e, 1, 1, 1, LocalDateTime.of(2023, 4, 2, 17, 30, 45), mentions);
    }

    /** An attack in Ukraine (the country is the place), date unknown, told twice in one article. */
    static StoredEvent attack() {
        Evidence ev = new Evidence(12, 2000, 2060, "Ukrainian forces struck Russia's \"special operation\" forces "
                + "with artillery.");
        Event e = new Event("art-9", List.of(UKR_MIL), List.of(RUS_MIL), "195", CODEBOOK.plover("195"),
                CODEBOOK.goldstein("195"), CODEBOOK.quadClass("195"), EventDate.unknown(), ev, "patterns.txt:300",
                "struck", new Place("Ukraine", "UKR"), 0.7, List.of(new Evidence(14, 2100, 2150, "Shelling went on.")));
        List<EventMention> mentions = List.of(
                new EventMention("art-9", LocalDate.of(2023, 5, 2), "Kyiv Courier", "https://courier.example/x?q=1&r=2",
                        ev, "patterns.txt:300", "struck", 0.7),
                new EventMention("art-9", LocalDate.of(2023, 5, 2), "Kyiv Courier", "https://courier.example/x?q=1&r=2",
                        new Evidence(14, 2100, 2150, "Shelling went on."), "patterns.txt:300", "shelling", 0.5));
        return new StoredEvent(103, e, 2, 1, 1, LocalDateTime.of(2023, 5, 2, 23, 59, 59), mentions);
    }

    static List<StoredEvent> all() {
        return List.of(agreement(), consultation(), attack());
    }

    private Fixtures() {
    }
}
