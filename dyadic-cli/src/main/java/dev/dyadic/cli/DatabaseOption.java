package dev.dyadic.cli;

import dev.dyadic.store.EventStore;
import dev.dyadic.store.EventStores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --db} and {@code --index}: which database, and where its search index is. */
final class DatabaseOption {
    @Option(names = "--db", defaultValue = "dyadic.duckdb", paramLabel = "FILE|URL",
            description = "Database: a DuckDB file (default: ${DEFAULT-VALUE}) or a PostgreSQL server, "
                    + "postgresql://user:password@host:port/database.")
    String db;

    @Option(names = "--index", paramLabel = "DIR",
            description = "Search index folder (default: beside a DuckDB file, FILE.lucene; for PostgreSQL, "
                    + "dyadic-DATABASE.lucene in the current folder).")
    Path index;

    /** Opens the database for writing, creating a DuckDB file when missing. */
    EventStore open() {
        return EventStores.open(db);
    }

    /** Opens an existing database for reading; a missing file is a usage error. */
    EventStore openReadOnly(CommandSpec spec) {
        if (!EventStores.isServer(db) && !Files.exists(Path.of(db))) {
            throw new ParameterException(spec.commandLine(),
                    "no database at " + db + " (run 'dyadic ingest' first, or name one with --db)");
        }
        return EventStores.openReadOnly(db);
    }

    /** The search index folder. */
    Path indexDir() {
        if (index != null) {
            return index;
        }
        if (EventStores.isServer(db)) {
            String name = db.replaceFirst("[?#].*$", "");
            name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9_.-]", "_").toLowerCase(Locale.ROOT);
            return Path.of("dyadic-" + name + ".lucene");
        }
        return Path.of(db + ".lucene");
    }
}
