package dev.dyadic.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dyadic.model.EventMention;
import dev.dyadic.model.StoredEvent;
import dev.dyadic.store.EventJson;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlExportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void writesOneObjectPerEventThatReadsBack() throws Exception {
        Path file = dir.resolve("events.jsonl");
        List<StoredEvent> events = Fixtures.all();
        assertEquals(3, EventExporter.write(ExportFormat.JSONL, events, file));
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(3, lines.size());
        for (int i = 0; i < events.size(); i++) {
            StoredEvent e = events.get(i);
            JsonNode n = JSON.readTree(lines.get(i));
            assertEquals(e.id(), n.get("id").asLong());
            assertEquals(e.numMentions(), n.get("num_mentions").asInt());
            assertEquals(e.numSources(), n.get("num_sources").asInt());
            assertEquals(e.numArticles(), n.get("num_articles").asInt());
            assertEquals(e.added(), java.time.LocalDateTime.parse(n.get("added").asText()));
            // every field of the event's own JSON, unchanged
            ObjectNode own = EventJson.toNode(e.event());
            for (Iterator<Map.Entry<String, JsonNode>> it = own.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                assertEquals(f.getValue(), n.get(f.getKey()), "field " + f.getKey());
            }
            assertEquals(e.event(), EventJson.fromNode(n), "the event reads back with EventJson");
            JsonNode reports = n.get("reports");
            assertEquals(e.mentions().size(), reports.size());
            for (int j = 0; j < e.mentions().size(); j++) {
                EventMention m = e.mentions().get(j);
                JsonNode r = reports.get(j);
                assertEquals(m.articleId(), r.get("article_id").asText());
                assertEquals(m.published() == null ? null : m.published().toString(), text(r, "published"));
                assertEquals(m.source(), text(r, "source"));
                assertEquals(m.url(), text(r, "url"));
                assertEquals(m.evidence().sentence(), r.get("sentence").asInt());
                assertEquals(m.evidence().begin(), r.get("begin").asInt());
                assertEquals(m.evidence().end(), r.get("end").asInt());
                assertEquals(m.evidence().text(), r.get("text").asText());
                assertEquals(m.pattern(), r.get("pattern").asText());
                assertEquals(m.trigger(), r.get("trigger").asText());
                assertEquals(m.confidence(), r.get("confidence").asDouble());
            }
            assertNoNulls(n, "event " + e.id());
        }
    }

    @Test
    void putsTheStoredFieldsFirstAndTheReportsLast() throws Exception {
        JsonNode n = JSON.readTree(StoredEventJson.toJson(Fixtures.agreement()));
        List<String> names = new ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("id", "num_mentions", "num_sources", "num_articles", "added", "article_id"),
                names.subList(0, 6));
        assertEquals("reports", names.get(names.size() - 1));
        assertEquals("2023-03-21T09:05:00", n.get("added").asText(), "seconds are written even when zero");
        assertEquals(Fixtures.AGREEMENT_TEXT, n.get("evidence").asText());
        JsonNode third = n.get("reports").get(2);
        assertFalse(third.has("published"), "an unknown publication date is left out");
        // the reports hold the same fields in the documented order
        List<String> reportFields = new ArrayList<>();
        n.get("reports").get(0).fieldNames().forEachRemaining(reportFields::add);
        assertEquals(List.of("article_id", "published", "source", "url", "sentence", "begin", "end", "text", "pattern",
                "trigger", "confidence"), reportFields);
    }

    @Test
    void writesTheSameToAStreamAndLeavesItOpen() throws Exception {
        Path file = dir.resolve("events.jsonl");
        EventExporter.write(ExportFormat.JSONL, Fixtures.all(), file);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(3, EventExporter.write(ExportFormat.JSONL, Fixtures.all(), out));
        assertEquals(1, EventExporter.write(ExportFormat.JSONL, List.of(Fixtures.attack()), out));
        String text = out.toString(StandardCharsets.UTF_8);
        String fileText = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith(fileText));
        assertEquals(4, text.lines().count());
        assertEquals(0, EventExporter.write(ExportFormat.JSONL, List.of(), new ByteArrayOutputStream()));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null ? null : v.asText();
    }

    static void assertNoNulls(JsonNode n, String where) {
        if (n.isObject()) {
            n.fields().forEachRemaining(f -> {
                assertFalse(f.getValue().isNull(), where + ": null field " + f.getKey());
                assertFalse(f.getValue().isTextual() && f.getValue().asText().isEmpty(),
                        where + ": empty field " + f.getKey());
                assertNoNulls(f.getValue(), where);
            });
        } else if (n.isArray()) {
            n.forEach(x -> assertNoNulls(x, where));
        }
    }
}
