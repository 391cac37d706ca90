package dev.dyadic.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void printsOneLineOfEventsPerInputInTheScorersFormat() throws Exception {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, String.join("\n",
                "{\"id\":\"a\",\"date\":\"2024-05-17\",\"text\":\"Chinese Foreign Minister Wang Yi held a phone call with Russian Foreign Minister Sergei Lavrov on Tuesday.\"}",
                "{\"id\":\"b\",\"date\":\"2024-05-17\",\"text\":\"The weather was mild.\"}",
                "{\"id\":\"c\",\"date\":\"2024-05-17\",\"text\":",
                "{\"id\":\"d\",\"text\":\"Germany praised Poland.\"}", ""));
        Path out = dir.resolve("out.jsonl");
        Run run = Run.dyadic("code", "--in", in.toString(), "--out", out.toString());
        assertEquals(Dyadic.EXIT_SKIPPED, run.exitCode(), run.err());
        assertTrue(run.err().contains("in.jsonl:3: broken JSON"), run.err());

        List<String> lines = Files.readAllLines(out).stream().filter(l -> !l.isBlank()).toList();
        assertEquals(3, lines.size());
        JsonNode a = JSON.readTree(lines.get(0));
        assertEquals("a", a.get("id").asText());
        JsonNode call = a.get("events").get(0);
        assertEquals("041", call.get("cameo").asText());
        assertEquals("CHN", call.get("source").get("country").asText());
        assertEquals("RUS", call.get("target").get("country").asText());
        assertEquals("2024-05-14", call.get("date").asText());
        assertEquals("CONSULT", call.get("plover").asText());
        assertEquals(0, JSON.readTree(lines.get(1)).get("events").size());
        JsonNode d = JSON.readTree(lines.get(2));
        assertEquals("d", d.get("id").asText());
        assertEquals("051", d.get("events").get(0).get("cameo").asText(), "an input without a date is still coded");
    }

    @Test
    void anActorFileAddsActorsWithoutRebuildingAndABrokenOneIsNamed() throws Exception {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, "{\"id\":\"a\",\"date\":\"2024-05-17\",\"text\":\"Marta Exempla criticised Japan on Monday.\"}\n");
        Path actors = dir.resolve("mine.actors");
        Files.writeString(actors, "actor: Marta Exempla\ncode: BRAGOV\nrole: Foreign Minister | 2024-01-01 |\n");
        Path out = dir.resolve("out.jsonl");

        Run plain = Run.dyadic("code", "--in", in.toString(), "--out", out.toString());
        assertEquals(0, plain.exitCode(), plain.err());
        JsonNode unknown = JSON.readTree(Files.readString(out)).get("events").get(0).get("source");
        assertFalse(unknown != null && unknown.has("code"), "an unknown name is no actor: " + unknown);

        Run run = Run.dyadic("code", "--actors", actors.toString(), "--in", in.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode source = JSON.readTree(Files.readString(out)).get("events").get(0).get("source");
        assertEquals("BRAGOV", source.get("code").asText());
        assertEquals("Marta Exempla", source.get("name").asText());
        assertEquals("Foreign Minister", source.get("role").asText());

        Files.writeString(actors, "actor: Marta Exempla\ncode: BRAGOV\nrole: Foreign Minister | 2024-13 |\n");
        Run broken = Run.dyadic("code", "--actors", actors.toString(), "--in", in.toString(), "--out", out.toString());
        assertEquals(2, broken.exitCode());
        assertTrue(broken.err().contains(actors + ":3: \"2024-13\" is not a date"), broken.err());
    }
}
