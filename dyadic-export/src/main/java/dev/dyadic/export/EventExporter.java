package dev.dyadic.export;

import dev.dyadic.model.StoredEvent;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Collectors;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Writes stored events in one of the {@link ExportFormat}s:
 * <ul>
 * <li>{@link ExportFormat#JSONL}: one {@link StoredEventJson} object per line;</li>
 * <li>{@link ExportFormat#CSV}: RFC 4180 with a header line, the columns of {@link EventTable};</li>
 * <li>{@link ExportFormat#PARQUET}: the same columns, typed, written by an in-memory DuckDB (to a file only);</li>
 * <li>{@link ExportFormat#GDELT}: GDELT 2.0 Event table rows, 61 tab-separated fields ({@link GdeltExport});</li>
 * <li>{@link ExportFormat#PLOVER}: one PLOVER JSON record per line ({@link PloverJson}).</li>
 * </ul>
 * Text formats are UTF-8; lines end with LF, except CSV (CRLF, as RFC 4180 asks).
 */
public final class EventExporter {
    private static final String TABLE = "events";

    private EventExporter() {
    }

    /**
     * Writes the events to {@code out} in a text format. The stream is flushed, not closed.
     *
     * @return the number of events written
     * @throws IllegalArgumentException for {@link ExportFormat#PARQUET}, which needs a file
     */
    public static long write(ExportFormat format, Iterable<StoredEvent> events, OutputStream out) throws IOException {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(out, "out");
        if (!format.streams()) {
            throw new IllegalArgumentException(format.id() + " cannot be written to a stream: give a file");
        }
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        long n = 0;
        if (format == ExportFormat.CSV) {
            EventTable.writeCsvHeader(w);
        }
        for (StoredEvent e : events) {
            switch (format) {
                case JSONL -> line(w, StoredEventJson.toJson(e));
                case CSV -> EventTable.writeCsvRow(e, w);
                case GDELT -> line(w, GdeltExport.line(e));
                case PLOVER -> line(w, PloverJson.toJson(e));
                default -> throw new IllegalStateException(format.name());
            }
            n++;
        }
        w.flush();
        return n;
    }

    /**
     * Writes the events to a file in any format, replacing the file if it exists. Parquet is written through an
     * in-memory DuckDB: the rows go into a table with the typed columns of {@link EventTable}, which is then copied to
     * the file ({@code COPY ... TO ... (FORMAT PARQUET)}).
     *
     * @return the number of events written
     */
    public static long write(ExportFormat format, Iterable<StoredEvent> events, Path file) throws IOException {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(file, "file");
        if (format == ExportFormat.PARQUET) {
            return writeParquet(events, file);
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            return write(format, events, out);
        }
    }

    private static long writeParquet(Iterable<StoredEvent> events, Path file) throws IOException {
        String columns = EventTable.COLUMNS.stream().map(c -> quote(c.name()) + " " + c.sqlType())
                .collect(Collectors.joining(", "));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE " + TABLE + " (" + columns + ")");
            }
            long n = 0;
            try (DuckDBAppender appender = c.unwrap(DuckDBConnection.class)
                    .createAppender(DuckDBConnection.DEFAULT_SCHEMA, TABLE)) {
                for (StoredEvent e : events) {
                    appender.beginRow();
                    for (Object v : EventTable.row(e)) {
                        append(appender, v);
                    }
                    appender.endRow();
                    n++;
                }
            }
            Path target = file.toAbsolutePath();
            Files.deleteIfExists(target);
            try (Statement s = c.createStatement()) {
                s.execute("COPY " + TABLE + " TO '" + target.toString().replace("'", "''") + "' (FORMAT PARQUET)");
            }
            return n;
        } catch (SQLException ex) {
            throw new IOException("cannot write Parquet to " + file + ": " + ex.getMessage(), ex);
        }
    }

    private static void append(DuckDBAppender a, Object v) throws SQLException {
        if (v == null) {
            a.append((String) null);
        } else if (v instanceof Long l) {
            a.append(l.longValue());
        } else if (v instanceof Integer i) {
            a.append(i.intValue());
        } else if (v instanceof Double d) {
            a.append(d.doubleValue());
        } else if (v instanceof LocalDate d) {
            a.append(d.toString()); // DuckDB casts the ISO text to the DATE column
        } else {
            a.append(v.toString());
        }
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static void line(Writer w, String s) throws IOException {
        w.write(s);
        w.write('\n');
    }
}
