package dev.dyadic.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExportFormatTest {

    @Test
    void findsFormatsByNameIgnoringCase() {
        assertEquals(ExportFormat.JSONL, ExportFormat.of("jsonl"));
        assertEquals(ExportFormat.CSV, ExportFormat.of("CSV"));
        assertEquals(ExportFormat.PARQUET, ExportFormat.of(" Parquet "));
        assertEquals(ExportFormat.GDELT, ExportFormat.of("gdelt"));
        assertEquals(ExportFormat.PLOVER, ExportFormat.of("PLOVER"));
    }

    @Test
    void rejectsUnknownNamesListingTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExportFormat.of("xml"));
        assertTrue(e.getMessage().contains("'xml'"), e.getMessage());
        for (String name : List.of("jsonl", "csv", "parquet", "gdelt", "plover")) {
            assertTrue(e.getMessage().contains(name), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> ExportFormat.of(""));
        assertThrows(IllegalArgumentException.class, () -> ExportFormat.of(null));
        assertThrows(IllegalArgumentException.class, () -> ExportFormat.of("json"));
    }

    @Test
    void allButParquetStream() {
        for (ExportFormat f : ExportFormat.values()) {
            assertEquals(f != ExportFormat.PARQUET, f.streams(), f.name());
        }
        assertFalse(ExportFormat.PARQUET.streams());
        assertEquals("jsonl, csv, parquet, gdelt, plover", ExportFormat.names());
    }

    @Test
    void parquetCannotBeWrittenToAStream() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThrows(IllegalArgumentException.class,
                () -> EventExporter.write(ExportFormat.PARQUET, Fixtures.all(), out));
        assertEquals(0, out.size());
    }
}
