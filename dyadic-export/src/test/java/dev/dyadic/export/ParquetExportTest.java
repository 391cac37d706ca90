package dev.dyadic.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetExportTest {
    @TempDir
    Path dir;

    @Test
    void writesTypedColumnsThatDuckDbReadsBack() throws Exception {
        Path file = dir.resolve("it's events.parquet"); // a quote in the path
        Files.writeString(file, "old content to replace");
        assertEquals(3, EventExporter.write(ExportFormat.PARQUET, Fixtures.all(), file));
        String source = "read_parquet('" + file.toAbsolutePath().toString().replace("'", "''") + "')";
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            Map<String, String> types = new LinkedHashMap<>();
            try (ResultSet rs = s.executeQuery("DESCRIBE SELECT * FROM " + source)) {
                while (rs.next()) {
                    types.put(rs.getString("column_name"), rs.getString("column_type"));
                }
            }
            assertEquals(CsvExportTest.COLUMNS, List.copyOf(types.keySet()), "the CSV's columns");
            assertEquals("BIGINT", types.get("id"));
            assertEquals("VARCHAR", types.get("date"));
            assertEquals("VARCHAR", types.get("source"));
            assertEquals("INTEGER", types.get("quad"));
            assertEquals("DOUBLE", types.get("goldstein"));
            assertEquals("DOUBLE", types.get("confidence"));
            assertEquals("INTEGER", types.get("num_mentions"));
            assertEquals("INTEGER", types.get("num_sources"));
            assertEquals("INTEGER", types.get("num_articles"));
            assertEquals("DATE", types.get("published"));

            try (ResultSet rs = s.executeQuery("SELECT * FROM " + source + " ORDER BY id")) {
                assertTrue(rs.next());
                assertEquals(101L, rs.getLong("id"));
                assertEquals("2023-03-21", rs.getString("date"));
                assertNull(rs.getString("date_end"));
                assertEquals("CHNGOV", rs.getString("source"));
                assertEquals("Vladimir Putin", rs.getString("target_name"));
                assertEquals("057", rs.getString("cameo"));
                assertEquals(1, rs.getInt("quad"));
                assertEquals(8.0, rs.getDouble("goldstein"));
                assertEquals(0.92, rs.getDouble("confidence"));
                assertEquals(3, rs.getInt("num_articles"));
                assertEquals(LocalDate.of(2023, 3, 21), rs.getObject("published", LocalDate.class));
                assertEquals(Fixtures.AGREEMENT_TEXT, rs.getString("evidence"));

                assertTrue(rs.next());
                assertEquals(102L, rs.getLong("id"));
                assertEquals("2023-03", rs.getString("date"));
                assertEquals("USAGOV+GBRGOV", rs.getString("source"));
                assertNull(rs.getString("source_name"));
                assertNull(rs.getString("place"));
                assertNull(rs.getString("url"));
                assertEquals(LocalDate.of(2023, 4, 2), rs.getObject("published", LocalDate.class));

                assertTrue(rs.next());
                assertEquals(103L, rs.getLong("id"));
                assertNull(rs.getString("date"));
                assertEquals("unknown", rs.getString("date_source"));
                assertEquals(-10.0, rs.getDouble("goldstein"));
                assertEquals("UKR", rs.getString("place_country"));
                assertFalse(rs.next());
            }
        }
    }

    @Test
    void writesAnEmptyFile() throws Exception {
        Path file = dir.resolve("none.parquet");
        assertEquals(0, EventExporter.write(ExportFormat.PARQUET, List.of(), file));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM read_parquet('" + file.toAbsolutePath() + "')")) {
            assertTrue(rs.next());
            assertEquals(0, rs.getLong(1));
        }
    }
}
