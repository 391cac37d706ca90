package dev.dyadic.sources;

import static org.junit.jupiter.api.Assertions.*;

import dev.dyadic.model.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
    @TempDir
    Path dir;

    private static List<SourceRecord> all(Iterator<SourceRecord> it) {
        List<SourceRecord> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    private List<SourceRecord> read(Path... paths) {
        return all(new ArticleReader().read(List.of(paths)));
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private static Article article(SourceRecord r) {
        assertInstanceOf(SourceRecord.Read.class, r, r.toString());
        return ((SourceRecord.Read) r).article();
    }

    private static SourceRecord.Problem problem(SourceRecord r) {
        assertInstanceOf(SourceRecord.Problem.class, r, r.toString());
        return (SourceRecord.Problem) r;
    }

    @Test
    void readsTextWithHeaders() throws IOException {
        Path p = write("talks.txt", "Title: Ministers meet\nDate: 2024-03-14\nSource: Sample Wire\nURL: https://example.org/1\n\n"
                + "Japan's foreign minister met his Korean counterpart on Thursday.\r\n\r\nThey agreed to meet again.\n");
        SourceRecord.Read r = (SourceRecord.Read) read(p).get(0);
        Article a = r.article();
        assertEquals("talks", a.id());
        assertEquals(LocalDate.of(2024, 3, 14), a.date());
        assertEquals("Ministers meet", a.title());
        assertEquals("Sample Wire", a.source());
        assertEquals("https://example.org/1", a.url());
        assertEquals("Japan's foreign minister met his Korean counterpart on Thursday.\n\nThey agreed to meet again.", a.text());
        assertEquals(List.of(), r.warnings());
    }

    @Test
    void aFileWithoutHeadersIsAllText() throws IOException {
        Path p = write("plain.txt", "Date of the talks: unknown.\nThe talks went on.\n");
        Article a = article(read(p).get(0));
        assertEquals("Date of the talks: unknown.\nThe talks went on.", a.text());
        assertNull(a.title());
    }

    @Test
    void usesADateWrittenInTheTextWhenNoneIsGiven() throws IOException {
        Path p = write("undated.txt", "Title: Summit\n\nUpdated on 2024-02-08\nLeaders met in Nairobi on Friday.");
        SourceRecord.Read r = (SourceRecord.Read) read(p).get(0);
        assertEquals(LocalDate.of(2024, 2, 8), r.article().date());
        assertEquals(List.of("no publication date; using 2024-02-08 found in the text"), r.warnings());
    }

    @Test
    void withoutAnyDateTheArticleIsStillReadWithAWarning() throws IOException {
        SourceRecord.Read r = (SourceRecord.Read) read(write("bare.txt", "Leaders met on Thursday (March 16).")).get(0);
        assertNull(r.article().date());
        assertTrue(r.warnings().get(0).startsWith("no publication date"), r.warnings().toString());
    }

    @Test
    void readsTheMainTextOfHtml() throws IOException {
        Path p = write("page.html", """
                <html><head><title>Talks in Hanoi</title>
                <meta property="article:published_time" content="2024-04-02T08:30:00Z">
                <meta property="og:site_name" content="Example News">
                <link rel="canonical" href="https://example.org/hanoi"></head>
                <body><nav><a href="/">Home</a> Subscribe now</nav>
                <article><h1>Talks in Hanoi</h1><p>Vietnam hosted Chinese officials on Monday.</p>
                <p>The two sides signed three agreements.</p></article>
                <footer>Copyright Example News</footer><script>var x = 1;</script></body></html>""");
        Article a = article(read(p).get(0));
        assertEquals("page", a.id());
        assertEquals(LocalDate.of(2024, 4, 2), a.date());
        assertEquals("Talks in Hanoi", a.title());
        assertEquals("Example News", a.source());
        assertEquals("https://example.org/hanoi", a.url());
        assertTrue(a.text().contains("Vietnam hosted Chinese officials on Monday.\n\nThe two sides signed three agreements."), a.text());
        assertFalse(a.text().contains("Subscribe"));
        assertFalse(a.text().contains("Copyright"));
        assertFalse(a.text().contains("var x"));
    }

    @Test
    void streamsJsonLinesAndNamesTheBrokenLine() throws IOException {
        Path p = write("feed.jsonl", """
                {"id": "a1", "date": "2024-05-01", "title": "One", "source": "Wire", "text": "Chile praised Peru."}
                {"id": "a2", "date": "2024-05-01", "text": "Chile criticised
                
                {"date": "2024-05-02", "text": "Peru thanked Chile."}
                {"id": 7, "date": "2024-05-03", "text": ""}
                """);
        List<SourceRecord> records = read(p);
        assertEquals(4, records.size(), records.toString());
        assertEquals("a1", article(records.get(0)).id());
        assertEquals("Wire", article(records.get(0)).source());
        assertEquals(p + ":1", article(records.get(0)).origin());
        assertEquals(p + ":2", problem(records.get(1)).where());
        assertTrue(problem(records.get(1)).message().startsWith("broken JSON ("), problem(records.get(1)).message());
        assertEquals("feed-4", article(records.get(2)).id(), "without an id: the file stem and line");
        assertEquals(LocalDate.of(2024, 5, 2), article(records.get(2)).date());
        assertEquals("no text, skipped", problem(records.get(3)).message());
    }

    @Test
    void walksFoldersInNameOrderAndIgnoresOtherFiles() throws IOException {
        write("in/b/two.txt", "Date: 2024-01-02\n\nText two.");
        write("in/a.txt", "Date: 2024-01-01\n\nText one.");
        write("in/photo.png", "not read");
        write("in/.hidden/three.txt", "Text three.");
        List<SourceRecord> records = read(dir.resolve("in"));
        assertEquals(List.of("a", "two"), records.stream().map(r -> article(r).id()).toList());
    }

    @Test
    void skipsBinaryEmptyBadlyEncodedAndTooLargeFilesAndGoesOn() throws IOException {
        Path binary = dir.resolve("image.txt");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
        Path empty = write("empty.txt", "  \n\n");
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, "Date: 2024-01-01\n\nLa d\u00e9l\u00e9gation fran\u00e7aise.".getBytes(StandardCharsets.ISO_8859_1));
        Path big = write("big.txt", "Date: 2024-01-01\n\n" + "Words and more words. ".repeat(100));
        Path good = write("good.txt", "Date: 2024-01-01\n\nFrance met Chile.");
        Path missing = dir.resolve("missing.txt");
        List<SourceRecord> records = all(new ArticleReader(1000).read(List.of(binary, empty, latin1, big, missing, good)));
        assertEquals("binary file, skipped", problem(records.get(0)).message());
        assertEquals(binary.toString(), problem(records.get(0)).where());
        assertEquals("empty file, skipped", problem(records.get(1)).message());
        assertTrue(problem(records.get(2)).message().startsWith("not valid UTF-8 (at byte "), problem(records.get(2)).message());
        assertEquals(latin1.toString(), problem(records.get(2)).where());
        assertTrue(problem(records.get(3)).message().startsWith("file too large ("), problem(records.get(3)).message());
        assertEquals("no such file or folder", problem(records.get(4)).message());
        assertEquals("France met Chile.", article(records.get(5)).text());
    }

    @Test
    void aTooLongJsonLineIsSkippedAndTheNextOneRead() throws IOException {
        Path p = dir.resolve("long.jsonl");
        try (OutputStream out = Files.newOutputStream(p)) {
            out.write(("{\"id\": \"big\", \"date\": \"2024-01-01\", \"text\": \"" + "x".repeat(5000) + "\"}\n").getBytes(StandardCharsets.UTF_8));
            out.write("{\"id\": \"small\", \"date\": \"2024-01-01\", \"text\": \"Peru met Chile.\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        List<SourceRecord> records = all(new ArticleReader(1000).read(List.of(p)));
        assertTrue(problem(records.get(0)).message().startsWith("line too large ("), records.get(0).toString());
        assertEquals(p + ":1", problem(records.get(0)).where());
        assertEquals("small", article(records.get(1)).id());
    }

    @Test
    void readsStandardInput() {
        var in = new ByteArrayInputStream("{\"id\":\"s1\",\"date\":\"2024-06-01\",\"text\":\"Chile met Peru.\"}\n".getBytes(StandardCharsets.UTF_8));
        List<SourceRecord> records = all(new ArticleReader().read(in, "jsonl"));
        assertEquals("s1", article(records.get(0)).id());
        assertEquals("<stdin>:1", article(records.get(0)).origin());
        var txt = new ByteArrayInputStream("Title: T\nDate: 2024-06-02\n\nChile met Peru.".getBytes(StandardCharsets.UTF_8));
        assertEquals(LocalDate.of(2024, 6, 2), article(all(new ArticleReader().read(txt, "txt")).get(0)).date());
    }
}
