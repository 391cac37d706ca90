package dev.dyadic.store;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Opens a store from what a user types after {@code --db}: a DuckDB file path (the default, embedded) or a PostgreSQL
 * address, {@code postgresql://user:password@host:port/database} (also {@code postgres://} and {@code jdbc:postgresql://}).
 */
public final class EventStores {
    private EventStores() {
    }

    /** Whether the text names a PostgreSQL database rather than a file. */
    public static boolean isServer(String db) {
        return db.startsWith("postgresql://") || db.startsWith("postgres://") || db.startsWith("jdbc:postgresql:");
    }

    /** Opens the store for reading and writing, creating (or upgrading) its tables, and for a file its folder. */
    public static EventStore open(String db) {
        return open(db, false);
    }

    /** Opens an existing store for reading only; other readers may open a DuckDB file at the same time. */
    public static EventStore openReadOnly(String db) {
        return open(db, true);
    }

    public static EventStore open(Path file) {
        return open(file.toString(), false);
    }

    public static EventStore openReadOnly(Path file) {
        return open(file.toString(), true);
    }

    private static EventStore open(String db, boolean readOnly) {
        SqlEventStore store = isServer(db) ? postgresql(db, readOnly) : duckdb(Path.of(db), readOnly);
        try {
            if (readOnly) {
                store.checkSchema();
            } else {
                store.createOrUpgradeSchema();
            }
        } catch (RuntimeException e) {
            store.closeQuietly(e);
            throw e;
        }
        return store;
    }

    private static SqlEventStore duckdb(Path file, boolean readOnly) {
        if (readOnly && !Files.exists(file)) {
            throw new StoreException("no database at " + file);
        }
        if (!readOnly) {
            try {
                Path parent = file.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
            } catch (IOException e) {
                throw new StoreException("cannot create the folder of " + file + ": " + e.getMessage(), e);
            }
        }
        Properties p = new Properties();
        if (readOnly) {
            p.setProperty("duckdb.read_only", "true");
        }
        try {
            Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), p);
            return new SqlEventStore(SqlDialect.DUCKDB, file.toString(), c, readOnly);
        } catch (SQLException e) {
            String m = SqlEventStore.firstLine(e.getMessage());
            if (m.contains("Could not set lock")) {
                throw new StoreException("database " + file + " is in use by another process (" + m + ")", e);
            }
            throw new StoreException(file + " is not a Dyadic database: " + m, e);
        }
    }

    private static SqlEventStore postgresql(String db, boolean readOnly) {
        Server server = Server.parse(db);
        try {
            Connection c = DriverManager.getConnection(server.jdbcUrl(), server.properties());
            if (readOnly) {
                c.setReadOnly(true);
            }
            return new SqlEventStore(SqlDialect.POSTGRESQL, server.display(), c, readOnly);
        } catch (SQLException e) {
            throw new StoreException("cannot connect to " + server.display() + ": " + SqlEventStore.firstLine(e.getMessage()), e);
        }
    }

    /** A PostgreSQL address split into what JDBC takes, and shown without its password. */
    record Server(String jdbcUrl, String user, String password, String display) {
        static Server parse(String db) {
            String rest = db.startsWith("jdbc:") ? db.substring("jdbc:".length()) : db;
            URI uri;
            try {
                uri = new URI(rest.replaceFirst("^postgres://", "postgresql://"));
            } catch (URISyntaxException e) {
                throw new StoreException("not a PostgreSQL address: " + hidePassword(db) + " (" + e.getReason() + ")");
            }
            if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
                throw new StoreException("not a PostgreSQL address: " + hidePassword(db)
                        + " (expected postgresql://user:password@host:port/database)");
            }
            String user = null;
            String password = null;
            if (uri.getRawUserInfo() != null) {
                String[] info = uri.getRawUserInfo().split(":", 2);
                user = URLDecoder.decode(info[0], StandardCharsets.UTF_8);
                password = info.length > 1 ? URLDecoder.decode(info[1], StandardCharsets.UTF_8) : null;
            }
            String hostPort = uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
            String jdbc = "jdbc:postgresql://" + hostPort + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            String display = "postgresql://" + (user == null ? "" : user + "@") + hostPort + uri.getRawPath();
            return new Server(jdbc, user, password, display);
        }

        Properties properties() {
            Properties p = new Properties();
            if (user != null) {
                p.setProperty("user", user);
            }
            if (password != null) {
                p.setProperty("password", password);
            }
            return p;
        }

        private static String hidePassword(String db) {
            return db.replaceFirst("(//[^:/@]*):[^@/]*@", "$1:***@");
        }
    }
}
