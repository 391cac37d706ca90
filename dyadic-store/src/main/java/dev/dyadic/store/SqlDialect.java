package dev.dyadic.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** What differs between the databases the store runs on; the SQL itself is common to both. */
enum SqlDialect {
    /** The embedded default: one file, one writing process (DuckDB locks the file). */
    DUCKDB {
        @Override
        void lockForWriting(Connection db) {
            // DuckDB lets one process write a file; the store's methods are synchronized
        }

        @Override
        List<String> indexes() {
            // DuckDB scans its columns fast; its indexes would make updates of indexed rows deletes and inserts
            return List.of();
        }
    },
    /** A shared server: several processes may write, one article at a time. */
    POSTGRESQL {
        @Override
        void lockForWriting(Connection db) throws SQLException {
            try (Statement st = db.createStatement()) {
                // held to the end of the transaction: two writers never match against each other's unfinished events
                st.execute("SELECT pg_advisory_xact_lock(" + WRITE_LOCK + ")");
            }
        }

        @Override
        List<String> indexes() {
            return List.of(
                    "CREATE INDEX IF NOT EXISTS articles_hash ON articles (content_hash)",
                    "CREATE INDEX IF NOT EXISTS sentences_article ON sentences (article_id)",
                    "CREATE INDEX IF NOT EXISTS actor_mentions_article ON actor_mentions (article_id)",
                    "CREATE INDEX IF NOT EXISTS actor_mentions_code ON actor_mentions (code)",
                    "CREATE INDEX IF NOT EXISTS event_mentions_event ON event_mentions (event_id)",
                    "CREATE INDEX IF NOT EXISTS event_mentions_article ON event_mentions (article_id)",
                    "CREATE INDEX IF NOT EXISTS events_key ON events (cameo_root, source_code, target_code)",
                    "CREATE INDEX IF NOT EXISTS events_date ON events (date_from, date_to)");
        }
    };

    /** The advisory lock number of Dyadic's writers ("DYAD" in ASCII). */
    private static final long WRITE_LOCK = 0x44594144L;

    /** Serialises writers for the rest of the current transaction. */
    abstract void lockForWriting(Connection db) throws SQLException;

    /** Secondary indexes to create with the tables. */
    abstract List<String> indexes();
}
