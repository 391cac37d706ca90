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
import dev.dyadic.model.PloverCode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The one JSON form of an event, printed by {@code dyadic code} and {@code dyadic events --format jsonl} and read by
 * {@code ../shared/eval/score.py}: snake_case fields, empty ones left out; a side with one actor is an object, with
 * several a list, with none absent.
 */
public final class EventJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EventJson() {
    }

    public static ObjectNode toNode(Event e) {
        ObjectNode n = JSON.createObjectNode();
        n.put("article_id", e.articleId());
        putActors(n, "source", e.source());
        putActors(n, "target", e.target());
        n.put("cameo", e.cameo());
        CameoCodebook codebook = CameoCodebook.standard();
        if (codebook.contains(e.cameo())) {
            n.put("cameo_name", codebook.description(e.cameo()));
        }
        putText(n, "plover", e.plover().type());
        putText(n, "mode", e.plover().mode());
        putText(n, "context", e.plover().context());
        n.put("quad", e.quadClass());
        n.put("goldstein", e.goldstein());
        putText(n, "date", e.date().value());
        n.put("date_source", e.date().origin());
        n.put("evidence", e.evidence().text());
        n.put("evidence_begin", e.evidence().begin());
        n.put("evidence_end", e.evidence().end());
        n.put("sentence", e.evidence().sentence());
        putText(n, "pattern", e.pattern());
        putText(n, "trigger", e.trigger());
        return n;
    }

    public static String toJson(Event e) {
        return toNode(e).toString();
    }

    /** Reads what {@link #toJson} wrote. */
    public static Event fromJson(String json) {
        try {
            return fromNode(JSON.readTree(json));
        } catch (JsonProcessingException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public static Event fromNode(JsonNode n) {
        return new Event(text(n, "article_id"), actors(n.get("source")), actors(n.get("target")), text(n, "cameo"),
                new PloverCode(orEmpty(text(n, "plover")), orEmpty(text(n, "mode")), orEmpty(text(n, "context"))),
                n.path("goldstein").asDouble(), n.path("quad").asInt(),
                new EventDate(text(n, "date"), n.path("date_source").asText(EventDate.UNKNOWN)),
                new Evidence(n.path("sentence").asInt(), n.path("evidence_begin").asInt(), n.path("evidence_end").asInt(),
                        orEmpty(text(n, "evidence"))),
                text(n, "pattern"), text(n, "trigger"));
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
            throw new UncheckedIOException(ex);
        }
    }

    private static void putActors(ObjectNode n, String field, List<Actor> actors) {
        JsonNode a = actorsNode(actors);
        if (a != null) {
            n.set(field, a);
        }
    }

    private static ObjectNode actorNode(Actor a) {
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
        String code = o.path("code").asText("");
        String country = o.hasNonNull("country") ? o.get("country").asText() : code.substring(0, Math.min(3, code.length()));
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
