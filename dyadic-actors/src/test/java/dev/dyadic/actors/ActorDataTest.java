package dev.dyadic.actors;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shipped actor data: valid codes, consistent terms of office, and the offices held on known dates. */
class ActorDataTest {
    private static final ActorDictionary DICTIONARY = ActorDictionary.standard();
    private static final Set<String> BODIES = Set.of("IGO", "NGO", "IMG", "MNC");

    @Test
    void everyCodeNamesAKnownCountryOrBodyFollowedBySectors() {
        Set<String> countries = DICTIONARY.countries().keySet();
        List<String> bad = new ArrayList<>();
        for (ActorEntry e : DICTIONARY.namedActors()) {
            List<String> codes = new ArrayList<>(List.of(e.code()));
            e.roles().forEach(r -> codes.add(r.code()));
            for (String c : codes) {
                if (!c.matches("([A-Z]{3})+") || !(countries.contains(c.substring(0, 3)) || BODIES.contains(c.substring(0, 3)))) {
                    bad.add(e.origin() + " " + e.name() + ": " + c);
                }
            }
        }
        assertTrue(bad.isEmpty(), "invalid codes: " + bad);
        assertTrue(DICTIONARY.namedActors().size() > 20_000, "Phoenix and Dyadic's own entries are loaded");
    }

    @Test
    void anOfficeWithOneHolderHasOneHolderOnAnyDay() {
        List<String> overlaps = new ArrayList<>();
        int terms = 0;
        for (Map.Entry<String, List<ActorDictionary.Holding>> office : DICTIONARY.allHoldings().entrySet()) {
            List<ActorDictionary.Holding> h = new ArrayList<>(office.getValue());
            terms += h.size();
            if (!h.get(0).role().office().single()) {
                continue;
            }
            h.sort(Comparator.comparing(x -> x.role().from() == null ? LocalDate.MIN : x.role().from()));
            for (int i = 1; i < h.size(); i++) {
                ActorDictionary.Holding prev = h.get(i - 1);
                ActorDictionary.Holding next = h.get(i);
                // a handover day may be shared
                if (prev.role().to() == null || next.role().from() == null || next.role().from().isBefore(prev.role().to())) {
                    overlaps.add(office.getKey() + ": " + prev.actor().name() + " (" + prev.role().from() + " to " + prev.role().to()
                            + ") and " + next.actor().name() + " (" + next.role().from() + " to " + next.role().to() + ")");
                }
            }
        }
        assertTrue(overlaps.isEmpty(), "overlapping terms:\n" + String.join("\n", overlaps));
        assertTrue(terms > 1000, "terms of office: " + terms);
    }

    @Test
    void nobodyHoldsTwoSingleHolderOfficesOfDifferentCountriesAtOnce() {
        List<String> bad = new ArrayList<>();
        for (ActorEntry e : DICTIONARY.namedActors()) {
            List<Role> single = e.roles().stream().filter(r -> r.office() != null && r.office().single()).toList();
            for (int i = 0; i < single.size(); i++) {
                for (int j = i + 1; j < single.size(); j++) {
                    Role a = single.get(i);
                    Role b = single.get(j);
                    if (!a.holderKey().equals(b.holderKey()) && overlap(a, b)) {
                        bad.add(e.origin() + " " + e.name() + ": " + a + " / " + b);
                    }
                }
            }
        }
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    private static boolean overlap(Role a, Role b) {
        LocalDate aFrom = a.from() == null ? LocalDate.MIN : a.from();
        LocalDate bFrom = b.from() == null ? LocalDate.MIN : b.from();
        LocalDate aTo = a.to() == null ? LocalDate.MAX : a.to();
        LocalDate bTo = b.to() == null ? LocalDate.MAX : b.to();
        return aFrom.isBefore(bTo) && bFrom.isBefore(aTo);
    }

    @Test
    void aPersonIsCodedWithTheOfficeHeldOnTheDay() {
        ActorEntry wangYi = DICTIONARY.named("Wang Yi");
        assertEquals("Foreign Minister", wangYi.roleOn(LocalDate.of(2019, 6, 1)).office().name());
        assertNotEquals("Foreign Minister", wangYi.roleOn(LocalDate.of(2023, 3, 16)).office().name(), "Qin Gang was then");
        assertEquals("Foreign Minister", wangYi.roleOn(LocalDate.of(2023, 11, 20)).office().name());
        assertEquals("Foreign Minister", DICTIONARY.named("Qin Gang").roleOn(LocalDate.of(2023, 3, 16)).office().name());
        assertNull(DICTIONARY.named("Qin Gang").roleOn(LocalDate.of(2024, 3, 16)), "no office after July 2023");
    }

    @Test
    void theHolderOfAnOfficeOnADate() {
        Offices.Office fm = DICTIONARY.offices().byTitle("Minister of Foreign Affairs");
        assertEquals(List.of("Dmytro Kuleba"), names(DICTIONARY.holders("UKR", fm, LocalDate.of(2023, 3, 16))));
        assertEquals(List.of("Qin Gang"), names(DICTIONARY.holders("CHN", fm, LocalDate.of(2023, 3, 16))));
        assertEquals(List.of("Antony Blinken"), names(DICTIONARY.holders("USA", DICTIONARY.offices().byTitle("secretary of state"),
                LocalDate.of(2023, 3, 16))));
        assertEquals(List.of("Antonio Guterres"), names(DICTIONARY.holders("IGOUNO", DICTIONARY.offices().byTitle("Secretary-General"),
                LocalDate.of(2023, 3, 16))).stream().map(n -> n.replace("ó", "o")).toList());
    }

    private static List<String> names(List<ActorDictionary.Holding> h) {
        return h.stream().map(x -> x.actor().name()).toList();
    }
}
