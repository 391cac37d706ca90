package dev.dyadic.cli;

import dev.dyadic.export.EventExporter;
import dev.dyadic.export.ExportFormat;
import dev.dyadic.model.StoredEvent;
import dev.dyadic.store.EventStore;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dyadic export}: stored events in the formats other tools read. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the stored events that match the filters, one record per real-world event with its counts "
                + "and mentions, in a format other tools read:",
                "  jsonl    one JSON object per event, with every sentence that reports it",
                "  csv      one row per event (R, pandas, spreadsheets)",
                "  parquet  the CSV columns, typed (DuckDB, Arrow, pandas, R arrow); needs --out",
                "  gdelt    the 61 tab-separated columns of the GDELT 2.0 event table",
                "  plover   one PLOVER JSON record per event (the PLOVER manual's event fields)",
                "Without --out, text formats go to standard output."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database = new DatabaseOption();

    @Mixin
    EventFilterOptions filters = new EventFilterOptions();

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "jsonl, csv, parquet, gdelt or plover.")
    String formatName;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write (default: standard output; parquet needs a file).")
    Path out;

    @Override
    public Integer call() throws IOException {
        ExportFormat format;
        try {
            format = ExportFormat.of(formatName);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--format: " + e.getMessage());
        }
        if (out == null && !format.streams()) {
            throw new ParameterException(spec.commandLine(), "--format " + formatName + " writes a file: give --out FILE");
        }
        var query = filters.query(spec);
        List<StoredEvent> events;
        try (EventStore store = database.openReadOnly(spec)) {
            events = store.events(query);
        }
        long written;
        if (out == null) {
            OutputStream stdout = new WriterOutputStream(spec.commandLine().getOut());
            try {
                written = EventExporter.write(format, events, stdout);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            stdout.flush();
        } else {
            written = EventExporter.write(format, events, out);
            PrintWriter err = spec.commandLine().getErr();
            err.printf(Locale.ROOT, "%d events -> %s (%s)%n", written, out, format.name().toLowerCase(Locale.ROOT));
            err.flush();
        }
        return 0;
    }
}
