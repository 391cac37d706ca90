package dev.dyadic.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dyadic.model.EventMention;
import dev.dyadic.model.StoredEvent;
import dev.dyadic.store.EventJson;
import java.time.format.DateTimeFormatter;

/**
 * The JSON form of a stored event, one object per line in the {@link ExportFormat#JSONL} export and in
 * {@code dyadic events --format jsonl}. Fields, in this order, null and empty ones left out:
 * <ul>
 * <li>{@code id}, {@code num_mentions}, {@code num_sources}, {@code num_articles} (numbers);</li>
 * <li>{@code added}: when the first mention was stored, ISO 8601 local date-time with seconds
 * ({@code "2024-05-01T10:15:00"});</li>
 * <li>every field of the event's own JSON, {@link EventJson#toNode} ({@code article_id, source, target, cameo, ...
 * pattern, trigger}), in its order;</li>
 * <li>{@code reports}: every sentence that reports the event, in storing order, each
 * {@code {"article_id", "published", "source", "url", "sentence", "begin", "end", "text", "pattern", "trigger",
 * "confidence"}} ({@code published} an ISO date; {@code source} the publisher; {@code sentence, begin, end, text}
 * the evidence). Left out when the event was read without its mentions.</li>
 * </ul>
 */
public final class StoredEventJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StoredEventJson() {
    }

    /** The stored event as a JSON object, the fields in the documented order. */
    public static ObjectNode toNode(StoredEvent e) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", e.id());
        n.put("num_mentions", e.numMentions());
        n.put("num_sources", e.numSources());
        n.put("num_articles", e.numArticles());
        if (e.added() != null) {
            n.put("added", e.added().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        }
        if (e.event() != null) {
            n.setAll(EventJson.toNode(e.event()));
        }
        if (!e.mentions().isEmpty()) {
            ArrayNode reports = n.putArray("reports");
            for (EventMention m : e.mentions()) {
                reports.add(reportNode(m));
            }
        }
        return n;
    }

    /** The stored event as one line of JSON (no line break). */
    public static String toJson(StoredEvent e) {
        return toNode(e).toString();
    }

    /** One report: {@code {"article_id", "published", "source", "url", "sentence", "begin", "end", "text", ...}}. */
    static ObjectNode reportNode(EventMention m) {
        ObjectNode r = JSON.createObjectNode();
        putText(r, "article_id", m.articleId());
        if (m.published() != null) {
            r.put("published", m.published().toString());
        }
        putText(r, "source", m.source());
        putText(r, "url", m.url());
        if (m.evidence() != null) {
            r.put("sentence", m.evidence().sentence());
            r.put("begin", m.evidence().begin());
            r.put("end", m.evidence().end());
            putText(r, "text", m.evidence().text());
        }
        putText(r, "pattern", m.pattern());
        putText(r, "trigger", m.trigger());
        r.put("confidence", m.confidence());
        return r;
    }

    static void putText(ObjectNode n, String field, String value) {
        if (value != null && !value.isEmpty()) {
            n.put(field, value);
        }
    }
}
