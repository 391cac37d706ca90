package dev.dyadic.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The formats stored events can be exported in. See {@link EventExporter} for what each one writes.
 */
public enum ExportFormat {
    /** One JSON object per line: the stored event with all its reports ({@link StoredEventJson}). */
    JSONL("jsonl"),
    /** RFC 4180 CSV with a header line, one row per event ({@link EventTable}). */
    CSV("csv"),
    /** Apache Parquet, the columns of the CSV with SQL types ({@link EventTable}); only to a file. */
    PARQUET("parquet"),
    /** The GDELT 2.0 Event table: 61 tab-separated columns, no header ({@link GdeltExport}). */
    GDELT("tsv"),
    /** PLOVER JSON records, one per line, with the PLOVER manual's field names ({@link PloverJson}). */
    PLOVER("jsonl");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    /**
     * The format named {@code name} ("jsonl", "csv", "parquet", "gdelt", "plover"), ignoring case and surrounding
     * blanks.
     *
     * @throws IllegalArgumentException when no format has that name; the message lists the valid names
     */
    public static ExportFormat of(String name) {
        String wanted = name == null ? "" : name.trim();
        for (ExportFormat f : values()) {
            if (f.name().equalsIgnoreCase(wanted)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown export format '" + name + "': valid formats are " + names());
    }

    /** The valid names, lower case, comma-separated: "jsonl, csv, parquet, gdelt, plover". */
    public static String names() {
        return Arrays.stream(values()).map(ExportFormat::id).collect(Collectors.joining(", "));
    }

    /** The lower-case name {@link #of} accepts ("jsonl"). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The usual file name extension, without the dot ("jsonl", "csv", "parquet", "tsv"). */
    public String extension() {
        return extension;
    }

    /** Whether the format can be written to standard output (a stream): all but {@link #PARQUET}. */
    public boolean streams() {
        return this != PARQUET;
    }
}
