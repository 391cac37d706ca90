package dev.dyadic.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dyadic.model.Actor;
import dev.dyadic.model.CameoCodebook;
import dev.dyadic.model.Event;
import dev.dyadic.model.EventDate;
import dev.dyadic.model.Evidence;
import dev.dyadic.model.Place;
import dev.dyadic.model.PloverCode;
import java.util.ArrayList;
import java.util.List;

/**
 * The one JSON form of an event, printed by {@code dyadic code} and {@code dyadic events --format jsonl} and read by
 * the evaluation scorer. Fields, in this order, null and empty ones left out: {@code article_id, source, target, cameo,
 * cameo_name, plover, mode, context, quad, goldstein, date, date_end, date_source, place, confidence, evidence,
 * evidence_begin, evidence_end, sentence, mentions, pattern, trigger}. {@code place} is {@code {"name","country"}};
 * {@code mentions} lists the other sentences that tell the same event, each {@code {"sentence","begin","end","text"}}. A side with one actor is an object
 * {@code {"code","country","sector","name","role","text"}} (code and country always written), with several a list of
 * such objects, with none absent.
 */
public final class EventJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EventJson() {
    }

    /** The event as a JSON object: the fields in the documented order, null and empty ones left out. */
    public static ObjectNode toNode(Event e) {
        ObjectNode n = JSON.createObjectNode();
        putText(n, "article_id", e.articleId());
        putActors(n, "source", e.source());
        putActors(n, "target", e.target());
        putText(n, "cameo", e.cameo());
        if (e.cameo() != null) {
            putText(n, "cameo_name", CameoCodebook.standard().description(e.cameo()));
        }
        if (e.plover() != null) {
            putText(n, "plover", e.plover().type());
            putText(n, "mode", e.plover().mode());
            putText(n, "context", e.plover().context());
        }
        n.put("quad", e.quadClass());
        n.put("goldstein", e.goldstein());
        if (e.date() != null) {
            putText(n, "date", e.date().value());
            putText(n, "date_end", e.date().end());
            putText(n, "date_source", e.date().origin());
        }
        if (e.place() != null) {
            ObjectNode place = n.putObject("place");
            putText(place, "name", e.place().name());
            putText(place, "country", e.place().country());
        }
        n.put("confidence", e.confidence());
        if (e.evidence() != null) {
            putText(n, "evidence", e.evidence().text());
            n.put("evidence_begin", e.evidence().begin());
            n.put("evidence_end", e.evidence().end());
            n.put("sentence", e.evidence().sentence());
        }
        if (!e.mentions().isEmpty()) {
            n.set("mentions", mentionsNode(e.mentions()));
        }
        putText(n, "pattern", e.pattern());
        putText(n, "trigger", e.trigger());
        return n;
    }

    /** The event as one line of JSON. */
    public static String toJson(Event e) {
        return toNode(e).toString();
    }

    /**
     * Reads what {@link #toJson} wrote. Left-out fields come back as they were written: empty PLOVER parts as "",
     * other text as {@code null}; a missing {@code date_source} as {@link EventDate#UNKNOWN}; evidence as
     * {@code null} only when all four evidence fields are missing.
     *
     * @throws IllegalArgumentException when the text is not a JSON object
     */
    public static Event fromJson(String json) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException ex) {
            throw new IllegalArgumentException("not an event: " + ex.getOriginalMessage(), ex);
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not an event: a JSON object is expected");
        }
        return fromNode(node);
    }

    /** Reads an event from the object {@link #toNode} made. */
    public static Event fromNode(JsonNode n) {
        Evidence evidence = null;
        if (n.has("evidence") || n.has("evidence_begin") || n.has("evidence_end") || n.has("sentence")) {
            evidence = new Evidence(n.path("sentence").asInt(), n.path("evidence_begin").asInt(),
                    n.path("evidence_end").asInt(), orEmpty(text(n, "evidence")));
        }
        String origin = text(n, "date_source");
        Place place = null;
        if (n.hasNonNull("place")) {
            place = new Place(text(n.get("place"), "name"), text(n.get("place"), "country"));
        }
        List<Evidence> mentions = mentions(n.path("mentions"));
        return new Event(text(n, "article_id"), actors(n.get("source")), actors(n.get("target")), text(n, "cameo"),
                new PloverCode(orEmpty(text(n, "plover")), orEmpty(text(n, "mode")), orEmpty(text(n, "context"))),
                n.path("goldstein").asDouble(), n.path("quad").asInt(),
                new EventDate(text(n, "date"), text(n, "date_end"), origin == null ? EventDate.UNKNOWN : origin),
                evidence, text(n, "pattern"), text(n, "trigger"), place, n.path("confidence").asDouble(1.0), mentions);
    }

    /** Further mentions of an event: {@code [{"sentence","begin","end","text"}, ...]}. */
    static ArrayNode mentionsNode(List<Evidence> mentions) {
        ArrayNode a = JSON.createArrayNode();
        for (Evidence m : mentions) {
            a.add(JSON.createObjectNode().put("sentence", m.sentence()).put("begin", m.begin()).put("end", m.end())
                    .put("text", m.text()));
        }
        return a;
    }

    static List<Evidence> mentions(JsonNode node) {
        List<Evidence> out = new ArrayList<>();
        for (JsonNode m : node) {
            out.add(new Evidence(m.path("sentence").asInt(), m.path("begin").asInt(), m.path("end").asInt(),
                    orEmpty(text(m, "text"))));
        }
        return out;
    }

    static List<Evidence> mentions(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            return mentions(JSON.readTree(json));
        } catch (JsonProcessingException ex) {
            throw new StoreException("unreadable mentions in the database: " + ex.getOriginalMessage(), ex);
        }
    }

    /** The actors of one side as JSON: an object, a list, or {@code null} when there are none. */
    static JsonNode actorsNode(List<Actor> actors) {
        if (actors.isEmpty()) {
            return null;
        }
        if (actors.size() == 1) {
            return actorNode(actors.get(0));
        }
        ArrayNode a = JSON.createArrayNode();
        actors.forEach(x -> a.add(actorNode(x)));
        return a;
    }

    static List<Actor> actors(JsonNode node) {
        List<Actor> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (node.isArray()) {
            node.forEach(x -> out.add(actor(x)));
        } else {
            out.add(actor(node));
        }
        return out;
    }

    static List<Actor> actors(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            return actors(JSON.readTree(json));
        } catch (JsonProcessingException ex) {
            throw new StoreException("unreadable actors in the database: " + ex.getOriginalMessage(), ex);
        }
    }

    private static void putActors(ObjectNode n, String field, List<Actor> actors) {
        JsonNode a = actorsNode(actors);
        if (a != null) {
            n.set(field, a);
        }
    }

    /** An actor as JSON: its code and country, and its sector, name, role and words when it has them. */
    public static ObjectNode actorNode(Actor a) {
        ObjectNode o = JSON.createObjectNode();
        o.put("code", a.code());
        o.put("country", a.country());
        putText(o, "sector", a.sector());
        putText(o, "name", a.name());
        putText(o, "role", a.role());
        putText(o, "text", a.text());
        return o;
    }

    private static Actor actor(JsonNode o) {
        if (o.isTextual()) { // a bare code, as in the gold files
            String code = o.asText();
            return new Actor(code, code.substring(0, Math.min(3, code.length())), code.length() > 3 ? code.substring(3) : "",
                    null, null, null);
        }
        String code = text(o, "code");
        String country = text(o, "country");
        if (country == null && code != null) {
            country = code.substring(0, Math.min(3, code.length()));
        }
        return new Actor(code, country, orEmpty(text(o, "sector")), text(o, "name"), text(o, "role"), text(o, "text"));
    }

    private static void putText(ObjectNode n, String field, String value) {
        if (value != null && !value.isEmpty()) {
            n.put(field, value);
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
