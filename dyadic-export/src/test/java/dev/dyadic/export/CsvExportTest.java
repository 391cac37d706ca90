package dev.dyadic.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyadic.model.StoredEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExportTest {
    static final List<String> COLUMNS = List.of("id", "date", "date_end", "date_source", "source", "source_name",
            "target", "target_name", "cameo", "cameo_name", "plover", "mode", "context", "quad", "goldstein", "place",
            "place_country", "confidence", "num_mentions", "num_sources", "num_articles", "article_id", "published",
            "url", "evidence");

    @TempDir
    Path dir;

    @Test
    void writesRfc4180ThatReadsBackFieldByField() throws Exception {
        Path file = dir.resolve("events.csv");
        assertEquals(3, EventExporter.write(ExportFormat.CSV, Fixtures.all(), file));
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith(String.join(",", COLUMNS) + "\r\n"), "header line, CRLF");
        List<List<String>> rows = parse(text);
        assertEquals(4, rows.size());
        assertEquals(COLUMNS, rows.get(0));
        for (List<String> row : rows) {
            assertEquals(25, row.size());
        }
        List<String> a = rows.get(1);
        assertEquals("101", a.get(0));
        assertEquals("2023-03-21", a.get(1));
        assertEquals("", a.get(2));
        assertEquals("sentence", a.get(3));
        assertEquals("CHNGOV", a.get(4));
        assertEquals("Xi Jinping", a.get(5));
        assertEquals("RUSGOV", a.get(6));
        assertEquals("Vladimir Putin", a.get(7));
        assertEquals("057", a.get(8));
        assertEquals("Sign formal agreement", a.get(9));
        assertEquals("SUPPORT", a.get(10));
        assertEquals("", a.get(11));
        assertEquals("diplomatic", a.get(12));
        assertEquals("1", a.get(13));
        assertEquals("8.0", a.get(14));
        assertEquals("Moscow", a.get(15));
        assertEquals("RUS", a.get(16));
        assertEquals("0.92", a.get(17));
        assertEquals(List.of("3", "3", "3"), a.subList(18, 21));
        assertEquals("art-1", a.get(21));
        assertEquals("2023-03-21", a.get(22));
        assertEquals("https://planet.example/a1", a.get(23));
        assertEquals(Fixtures.AGREEMENT_TEXT, a.get(24), "quotes, commas and the line break survive");

        List<String> b = rows.get(2);
        assertEquals("2023-03", b.get(1));
        assertEquals("USAGOV+GBRGOV", b.get(4));
        assertEquals("", b.get(5), "no named person among the sources");
        assertEquals("IGOUNO", b.get(6));
        assertEquals("United Nations", b.get(7));
        assertEquals("04", b.get(8));
        assertEquals("", b.get(15));
        assertEquals("", b.get(23), "no url");
        assertTrue(b.get(24).contains("Zoë Brückner"), "UTF-8");

        List<String> c = rows.get(3);
        assertEquals("", c.get(1), "unknown date stays empty");
        assertEquals("unknown", c.get(3));
        assertEquals("-10.0", c.get(14));
        assertEquals("Ukraine", c.get(15));
        assertEquals("https://courier.example/x?q=1&r=2", c.get(23));
    }

    @Test
    void duckDbReadsTheCsvBack() throws Exception {
        Path file = dir.resolve("events.csv");
        EventExporter.write(ExportFormat.CSV, Fixtures.all(), file);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, evidence, source, goldstein, num_mentions FROM read_csv('"
                     + file.toAbsolutePath() + "', header = true, delim = ',', quote = '\"', escape = '\"') ORDER BY id")) {
            List<StoredEvent> events = Fixtures.all();
            for (StoredEvent e : events) {
                assertTrue(rs.next());
                assertEquals(e.id(), rs.getLong(1));
                assertEquals(Reports.evidence(e).text(), rs.getString(2));
                assertEquals(Reports.codes(e.event().source()), rs.getString(3));
                assertEquals(e.event().goldstein(), rs.getDouble(4));
                assertEquals(e.numMentions(), rs.getInt(5));
            }
            assertTrue(!rs.next());
        }
    }

    @Test
    void quotesOnlyWhatNeedsQuoting() {
        assertEquals("plain", EventTable.csvField("plain"));
        assertEquals("\"a,b\"", EventTable.csvField("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", EventTable.csvField("say \"hi\""));
        assertEquals("\"two\nlines\"", EventTable.csvField("two\nlines"));
        assertEquals("\"cr\rhere\"", EventTable.csvField("cr\rhere"));
        assertEquals("0.0001", EventTable.number(1e-4));
        assertEquals("-7.2", EventTable.number(-7.2));
    }

    /** A small RFC 4180 reader: records end with CRLF (or LF) outside quotes. */
    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (i < text.length()) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                } else {
                    field.append(ch);
                }
                i++;
                continue;
            }
            if (ch == '"' && field.length() == 0) {
                quoted = true;
            } else if (ch == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (ch == '\r' || ch == '\n') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(ch);
            }
            i++;
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
