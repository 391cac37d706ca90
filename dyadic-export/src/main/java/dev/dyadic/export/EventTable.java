package dev.dyadic.export;

import dev.dyadic.model.CameoCodebook;
import dev.dyadic.model.Event;
import dev.dyadic.model.Evidence;
import dev.dyadic.model.StoredEvent;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The flat table of stored events written as {@link ExportFormat#CSV} and {@link ExportFormat#PARQUET}: one row per
 * event, these columns in this order (Parquet type in brackets):
 * <ol>
 * <li>{@code id} [BIGINT]: the database's number for the event</li>
 * <li>{@code date} [VARCHAR]: as precise as known: "2023-03-16", "2023-03" or "2023"; empty when unknown</li>
 * <li>{@code date_end} [VARCHAR]: last day of a range, else empty</li>
 * <li>{@code date_source} [VARCHAR]: "sentence", "scene", "article" or "unknown"</li>
 * <li>{@code source}, {@code target} [VARCHAR]: CAMEO actor codes, several (compound actors) joined with "+"</li>
 * <li>{@code source_name}, {@code target_name} [VARCHAR]: the named persons or organisations among them, joined with
 * "; "</li>
 * <li>{@code cameo} [VARCHAR], {@code cameo_name} [VARCHAR]: CAMEO event code and its description</li>
 * <li>{@code plover}, {@code mode}, {@code context} [VARCHAR]: PLOVER 2.0 event type, mode and context</li>
 * <li>{@code quad} [INTEGER]: GDELT quad class 1-4; {@code goldstein} [DOUBLE]</li>
 * <li>{@code place} [VARCHAR], {@code place_country} [VARCHAR]: where it happened and that country's ISO3 code</li>
 * <li>{@code confidence} [DOUBLE]: 0 to 1</li>
 * <li>{@code num_mentions}, {@code num_sources}, {@code num_articles} [INTEGER]</li>
 * <li>{@code article_id} [VARCHAR], {@code published} [DATE], {@code url} [VARCHAR], {@code evidence} [VARCHAR]: the
 * first report's article, its publication date and address, and the sentence (without mentions loaded: the event's
 * own article and sentence)</li>
 * </ol>
 * Unknown values are empty in CSV and NULL in Parquet. CSV follows RFC 4180: UTF-8, a header line, CRLF line ends,
 * fields holding a comma, a double quote, CR or LF enclosed in double quotes with inner quotes doubled. Numbers are
 * written in plain decimal notation ("-7.2", "0.85").
 */
public final class EventTable {

    /** One column: its name, Parquet (DuckDB) type and value. */
    record Column(String name, String sqlType, Function<StoredEvent, Object> value) {
    }

    static final List<Column> COLUMNS = List.of(
            new Column("id", "BIGINT", StoredEvent::id),
            new Column("date", "VARCHAR", e -> date(e) == null ? null : date(e).value()),
            new Column("date_end", "VARCHAR", e -> date(e) == null ? null : date(e).end()),
            new Column("date_source", "VARCHAR", e -> date(e) == null ? null : date(e).origin()),
            new Column("source", "VARCHAR", e -> Reports.codes(e.event().source())),
            new Column("source_name", "VARCHAR", e -> Reports.names(e.event().source())),
            new Column("target", "VARCHAR", e -> Reports.codes(e.event().target())),
            new Column("target_name", "VARCHAR", e -> Reports.names(e.event().target())),
            new Column("cameo", "VARCHAR", e -> e.event().cameo()),
            new Column("cameo_name", "VARCHAR", e -> e.event().cameo() == null ? null
                    : CameoCodebook.standard().description(e.event().cameo())),
            new Column("plover", "VARCHAR", e -> e.event().plover() == null ? null : e.event().plover().type()),
            new Column("mode", "VARCHAR", e -> e.event().plover() == null ? null : e.event().plover().mode()),
            new Column("context", "VARCHAR", e -> e.event().plover() == null ? null : e.event().plover().context()),
            new Column("quad", "INTEGER", e -> e.event().quadClass()),
            new Column("goldstein", "DOUBLE", e -> e.event().goldstein()),
            new Column("place", "VARCHAR", e -> e.event().place() == null ? null : e.event().place().name()),
            new Column("place_country", "VARCHAR", e -> e.event().place() == null ? null : e.event().place().country()),
            new Column("confidence", "DOUBLE", e -> e.event().confidence()),
            new Column("num_mentions", "INTEGER", StoredEvent::numMentions),
            new Column("num_sources", "INTEGER", StoredEvent::numSources),
            new Column("num_articles", "INTEGER", StoredEvent::numArticles),
            new Column("article_id", "VARCHAR", Reports::articleId),
            new Column("published", "DATE", Reports::published),
            new Column("url", "VARCHAR", Reports::url),
            new Column("evidence", "VARCHAR", e -> {
                Evidence ev = Reports.evidence(e);
                return ev == null ? null : ev.text();
            }));

    private EventTable() {
    }

    /** The column names in order. */
    public static List<String> columnNames() {
        return COLUMNS.stream().map(Column::name).toList();
    }

    /** The row of one event: {@code Long}, {@code Integer}, {@code Double}, {@code String}, {@code LocalDate} or null. */
    static List<Object> row(StoredEvent e) {
        List<Object> row = new ArrayList<>(COLUMNS.size());
        for (Column c : COLUMNS) {
            Object v = c.value().apply(e);
            row.add(v instanceof String s && s.isEmpty() ? null : v);
        }
        return row;
    }

    /** Writes the CSV header line. */
    static void writeCsvHeader(Writer out) throws IOException {
        out.write(String.join(",", columnNames()));
        out.write("\r\n");
    }

    /** Writes one event as a CSV line. */
    static void writeCsvRow(StoredEvent e, Writer out) throws IOException {
        List<Object> row = row(e);
        StringBuilder line = new StringBuilder(256);
        for (int i = 0; i < row.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(csvField(text(row.get(i))));
        }
        line.append("\r\n");
        out.write(line.toString());
    }

    /** A value as text: numbers in plain decimal notation, dates ISO, null as "". */
    static String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            return number(d);
        }
        if (v instanceof LocalDate d) {
            return d.toString();
        }
        return v.toString();
    }

    /** A double in plain decimal notation ("3.0", "-7.2", "0.0001"); NaN and infinities as "". */
    static String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return "";
        }
        String s = Double.toString(d);
        return s.indexOf('E') < 0 ? s : new BigDecimal(s).stripTrailingZeros().toPlainString();
    }

    /** A field quoted as RFC 4180 asks: when it holds a comma, a double quote, CR or LF. */
    static String csvField(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return '"' + s.replace("\"", "\"\"") + '"';
            }
        }
        return s;
    }

    private static dev.dyadic.model.EventDate date(StoredEvent e) {
        Event ev = e.event();
        return ev == null ? null : ev.date();
    }
}
