package dev.dyadic.store;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dyadic.model.Actor;
import dev.dyadic.model.Event;
import dev.dyadic.model.EventDate;
import dev.dyadic.model.Evidence;
import dev.dyadic.model.PloverCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventJsonTest {
    private static final Actor QIN = new Actor("CHNGOV", "CHN", "GOV", "Qin Gang", "Foreign Minister", "Chinese Foreign Minister Qin Gang");
    private static final Actor UKR = Actor.of("UKR", "GOV", null, null, "Ukrainian Foreign Minister");

    private static Event event(List<Actor> source, List<Actor> target) {
        return new Event("seed-1", source, target, "041", new PloverCode("CONSULT", "phone", ""), 1.0, 1,
                new EventDate("2023-03-16", EventDate.SENTENCE), new Evidence(3, 120, 210, "Qin Gang called ..."),
                "patterns.txt:48", "called");
    }

    @Test
    void writesTheFormatTheScorerReads() {
        ObjectNode n = EventJson.toNode(event(List.of(QIN), List.of(UKR)));
        assertEquals("CHNGOV", n.get("source").get("code").asText(), "one actor is an object");
        assertEquals("CHN", n.get("source").get("country").asText());
        assertEquals("Qin Gang", n.get("source").get("name").asText());
        assertFalse(n.get("target").has("name"), "empty fields are left out");
        assertEquals("041", n.get("cameo").asText());
        assertEquals("Discuss by telephone", n.get("cameo_name").asText());
        assertEquals("CONSULT", n.get("plover").asText());
        assertEquals("phone", n.get("mode").asText());
        assertFalse(n.has("context"));
        assertEquals(1, n.get("quad").asInt());
        assertEquals("2023-03-16", n.get("date").asText());
        assertEquals("sentence", n.get("date_source").asText());
        assertEquals(120, n.get("evidence_begin").asInt());
        assertEquals("seed-1", n.get("article_id").asText());
    }

    @Test
    void compoundActorsAreAListAndAMissingTargetIsLeftOut() {
        ObjectNode n = EventJson.toNode(event(List.of(QIN, UKR), List.of()));
        assertTrue(n.get("source").isArray());
        assertEquals(2, n.get("source").size());
        assertFalse(n.has("target"));
    }

    @Test
    void readsBackWhatItWrote() {
        for (Event e : List.of(event(List.of(QIN), List.of(UKR)), event(List.of(QIN, UKR), List.of()))) {
            assertEquals(e, EventJson.fromJson(EventJson.toJson(e)));
        }
    }
}
