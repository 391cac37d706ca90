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
    void linesThatNameTheSameArticleAreCodedAsItsPassagesEachWithItsOwnEvents() throws Exception {
        Path in = dir.resolve("in.jsonl");
        String first = "Kenyan President William Ruto and Somali President Hassan Sheikh Mohamud held talks.";
        String second = "He said the two sides reached an agreement.";
        String third = "Ruto met Mohamud in Nairobi on Monday (May 13).";
        Files.writeString(in, String.join("\n",
                "{\"id\":\"k-1\",\"article\":\"k\",\"date\":\"2024-05-17\",\"text\":\"" + first + "\"}",
                "{\"id\":\"k-2\",\"article\":\"k\",\"date\":\"2024-05-17\",\"text\":\"" + second + "\"}",
                "{\"id\":\"k-3\",\"article\":\"k\",\"date\":\"2024-05-17\",\"text\":\"" + third + "\"}",
                "{\"id\":\"alone\",\"date\":\"2024-05-17\",\"text\":\"" + second + "\"}", ""));
        Path out = dir.resolve("out.jsonl");
        Run run = Run.dyadic("code", "--in", in.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<JsonNode> lines = Files.readAllLines(out).stream().filter(l -> !l.isBlank()).map(l -> {
            try {
                return JSON.readTree(l);
            } catch (Exception e) {
                throw new AssertionError(l, e);
            }
        }).toList();
        assertEquals(List.of("k-1", "k-2", "k-3", "alone"), lines.stream().map(l -> l.get("id").asText()).toList());
        // the talks of the first line are the meeting the third line dates
        JsonNode talks = lines.get(0).get("events").get(0);
        assertEquals("KEN", talks.get("source").get("country").asText(), lines.get(0).toString());
        assertEquals("2024-05-13", talks.get("date").asText());
        assertEquals("k-1", talks.get("article_id").asText());
        assertEquals(first, talks.get("evidence").asText());
        assertEquals(0, talks.get("evidence_begin").asInt());
        assertEquals(first.length(), talks.get("evidence_end").asInt());
        assertEquals(0, talks.get("sentence").asInt());
        // "the two sides" of the second line are the two presidents of the first
        JsonNode agreement = lines.get(1).get("events").get(0);
        assertEquals("030", agreement.get("cameo").asText(), lines.get(1).toString());
        assertEquals(0, agreement.get("evidence_begin").asInt());
        assertEquals("k-2", agreement.get("article_id").asText());
        // the same line on its own names no one
        assertEquals(0, lines.get(3).get("events").size(), lines.get(3).toString());
        assertEquals("2024-05-13", lines.get(2).get("events").get(0).get("date").asText());
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
