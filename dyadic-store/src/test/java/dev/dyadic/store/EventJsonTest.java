package dev.dyadic.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dyadic.model.Actor;
import dev.dyadic.model.Event;
import dev.dyadic.model.EventDate;
import dev.dyadic.model.Evidence;
import dev.dyadic.model.Place;
import dev.dyadic.model.PloverCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventJsonTest {
    private static final Actor QIN = new Actor("CHNGOV", "CHN", "GOV", "Qin Gang", "Foreign Minister", "Chinese Foreign Minister Qin Gang");
    private static final Actor UKR = Actor.of("UKR", "GOV", null, null, "Ukrainian Foreign Minister");
    private static final Actor RUS = Actor.of("RUS", "", null, null, "Russia");

    private static Event event(List<Actor> source, List<Actor> target) {
        return new Event("seed-1", source, target, "041", new PloverCode("CONSULT", "phone", ""), 1.0, 1,
                new EventDate("2023-03-16", EventDate.SENTENCE), new Evidence(3, 120, 210, "Qin Gang called \"Kuleba\"."),
                "patterns.txt:48", "called");
    }

    @Test
    void writesTheFormatTheScorerReads() {
        ObjectNode n = EventJson.toNode(event(List.of(QIN), List.of(UKR)));
        assertTrue(n.get("source").isObject(), "one actor is an object");
        assertEquals("CHNGOV", n.get("source").get("code").asText());
        assertEquals("CHN", n.get("source").get("country").asText());
        assertEquals("GOV", n.get("source").get("sector").asText());
        assertEquals("Qin Gang", n.get("source").get("name").asText());
        assertEquals("Foreign Minister", n.get("source").get("role").asText());
        assertEquals("Chinese Foreign Minister Qin Gang", n.get("source").get("text").asText());
        assertFalse(n.get("target").has("name"), "null actor fields are left out");
        assertFalse(n.get("target").has("role"));
        assertEquals("041", n.get("cameo").asText());
        assertEquals("Discuss by telephone", n.get("cameo_name").asText());
        assertEquals("CONSULT", n.get("plover").asText());
        assertEquals("phone", n.get("mode").asText());
        assertFalse(n.has("context"), "empty PLOVER context is left out");
        assertEquals(1, n.get("quad").asInt());
        assertEquals(1.0, n.get("goldstein").asDouble());
        assertEquals("2023-03-16", n.get("date").asText());
        assertEquals("sentence", n.get("date_source").asText());
        assertEquals("Qin Gang called \"Kuleba\".", n.get("evidence").asText());
        assertEquals(120, n.get("evidence_begin").asInt());
        assertEquals(210, n.get("evidence_end").asInt());
        assertEquals(3, n.get("sentence").asInt());
        assertEquals("patterns.txt:48", n.get("pattern").asText());
        assertEquals("called", n.get("trigger").asText());
        assertEquals("seed-1", n.get("article_id").asText());
    }

    @Test
    void writesTheFieldsInTheDocumentedOrder() {
        ObjectNode n = EventJson.toNode(new Event("a", List.of(QIN), List.of(UKR), "041",
                new PloverCode("CONSULT", "phone", "diplomatic"), 1.0, 1,
                new EventDate("2023-03-20", "2023-03-22", EventDate.SENTENCE), new Evidence(3, 120, 210, "x"), "p", "t",
                new Place("Moscow", "RUS"), 0.8, List.of(new Evidence(5, 300, 340, "y"))));
        assertEquals(List.of("article_id", "source", "target", "cameo", "cameo_name", "plover", "mode", "context", "quad",
                "goldstein", "date", "date_end", "date_source", "place", "confidence", "evidence", "evidence_begin",
                "evidence_end", "sentence", "mentions", "pattern", "trigger"), iterable(n.fieldNames()));
        assertEquals(List.of("sentence", "begin", "end", "text"), iterable(n.get("mentions").get(0).fieldNames()));
        assertEquals("{\"name\":\"Moscow\",\"country\":\"RUS\"}", n.get("place").toString());
        assertEquals(List.of("code", "country", "sector", "name", "role", "text"), iterable(n.get("source").fieldNames()));
    }

    @Test
    void leavesOutUnknownValuesButKeepsCodeAndCountry() {
        Actor bare = new Actor("RUS", "RUS", "", null, null, null);
        Event e = new Event("a", List.of(bare), List.of(), "0999", new PloverCode("", "", ""), 0, 0,
                EventDate.unknown(), new Evidence(0, 0, 4, "Text"), null, "");
        ObjectNode n = EventJson.toNode(e);
        assertEquals(List.of("code", "country"), iterable(n.get("source").fieldNames()));
        assertFalse(n.has("target"), "no target: the field is absent");
        assertFalse(n.has("cameo_name"), "a code outside the codebook has no name");
        assertFalse(n.has("plover"));
        assertFalse(n.has("date"));
        assertEquals("unknown", n.get("date_source").asText());
        assertFalse(n.has("pattern"));
        assertFalse(n.has("trigger"));
        assertFalse(EventJson.toJson(e).contains("null"), EventJson.toJson(e));
    }

    @Test
    void compoundActorsAreAListAndAMissingTargetIsLeftOut() {
        ObjectNode n = EventJson.toNode(event(List.of(RUS, QIN), List.of()));
        assertTrue(n.get("source").isArray());
        assertEquals(2, n.get("source").size());
        assertEquals("RUS", n.get("source").get(0).get("code").asText());
        assertEquals("CHNGOV", n.get("source").get(1).get("code").asText());
        assertFalse(n.has("target"));
    }

    @Test
    void writesOneLine() {
        String json = EventJson.toJson(new Event("a", List.of(QIN), List.of(), "041", new PloverCode("CONSULT", "", ""),
                1.0, 1, EventDate.unknown(), new Evidence(0, 0, 9, "Line one\nline two"), null, null));
        assertFalse(json.contains("\n"), json);
        assertEquals("Line one\nline two", EventJson.fromJson(json).evidence().text());
    }

    @Test
    void readsBackWhatItWrote() {
        List<Event> events = List.of(
                event(List.of(QIN), List.of(UKR)),
                event(List.of(QIN, UKR), List.of()),
                event(List.of(), List.of(RUS, UKR)),
                new Event("b", List.of(RUS), List.of(), "1821", new PloverCode("ASSAULT", "", "terrorism"), -9.0, 4,
                        new EventDate("2022-12", EventDate.ARTICLE), new Evidence(0, 0, 0, ""), null, null),
                new Event("c", List.of(), List.of(), "020", new PloverCode("", "", ""), 3.0, 1, EventDate.unknown(),
                        new Evidence(7, 1000, 1042, "Ünïcode — “quotes” and\ttabs"), "patterns.txt:1", "appealed"));
        for (Event e : events) {
            assertEquals(e, EventJson.fromJson(EventJson.toJson(e)));
        }
    }

    @Test
    void readsBareCodesAndRejectsWhatIsNotAnEvent() {
        Event e = EventJson.fromJson("{\"source\":[\"CHNGOV\",\"RUS\"],\"cameo\":\"04\"}");
        assertEquals("CHN", e.source().get(0).country());
        assertEquals("GOV", e.source().get(0).sector());
        assertEquals("", e.source().get(1).sector());
        assertTrue(e.target().isEmpty());
        assertEquals(EventDate.UNKNOWN, e.date().origin());
        assertNull(e.evidence());
        assertThrows(IllegalArgumentException.class, () -> EventJson.fromJson("[1, 2]"));
        assertThrows(IllegalArgumentException.class, () -> EventJson.fromJson("{not json"));
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
