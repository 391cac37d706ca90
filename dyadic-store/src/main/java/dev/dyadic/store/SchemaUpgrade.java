package dev.dyadic.store;

import dev.dyadic.model.Event;
import dev.dyadic.model.Evidence;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Upgrades of older database files, run in the transaction that opens them for writing.
 *
 * <ul>
 *   <li>Version 1 (issues 2 and 3): events had no place, confidence or further mentions.</li>
 *   <li>Version 2: one row per event per article in {@code events}; articles had no language.</li>
 *   <li>Version 3: {@code events} holds one row per real-world event and {@code event_mentions} one per sentence;
 *       {@code sentences} and {@code actor_mentions} are new. Version 2's events are moved into the new tables,
 *       article by article in the order they were stored, and merged as new ones are. Articles stored before have no
 *       sentences or actor mentions until they are stored again with a changed text.</li>
 * </ul>
 */
final class SchemaUpgrade {
    private SchemaUpgrade() {
    }

    /** Renames the old events table out of the way and adds the new article column; before the new tables exist. */
    static void toVersion3(Connection db, int version) throws SQLException {
        try (Statement st = db.createStatement()) {
            if (version == 1) {
                for (String column : List.of("place_name VARCHAR", "place_country VARCHAR", "confidence DOUBLE", "mentions_json VARCHAR")) {
                    st.execute("ALTER TABLE events ADD COLUMN IF NOT EXISTS " + column);
                }
            }
            st.execute("ALTER TABLE articles ADD COLUMN IF NOT EXISTS language VARCHAR");
            st.execute("ALTER TABLE events RENAME TO events_v2");
        }
    }

    /** Moves version 2's events into the version 3 tables, then drops the old table. */
    static void moveVersion2Events(SqlEventStore store, Connection db) throws SQLException {
        List<Event> article = new ArrayList<>();
        String current = null;
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT e.* FROM events_v2 e JOIN articles a ON a.id = e.article_id "
                     + "ORDER BY a.ingested_at, e.article_id, e.seq")) {
            while (rs.next()) {
                String id = rs.getString("article_id");
                if (current != null && !current.equals(id)) {
                    store.insertCodedEvents(current, article);
                    article.clear();
                }
                current = id;
                article.add(version2Event(rs));
            }
        }
        if (current != null) {
            store.insertCodedEvents(current, article);
        }
        try (Statement st = db.createStatement()) {
            st.execute("DROP TABLE events_v2");
        }
    }

    /** An event of a schema-2 row: its range's last day is in {@code date_to}, its mentions in {@code mentions_json}. */
    private static Event version2Event(ResultSet rs) throws SQLException {
        java.sql.Date to = rs.getDate("date_to");
        java.time.LocalDate[] range = EventMerging.range(rs.getString("event_date"));
        String end = to == null || range == null || to.toLocalDate().equals(range[1]) ? null : to.toLocalDate().toString();
        return SqlEventStore.codedEvent(rs, rs.getString("article_id"), end,
                new Evidence(rs.getInt("sentence"), rs.getInt("evidence_begin"), rs.getInt("evidence_end"), rs.getString("evidence")),
                EventJson.mentions(rs.getString("mentions_json")));
    }
}
