package dev.dyadic.sources;

import static org.junit.jupiter.api.Assertions.*;

import dev.dyadic.model.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextAndHtmlTest {
    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader();

    private Path write(String name, String content) throws IOException {
        return Records.write(dir, name, content);
    }

    @Test
    void textWithHeaders() throws IOException {
        Path p = write("talks.txt", "Title: Talks resume\ndate: 2 March 2024\nSource: Xinhua\nURL: https://x.example/1\nLanguage: en\n\n"
                + "China and Japan held talks on Thursday.\nThey agreed to meet again.\n");
        SourceRecord.Read r = Records.onlyRead(reader.read(List.of(p)));
        Article a = r.article();
        assertEquals("talks", a.id());
        assertEquals(LocalDate.of(2024, 3, 2), a.date());
        assertEquals("Talks resume", a.title());
        assertEquals("Xinhua", a.source());
        assertEquals("https://x.example/1", a.url());
        assertEquals("en", a.language());
        assertEquals("China and Japan held talks on Thursday.\nThey agreed to meet again.\n", a.text());
        assertEquals(p.toString(), a.origin());
        assertEquals(List.of(), r.warnings());
    }

    @Test
    void headerDateFormats() throws IOException {
        String[] values = {"2024-03-02", "2024-03-02T10:00:00Z", "March 2, 2024", "Mar 2, 2024", "2024/03/02", "2 March 2024"};
        for (int i = 0; i < values.length; i++) {
            Path p = write("d" + i + ".txt", "Date: " + values[i] + "\n\nText.");
            assertEquals(LocalDate.of(2024, 3, 2), Records.onlyRead(reader.read(List.of(p))).article().date(), values[i]);
        }
    }

    @Test
    void unreadableDateHeaderWarnsAndCountsAsMissing() throws IOException {
        Path p = write("a.txt", "Title: T\nDate: last Thursday\n\nNothing dated here.");
        SourceRecord.Read r = Records.onlyRead(reader.read(List.of(p)));
        assertNull(r.article().date());
        assertEquals(List.of("unreadable date 'last Thursday'",
                "no publication date; relative dates such as 'on Thursday' cannot be resolved"), r.warnings());
    }

    @Test
    void textWithoutHeadersIsAllText() throws IOException {
        String content = "Ministers met in Paris on 2024-03-02.\r\nTitle: not a header here\r\n";
        Path p = write("plain.text", content);
        Article a = Records.onlyRead(reader.read(List.of(p))).article();
        assertEquals("plain", a.id());
        assertNull(a.title());
        assertEquals("Ministers met in Paris on 2024-03-02.\nTitle: not a header here\n", a.text());
        assertEquals(LocalDate.of(2024, 3, 2), a.date());
    }

    @Test
    void fileWithoutExtensionIsText() throws IOException {
        Path p = write("NOTES", "\uFEFFSome text.");
        Article a = Records.onlyRead(reader.read(List.of(p))).article();
        assertEquals("NOTES", a.id());
        assertEquals("Some text.", a.text(), "byte order mark dropped");
    }

    @Test
    void utf16WithBomIsDecoded() throws IOException {
        Path p = dir.resolve("u16.txt");
        Files.write(p, "Title: Zürich\n\nTalks in Zürich.".getBytes(StandardCharsets.UTF_16)); // Java writes a BOM
        Article a = Records.onlyRead(reader.read(List.of(p))).article();
        assertEquals("Zürich", a.title());
        assertEquals("Talks in Zürich.", a.text());
    }

    @Test
    void htmlWithMetaDateAndNavigationNoise() throws IOException {
        Path p = write("page.html", """
                <html lang="en-US"><head><title>Leaders meet</title>
                <meta property="article:published_time" content="2024-02-08T09:30:00+08:00">
                <meta property="og:site_name" content="Daily News">
                <link rel="canonical" href="https://news.example/leaders">
                <script>var tracking = "SCRIPT TEXT";</script></head>
                <body><nav><p>Home | World | NAV TEXT</p></nav>
                <header><p>HEADER TEXT</p></header>
                <article><h1>Leaders meet</h1>
                <p>The presidents met on Thursday.</p>
                <aside><p>ASIDE TEXT</p></aside>
                <p>They signed   an agreement.</p></article>
                <footer><p>FOOTER TEXT</p></footer></body></html>
                """);
        SourceRecord.Read r = Records.onlyRead(reader.read(List.of(p)));
        Article a = r.article();
        assertEquals("page", a.id());
        assertEquals("Leaders meet", a.title());
        assertEquals(LocalDate.of(2024, 2, 8), a.date());
        assertEquals("Daily News", a.source());
        assertEquals("https://news.example/leaders", a.url());
        assertEquals("en-US", a.language());
        assertEquals("The presidents met on Thursday.\n\nThey signed an agreement.", a.text());
        for (String noise : List.of("NAV", "HEADER", "FOOTER", "ASIDE", "SCRIPT")) {
            assertFalse(a.text().contains(noise), noise);
        }
        assertEquals(List.of(), r.warnings());
    }

    @Test
    void htmlTitleFromH1AndDateFromTimeElement() throws IOException {
        Path p = write("b.htm", "<body><main><h1>Border clash</h1><time datetime=\"2023-11-05\">Sunday</time>"
                + "<p>Troops clashed.</p></main><p>Outside main.</p></body>");
        Article a = Records.onlyRead(reader.read(List.of(p))).article();
        assertEquals("Border clash", a.title());
        assertEquals(LocalDate.of(2023, 11, 5), a.date());
        assertEquals("Troops clashed.", a.text());
    }

    @Test
    void missingDateTakenFromText() throws IOException {
        Path p = write("m.txt", "Title: Talks\n\nUpdated on 2024-02-08\nThe ministers met on Thursday.");
        SourceRecord.Read r = Records.onlyRead(reader.read(List.of(p)));
        assertEquals(LocalDate.of(2024, 2, 8), r.article().date());
        assertEquals(List.of("no publication date; using 2024-02-08 found in the text"), r.warnings());
    }

    @Test
    void missingDateWithoutAnyInText() throws IOException {
        Path p = write("n.txt", "The ministers met on Thursday in March.");
        SourceRecord.Read r = Records.onlyRead(reader.read(List.of(p)));
        assertNull(r.article().date());
        assertEquals(List.of("no publication date; relative dates such as 'on Thursday' cannot be resolved"), r.warnings());
    }

    @Test
    void binaryFileIsSkipped() throws IOException {
        Path p = dir.resolve("image.txt");
        Files.write(p, new byte[] {'G', 'I', 'F', '8', '9', 'a', 0, 1, 2, 3, 'x'});
        SourceRecord.Problem problem = Records.onlyProblem(reader.read(List.of(p)));
        assertEquals(p.toString(), problem.where());
        assertEquals("binary file, skipped", problem.message());
    }

    @Test
    void controlCharactersMakeABinaryFile() throws IOException {
        Path p = dir.resolve("ctl.txt");
        byte[] bytes = new byte[100];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 2 == 0 ? 0x01 : 'a');
        }
        Files.write(p, bytes);
        assertEquals("binary file, skipped", Records.onlyProblem(reader.read(List.of(p))).message());
    }

    @Test
    void emptyAndWhitespaceFilesAreSkipped() throws IOException {
        Path empty = write("empty.txt", "");
        Path blank = write("blank.html", " \n\t\n");
        List<SourceRecord> records = Records.all(reader.read(List.of(empty, blank)));
        assertEquals(List.of(new SourceRecord.Problem(empty.toString(), "empty file, skipped"),
                new SourceRecord.Problem(blank.toString(), "empty file, skipped")), records);
    }

    @Test
    void headersWithoutTextAreSkipped() throws IOException {
        Path p = write("h.txt", "Title: Only a title\nDate: 2024-01-01\n\n  \n");
        assertEquals("no text, skipped", Records.onlyProblem(reader.read(List.of(p))).message());
    }

    @Test
    void latin1FileIsNotUtf8() throws IOException {
        Path p = dir.resolve("latin.txt");
        Files.write(p, "Caf\u00e9 talks in S\u00e3o Paulo".getBytes(StandardCharsets.ISO_8859_1));
        SourceRecord.Problem problem = Records.onlyProblem(reader.read(List.of(p)));
        assertTrue(problem.where().endsWith("latin.txt"), problem.where());
        assertTrue(problem.message().contains("UTF-8"), problem.message());
        assertEquals("not valid UTF-8 (at byte 3), skipped", problem.message());
        String shown = problem.where() + ": " + problem.message();
        assertTrue(shown.contains("latin.txt") && shown.contains("UTF-8"));
    }

    @Test
    void fileOverTheLimitIsSkippedBeforeReading() throws IOException {
        Path p = write("big.txt", "word ".repeat(300)); // 1500 bytes
        Path small = write("small.txt", "A short article.");
        List<SourceRecord> records = Records.all(new ArticleReader(1000).read(List.of(p, small)));
        assertEquals(new SourceRecord.Problem(p.toString(), "file too large (1500 bytes > 1000 bytes limit), skipped"),
                records.get(0));
        assertEquals("small", ((SourceRecord.Read) records.get(1)).article().id());
    }

    @Test
    void sizeMessageInMegabytes() {
        assertEquals("file too large (51.0 MB > 5.0 MB limit), skipped",
                Sizes.tooLarge("file", 51L * 1024 * 1024, ArticleReader.DEFAULT_MAX_ARTICLE_BYTES));
        assertEquals("line too large (5.01 MB > 5.00 MB limit), skipped",
                Sizes.tooLarge("line", 5L * 1024 * 1024 + 10_000, ArticleReader.DEFAULT_MAX_ARTICLE_BYTES));
    }
}
