package dev.dyadic.sources;

import static org.junit.jupiter.api.Assertions.*;

import dev.dyadic.model.Article;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesTest {
    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader();

    private Path write(String name, String content) throws IOException {
        return Records.write(dir, name, content);
    }

    @Test
    void brokenLineIsSkippedAndTheOthersRead() throws IOException {
        Path p = write("x.jsonl", """
                {"id": "a1", "date": "2024-03-02", "title": "One", "source": "AP", "url": "https://a/1", "text": "First."}
                {"id": "a2", "text": "Second
                {"id": "a3", "date": "March 3, 2024", "text": "Third.", "language": "en-GB"}
                """);
        List<SourceRecord> records = Records.all(reader.read(List.of(p)));
        assertEquals(3, records.size());
        SourceRecord.Problem problem = (SourceRecord.Problem) records.get(1);
        assertTrue(problem.where().endsWith("x.jsonl:2"), problem.where());
        assertEquals(p + ":2", problem.where());
        assertTrue(problem.message().startsWith("broken JSON ("), problem.message());
        assertTrue(problem.message().endsWith("), skipped"), problem.message());
        assertFalse(problem.message().contains("\n"));

        List<SourceRecord.Read> reads = Records.reads(records);
        assertEquals(List.of("a1", "a3"), reads.stream().map(r -> r.article().id()).toList());
        Article first = reads.get(0).article();
        assertEquals(new Article("a1", LocalDate.of(2024, 3, 2), "One", "AP", "https://a/1", "First.", p + ":1"), first);
        assertEquals(List.of(), reads.get(0).warnings());
        assertEquals(LocalDate.of(2024, 3, 3), reads.get(1).article().date());
        assertEquals(p + ":3", reads.get(1).article().origin());
        assertEquals(null, first.language(), "no language declared");
        assertEquals("en-GB", reads.get(1).article().language());
    }

    @Test
    void idsMadeUpFromFileNameAndLine() throws IOException {
        Path p = write("feed.ndjson", "{\"text\": \"One.\", \"date\": \"2024-01-01\"}\n\n"
                + "{\"id\": 42, \"text\": \"Two.\", \"date\": \"2024-01-02\"}\r\n"
                + "{\"id\": \"\", \"text\": \"Three.\", \"date\": \"2024-01-03\"}");
        List<SourceRecord> records = Records.all(reader.read(List.of(p)));
        assertEquals(List.of("feed-1", "42", "feed-4"),
                Records.reads(records).stream().map(r -> r.article().id()).toList());
        assertEquals(List.of(), Records.problems(records));
    }

    @Test
    void aLineThatNamesItsArticleIsAPassageOfIt() throws IOException {
        Path p = write("passages.jsonl", """
                {"id": "k-1", "article": "k", "text": "Kenya met Somalia."}
                {"id": "k-2", "article": 7, "text": "They signed a deal."}
                {"id": "w", "text": "Whole."}
                """);
        List<SourceRecord.Read> reads = Records.reads(Records.all(reader.read(List.of(p))));
        assertEquals(Arrays.asList("k", "7", null), reads.stream().map(SourceRecord.Read::partOf).toList());
        assertTrue(reads.get(0).warnings().stream().anyMatch(w -> w.startsWith("no publication date")), reads.get(0).warnings().toString());
    }

    @Test
    void noTextAndBadDates() throws IOException {
        Path p = write("t.json", """
                {"id": "n1"}
                {"id": "n2", "text": "   "}
                {"id": "n3", "text": "Met on Thursday.", "date": 20240302}
                {"id": "n4", "text": "Met on Thursday.", "date": "soon"}
                """);
        List<SourceRecord> records = Records.all(reader.read(List.of(p)));
        assertEquals(new SourceRecord.Problem(p + ":1", "no text, skipped"), records.get(0));
        assertEquals(new SourceRecord.Problem(p + ":2", "no text, skipped"), records.get(1));
        SourceRecord.Read n3 = (SourceRecord.Read) records.get(2);
        assertNull(n3.article().date());
        assertEquals(List.of("unreadable date '20240302'",
                "no publication date; relative dates such as 'on Thursday' cannot be resolved"), n3.warnings());
        SourceRecord.Read n4 = (SourceRecord.Read) records.get(3);
        assertEquals("unreadable date 'soon'", n4.warnings().get(0));
    }

    @Test
    void lineOverTheLimitIsSkippedAndReadingContinues() throws IOException {
        String big = "{\"id\": \"big\", \"text\": \"" + "x".repeat(2000) + "\"}";
        Path p = write("l.jsonl", "{\"id\": \"s1\", \"text\": \"Small one.\"}\n" + big + "\n{\"id\": \"s2\", \"text\": \"Small two.\"}\n");
        List<SourceRecord> records = Records.all(new ArticleReader(1000).read(List.of(p)));
        assertEquals(3, records.size());
        assertEquals("s1", ((SourceRecord.Read) records.get(0)).article().id());
        assertEquals(new SourceRecord.Problem(p + ":2", "line too large (" + big.length() + " bytes > 1000 bytes limit), skipped"),
                records.get(1));
        assertEquals("s2", ((SourceRecord.Read) records.get(2)).article().id());
        assertEquals(p + ":3", ((SourceRecord.Read) records.get(2)).article().origin());
    }

    @Test
    void invalidUtf8InALineIsSkipped() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("\uFEFF{\"id\": \"u1\", \"text\": \"Fine.\"}\n".getBytes(StandardCharsets.UTF_8));
        out.writeBytes("{\"id\": \"u2\", \"text\": \"Caf".getBytes(StandardCharsets.UTF_8));
        out.write(0xE9);
        out.writeBytes("\"}\n{\"id\": \"u3\", \"text\": \"Also fine.\"}\n".getBytes(StandardCharsets.UTF_8));
        Path p = Files.write(dir.resolve("bad.jsonl"), out.toByteArray());
        List<SourceRecord> records = Records.all(reader.read(List.of(p)));
        assertEquals(List.of("u1", "u3"), Records.reads(records).stream().map(r -> r.article().id()).toList());
        assertEquals(List.of(new SourceRecord.Problem(p + ":2", "not valid UTF-8 (at byte 25 of the line), skipped")),
                Records.problems(records));
    }

    @Test
    void binaryJsonLinesFileIsSkipped() throws IOException {
        Path p = Files.write(dir.resolve("blob.jsonl"), new byte[] {'{', 0, 0, 0, '}', '\n'});
        assertEquals(new SourceRecord.Problem(p.toString(), "binary file, skipped"), Records.onlyProblem(reader.read(List.of(p))));
    }

    @Test
    void emptyJsonLinesFileIsAProblem() throws IOException {
        Path p = write("none.jsonl", "\n  \n");
        assertEquals(new SourceRecord.Problem(p.toString(), "empty file, skipped"), Records.onlyProblem(reader.read(List.of(p))));
    }

    @Test
    void notAnObjectAndTrailingGarbage() throws IOException {
        Path p = write("o.jsonl", "[1, 2]\n{\"text\": \"a\"} extra\n");
        List<SourceRecord> records = Records.all(reader.read(List.of(p)));
        assertEquals(new SourceRecord.Problem(p + ":1", "not a JSON object, skipped"), records.get(0));
        SourceRecord.Problem second = (SourceRecord.Problem) records.get(1);
        assertTrue(second.message().startsWith("broken JSON"), second.message());
    }

    @Test
    void standardInput() {
        String input = "{\"id\": \"s1\", \"date\": \"2024-05-01\", \"text\": \"From stdin.\"}\n"
                + "not json\n"
                + "{\"text\": \"No id; Posted March 2, 2024.\"}\n";
        List<SourceRecord> records = Records.all(reader.read(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), "jsonl"));
        assertEquals(3, records.size());
        SourceRecord.Read first = (SourceRecord.Read) records.get(0);
        assertEquals("s1", first.article().id());
        assertEquals("<stdin>:1", first.article().origin());
        assertEquals("<stdin>:2", ((SourceRecord.Problem) records.get(1)).where());
        SourceRecord.Read third = (SourceRecord.Read) records.get(2);
        assertEquals("stdin-3", third.article().id());
        assertEquals(LocalDate.of(2024, 3, 2), third.article().date());
        assertEquals(List.of("no publication date; using 2024-03-02 found in the text"), third.warnings());
    }

    @Test
    void standardInputAsTextAndUnknownFormat() {
        SourceRecord.Read r = Records.onlyRead(reader.read(
                new ByteArrayInputStream("Title: Hi\nDate: 2024-03-02\n\nBody.".getBytes(StandardCharsets.UTF_8)), "txt"));
        assertEquals("stdin", r.article().id());
        assertEquals("<stdin>", r.article().origin());
        assertEquals("Body.", r.article().text());
        SourceRecord.Problem p = Records.onlyProblem(reader.read(new ByteArrayInputStream(new byte[0]), "xml"));
        assertEquals("<stdin>", p.where());
        assertTrue(p.message().contains("unknown format 'xml'"), p.message());
    }

    @Test
    void readsLazily() throws IOException {
        // a file that is deleted after reading starts still gives its problem in turn, not up front
        Path a = write("a.jsonl", "{\"id\": \"a\", \"text\": \"A.\", \"date\": \"2024-01-01\"}\n");
        Path b = write("b.txt", "Date: 2024-01-01\n\nB.");
        var it = reader.read(List.of(a, b));
        assertTrue(it.hasNext());
        assertEquals("a", ((SourceRecord.Read) it.next()).article().id());
        Files.delete(b);
        assertTrue(it.hasNext());
        SourceRecord.Problem p = (SourceRecord.Problem) it.next();
        assertEquals(b.toString(), p.where());
        assertEquals("no such file or folder, skipped", p.message());
        assertFalse(it.hasNext());
    }

    @Test
    void aFileNamedAnyhowCanBeReadAsJsonLines() throws IOException {
        Path p = write("gold.txt", "{\"id\": \"g1\", \"date\": \"2024-03-02\", \"text\": \"Chile met Peru.\"}\n{broken\n");
        List<SourceRecord> records = Records.all(reader.readJsonLines(p));
        assertEquals("g1", Records.reads(records).get(0).article().id());
        assertEquals(p + ":2", Records.problems(records).get(0).where());
    }

    @Test
    void aFileReadAsJsonLinesWarnsOfAMissingDateAndFindsOneInTheText() throws IOException {
        Path p = write("gold2.txt", """
                {"id": "g1", "text": "Chile met Peru on Thursday."}
                {"id": "g2", "text": "Updated on 2024-03-02. Chile met Peru."}
                """);
        List<SourceRecord.Read> reads = Records.reads(Records.all(reader.readJsonLines(p)));
        assertEquals(List.of("no publication date; relative dates such as 'on Thursday' cannot be resolved"), reads.get(0).warnings());
        assertEquals("2024-03-02", String.valueOf(reads.get(1).article().date()));
    }
}
