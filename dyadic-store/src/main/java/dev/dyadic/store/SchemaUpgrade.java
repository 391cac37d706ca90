package dev.dyadic.store;

import dev.dyadic.model.Event;
import dev.dyadic.model.EventDate;
import dev.dyadic.model.Evidence;
import dev.dyadic.model.Place;
import dev.dyadic.model.PloverCode;
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

    private static Event version2Event(ResultSet rs) throws SQLException {
        String origin = rs.getString("date_source");
        String name = rs.getString("place_name");
        String country = rs.getString("place_country");
        double confidence = rs.getDouble("confidence");
        if (rs.wasNull()) {
            confidence = 1.0;
        }
        String value = rs.getString("event_date");
        java.sql.Date to = rs.getDate("date_to");
        java.time.LocalDate[] range = EventMerging.range(value);
        String end = to == null || range == null || to.toLocalDate().equals(range[1]) ? null : to.toLocalDate().toString();
        return new Event(rs.getString("article_id"), EventJson.actors(rs.getString("source_json")),
                EventJson.actors(rs.getString("target_json")), rs.getString("cameo"),
                new PloverCode(nz(rs.getString("plover")), nz(rs.getString("plover_mode")), nz(rs.getString("plover_context"))),
                rs.getDouble("goldstein"), rs.getInt("quad_class"),
                new EventDate(value, end, origin == null ? EventDate.UNKNOWN : origin),
                new Evidence(rs.getInt("sentence"), rs.getInt("evidence_begin"), rs.getInt("evidence_end"), rs.getString("evidence")),
                rs.getString("pattern"), rs.getString("trigger"), name == null && country == null ? null : new Place(name, country),
                confidence, EventJson.mentions(rs.getString("mentions_json")));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
