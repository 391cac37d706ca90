package dev.dyadic.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PloverExportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private List<JsonNode> written() throws Exception {
        Path file = dir.resolve("events.plover.jsonl");
        assertEquals(3, EventExporter.write(ExportFormat.PLOVER, Fixtures.all(), file));
        List<JsonNode> records = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            records.add(JSON.readTree(line));
        }
        assertEquals(3, records.size());
        return records;
    }

    @Test
    void everyRecordHasTheManualsRequiredFields() throws Exception {
        for (JsonNode r : written()) {
            assertTrue(r.get("id").isTextual() && !r.get("id").asText().isEmpty(), "id: unique identifier");
            assertTrue(r.get("date").asText().matches("\\d{4}-\\d{2}-\\d{2}"), "date in YYYY-MM-DD format");
            assertTrue(r.get("actor").isArray(), "actor: list of entity objects");
            assertTrue(r.get("event").isArray() && r.get("event").size() == 1, "event: list of event categories");
            JsonlExportTest.assertNoNulls(r, "record " + r.get("id"));
        }
    }

    @Test
    void writesTheAgreement() throws Exception {
        JsonNode r = written().get(0);
        assertEquals("101", r.get("id").asText());
        assertEquals("2023-03-21", r.get("date").asText());
        assertFalse(r.has("enddate"));
        assertFalse(r.has("date_precision"), "a day is a day");
        JsonNode xi = r.get("actor").get(0);
        assertEquals("CHN", xi.get("code").asText());
        assertEquals("GOV", xi.get("sector").asText());
        assertEquals("Chinese President Xi Jinping", xi.get("entity_text").asText());
        assertEquals("Xi Jinping", xi.get("identifier_text").asText());
        assertEquals("President", xi.get("office").asText());
        assertEquals("CHNGOV", xi.get("cameo").asText());
        assertEquals("RUS", r.get("recipient").get(0).get("code").asText());
        assertEquals("SUPPORT", r.get("event").get(0).asText());
        assertFalse(r.has("mode"), "057 has no PLOVER mode");
        assertEquals("[\"diplomatic\"]", r.get("context").toString());
        assertEquals(1, r.get("quad_code").asInt());
        assertEquals(8.0, r.get("event_scale").asDouble());
        assertEquals("[\"signed\"]", r.get("event_text").toString());
        JsonNode loc = r.get("event_loc");
        assertEquals("Moscow", loc.get("extracted_place").asText());
        assertEquals("RUS", loc.get("country_code").asText());
        assertEquals("Russia", loc.get("country").asText());
        assertFalse(loc.has("resolution"), "a city is not resolved to a level");
        assertEquals(Fixtures.AGREEMENT_TEXT, r.get("text").asText());
        assertEquals(0, r.get("text_info").get("sequence").asInt());
        assertEquals(0, r.get("text_info").get("start").asInt());
        assertEquals(Fixtures.AGREEMENT_TEXT.length(), r.get("text_info").get("end").asInt());
        JsonNode cite = r.get("cite_info");
        assertEquals("art-1", cite.get("citation").asText());
        assertEquals("https://planet.example/a1", cite.get("url").asText());
        assertEquals("Daily Planet", cite.get("publication").asText());
        assertEquals("Dyadic", r.get("coder").asText());
        assertEquals("2023-03-21", r.get("coded_date").asText());
        assertEquals("09:05:00", r.get("coded_time").asText());
        assertEquals("057", r.get("cameo").asText());
        assertEquals(3, r.get("num_articles").asInt());
    }

    @Test
    void writesMonthDatesCompoundActorsAndTheUn() throws Exception {
        JsonNode r = written().get(1);
        assertEquals("2023-03-01", r.get("date").asText());
        assertEquals("month", r.get("date_precision").asText());
        assertEquals("sentence", r.get("date_source").asText());
        assertEquals(2, r.get("actor").size(), "a compound source is a list of two");
        assertEquals("USA", r.get("actor").get(0).get("code").asText());
        assertEquals("GBR", r.get("actor").get(1).get("code").asText());
        JsonNode un = r.get("recipient").get(0);
        assertEquals("UNO", un.get("code").asText(), "the manual's table 5.1 code for the UN");
        assertFalse(un.has("sector"));
        assertEquals("United Nations", un.get("identifier_text").asText());
        assertEquals("IGOUNO", un.get("cameo").asText());
        assertEquals("CONSULT", r.get("event").get(0).asText());
        assertFalse(r.has("event_loc"));
        assertFalse(r.get("cite_info").has("url"));
    }

    @Test
    void writesUnknownDatesAndCountryPlaces() throws Exception {
        JsonNode r = written().get(2);
        assertEquals("2023-05-02", r.get("date").asText());
        assertEquals("unknown", r.get("date_precision").asText());
        assertEquals("unknown", r.get("date_source").asText());
        assertEquals("ASSAULT", r.get("event").get(0).asText());
        assertEquals("[\"heavy-weapons\"]", r.get("mode").toString());
        assertEquals("MIL", r.get("actor").get(0).get("sector").asText());
        JsonNode loc = r.get("event_loc");
        assertEquals("Ukraine", loc.get("resolved_place").asText());
        assertEquals(1, loc.get("resolution").asInt());
        assertEquals(4, r.get("quad_code").asInt());
    }

    @Test
    void translatesCameoSectorsAndInternationalActors() {
        JsonNode media = PloverJson.entity(dev.dyadic.model.Actor.ofCode("USAMED", null, null, "US media"));
        assertEquals("JRN", media.get("sector").asText(), "CAMEO MED (media) is PLOVER JRN");
        JsonNode who = PloverJson.entity(dev.dyadic.model.Actor.ofCode("IGOUNOHLHWHO", "World Health Organization",
                null, "the WHO"));
        assertEquals("UNO", who.get("code").asText());
        assertEquals("MED", who.get("sector").asText(), "CAMEO HLH (health) is PLOVER MED");
        assertEquals("EUR", PloverJson.entity(dev.dyadic.model.Actor.ofCode("IGOEUREEC", null, null, "EU"))
                .get("code").asText());
        assertEquals("IGO", PloverJson.entity(dev.dyadic.model.Actor.ofCode("IGOWSTNAT", null, null, "NATO"))
                .get("code").asText());
        assertEquals("NGO", PloverJson.entity(dev.dyadic.model.Actor.ofCode("NGOHRIAMN", null, null, "Amnesty"))
                .get("code").asText());
        assertEquals("KOS", PloverJson.entity(dev.dyadic.model.Actor.ofCode("XKXGOV", null, null, "Kosovo"))
                .get("code").asText());
    }
}
