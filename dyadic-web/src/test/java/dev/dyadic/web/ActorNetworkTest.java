package dev.dyadic.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dyadic.store.EventStore.DyadCount;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActorNetworkTest {

    @Test
    void countryLevelKeepsOrganisationsWholeAndSplitsCompoundActors() {
        assertEquals(Set.of("CHN"), ActorLevel.COUNTRY.keys("CHNGOV"));
        assertEquals(Set.of("IGOUNO"), ActorLevel.COUNTRY.keys("IGOUNO"));
        assertEquals(Set.of("ISR", "PSE"), ActorLevel.COUNTRY.keys("ISRMIL+PSEREB"));
        assertEquals(Set.of("ISRMIL", "PSEREB"), ActorLevel.CODE.keys("ISRMIL+PSEREB"));
        assertEquals(Set.of("GOV"), ActorLevel.COUNTRY.keys("GOV"), "an actor known only by its sector");
        assertEquals(Set.of(), ActorLevel.COUNTRY.keys(null));
    }

    @Test
    void anActorCountsEachEventOnceAndAnEdgeAveragesItsGoldsteinWeights() {
        List<DyadCount> dyads = List.of(
                new DyadCount("CHNGOV", "RUSGOV", 3, 4, 2.0),
                new DyadCount("CHN", "RUS", 1, 1, -6.0),
                new DyadCount("CHNGOV", "CHNMIL", 2, 2, 1.0),
                new DyadCount("ISR+PSEREB", null, 1, 1, 5.0));
        ActorNetwork net = ActorNetwork.of(dyads, ActorLevel.COUNTRY);
        assertEquals(List.of(new ActorNetwork.Edge("CHN", "RUS", 4, 5, 0.0), new ActorNetwork.Edge("CHN", "CHN", 2, 2, 1.0)),
                net.edges());
        assertEquals(new ActorNetwork.Node("CHN", 6, 7, (3 * 2.0 - 6.0 + 2 * 1.0) / 6), net.nodes().get(0),
                "a domestic event counts once for China, not twice");
        assertEquals(new ActorNetwork.Node("RUS", 4, 5, 0.0), net.node("RUS").orElseThrow());
        assertEquals(new ActorNetwork.Node("PSE", 1, 1, 5.0), net.node("PSE").orElseThrow(), "a member of a compound actor");
        assertEquals(List.of("CHNGOV->RUSGOV", "CHNGOV->CHNMIL", "CHN->RUS"), ActorNetwork.of(dyads, ActorLevel.CODE).edges().stream()
                .map(e -> e.source() + "->" + e.target()).toList());
    }
}
