package dev.dyadic.store;

import dev.dyadic.model.Actor;
import dev.dyadic.model.Article;
import dev.dyadic.model.Event;
import dev.dyadic.model.EventDate;
import dev.dyadic.model.Evidence;
import dev.dyadic.model.PloverCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The embedded default store: one DuckDB file with the tables {@code articles} and {@code events}. One connection;
 * {@link #store} must be called from one thread at a time.
 */
public final class DuckDbEventStore implements EventStore {
    static final int SCHEMA_VERSION = 1;

    private final Path file;
    private final Connection db;

    private DuckDbEventStore(Path file, Connection db) {
        this.file = file;
        this.db = db;
    }

    /** Opens the database file for reading and writing, creating it (and its folder) when missing. */
    public static DuckDbEventStore open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException("cannot create the folder of " + file + ": " + e.getMessage(), e);
        }
        DuckDbEventStore store = new DuckDbEventStore(file, connect(file, false));
        store.createSchema();
        return store;
    }

    /** Opens an existing database file for reading only (other readers may open it at the same time). */
    public static DuckDbEventStore openReadOnly(Path file) {
        if (!Files.exists(file)) {
            throw new StoreException("no database at " + file);
        }
        DuckDbEventStore store = new DuckDbEventStore(file, connect(file, true));
        store.checkSchema();
        return store;
    }

    private static Connection connect(Path file, boolean readOnly) {
        Properties p = new Properties();
        if (readOnly) {
            p.setProperty("duckdb.read_only", "true");
        }
        try {
            return DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), p);
        } catch (SQLException e) {
            String m = firstLine(e.getMessage());
            if (m.contains("lock")) {
                throw new StoreException("database " + file + " is in use by another process (" + m + ")", e);
            }
            throw new StoreException(file + " is not a Dyadic database: " + m, e);
        }
    }

    private void createSchema() {
        try (Statement st = db.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
            try (ResultSet rs = st.executeQuery("SELECT max(version) FROM schema_version")) {
                rs.next();
                int version = rs.getInt(1);
                if (rs.wasNull()) {
                    st.execute("INSERT INTO schema_version VALUES (" + SCHEMA_VERSION + ")");
                } else if (version != SCHEMA_VERSION) {
                    throw new StoreException(file + " has schema version " + version + "; this Dyadic reads version " + SCHEMA_VERSION);
                }
            }
            st.execute("""
                    CREATE TABLE IF NOT EXISTS articles (
                      id VARCHAR NOT NULL, content_hash VARCHAR NOT NULL, title VARCHAR, source VARCHAR, url VARCHAR,
                      published DATE, origin VARCHAR, text VARCHAR NOT NULL, ingested_at TIMESTAMP NOT NULL)""");
            // No PRIMARY KEY: DuckDB rejects deleting and re-inserting a key in one transaction, which replacing an
            // article does. The store keeps ids unique itself (one writer, one transaction per article).
            st.execute("CREATE INDEX IF NOT EXISTS articles_id ON articles (id)");
            st.execute("CREATE INDEX IF NOT EXISTS articles_hash ON articles (content_hash)");
            st.execute("""
                    CREATE TABLE IF NOT EXISTS events (
                      article_id VARCHAR NOT NULL, seq INTEGER NOT NULL,
                      source_code VARCHAR, source_json VARCHAR, target_code VARCHAR, target_json VARCHAR,
                      cameo VARCHAR NOT NULL, cameo_root VARCHAR NOT NULL, plover VARCHAR, plover_mode VARCHAR,
                      plover_context VARCHAR, quad_class INTEGER, goldstein DOUBLE,
                      event_date VARCHAR, date_from DATE, date_to DATE, date_source VARCHAR,
                      sentence INTEGER, evidence_begin INTEGER, evidence_end INTEGER, evidence VARCHAR,
                      pattern VARCHAR, trigger VARCHAR)""");
            st.execute("CREATE INDEX IF NOT EXISTS events_article ON events (article_id)");
        } catch (SQLException e) {
            throw new StoreException("cannot create the tables in " + file + ": " + firstLine(e.getMessage()), e);
        }
    }

    private void checkSchema() {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT max(version) FROM schema_version")) {
            rs.next();
            if (rs.getInt(1) != SCHEMA_VERSION) {
                throw new StoreException(file + " has schema version " + rs.getInt(1) + "; this Dyadic reads version " + SCHEMA_VERSION);
            }
        } catch (SQLException e) {
            throw new StoreException(file + " is not a Dyadic database: " + firstLine(e.getMessage()), e);
        }
    }

    @Override
    public Optional<StoreOutcome> check(Article article) {
        String hash = contentHash(article.text());
        try {
            Optional<String> stored = storedHash(article.id());
            if (stored.isPresent() && stored.get().equals(hash)) {
                return Optional.of(StoreOutcome.UNCHANGED);
            }
            if (stored.isEmpty() && hashStoredUnderAnotherId(hash, article.id())) {
                return Optional.of(StoreOutcome.DUPLICATE);
            }
            return Optional.empty();
        } catch (SQLException e) {
            throw new StoreException("cannot read " + file + ": " + firstLine(e.getMessage()), e);
        }
    }

    @Override
    public StoreOutcome store(Article article, List<Event> events) {
        String hash = contentHash(article.text());
        try {
            db.setAutoCommit(false);
            try {
                StoreOutcome outcome;
                Optional<String> stored = storedHash(article.id());
                if (stored.isPresent() && stored.get().equals(hash)) {
                    outcome = StoreOutcome.UNCHANGED;
                } else if (stored.isEmpty() && hashStoredUnderAnotherId(hash, article.id())) {
                    outcome = StoreOutcome.DUPLICATE;
                } else {
                    if (stored.isPresent()) {
                        delete(article.id());
                        outcome = StoreOutcome.REPLACED;
                    } else {
                        outcome = StoreOutcome.ADDED;
                    }
                    insertArticle(article, hash);
                    insertEvents(article.id(), events);
                }
                db.commit();
                return outcome;
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot store article " + article.id() + " in " + file + ": " + firstLine(e.getMessage()), e);
        }
    }

    private Optional<String> storedHash(String id) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT content_hash FROM articles WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private boolean hashStoredUnderAnotherId(String hash, String id) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT 1 FROM articles WHERE content_hash = ? AND id <> ? LIMIT 1")) {
            ps.setString(1, hash);
            ps.setString(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private void delete(String id) throws SQLException {
        for (String sql : List.of("DELETE FROM events WHERE article_id = ?", "DELETE FROM articles WHERE id = ?")) {
            try (PreparedStatement ps = db.prepareStatement(sql)) {
                ps.setString(1, id);
                ps.executeUpdate();
            }
        }
    }

    private void insertArticle(Article a, String hash) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, a.id());
            ps.setString(2, hash);
            ps.setString(3, a.title());
            ps.setString(4, a.source());
            ps.setString(5, a.url());
            if (a.date() != null) {
                ps.setDate(6, Date.valueOf(a.date()));
            } else {
                ps.setNull(6, Types.DATE);
            }
            ps.setString(7, a.origin());
            ps.setString(8, a.text());
            ps.setTimestamp(9, Timestamp.from(Instant.now()));
            ps.executeUpdate();
        }
    }

    private void insertEvents(String articleId, List<Event> events) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = db.prepareStatement(
                "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int seq = 0;
            for (Event e : events) {
                int i = 1;
                ps.setString(i++, articleId);
                ps.setInt(i++, seq++);
                ps.setString(i++, codes(e.source()));
                ps.setString(i++, json(e.source()));
                ps.setString(i++, codes(e.target()));
                ps.setString(i++, json(e.target()));
                ps.setString(i++, e.cameo());
                ps.setString(i++, e.cameo().substring(0, Math.min(2, e.cameo().length())));
                ps.setString(i++, e.plover().type());
                ps.setString(i++, e.plover().mode());
                ps.setString(i++, e.plover().context());
                ps.setInt(i++, e.quadClass());
                ps.setDouble(i++, e.goldstein());
                ps.setString(i++, e.date().value());
                LocalDate[] range = range(e.date().value());
                setDate(ps, i++, range == null ? null : range[0]);
                setDate(ps, i++, range == null ? null : range[1]);
                ps.setString(i++, e.date().origin());
                ps.setInt(i++, e.evidence().sentence());
                ps.setInt(i++, e.evidence().begin());
                ps.setInt(i++, e.evidence().end());
                ps.setString(i++, e.evidence().text());
                ps.setString(i++, e.pattern());
                ps.setString(i, e.trigger());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** First and last day of "2023-03-16", "2022-12" or "2023"; {@code null} when unknown or unreadable. */
    static LocalDate[] range(String value) {
        if (value == null) {
            return null;
        }
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate d = LocalDate.parse(value);
                return new LocalDate[] {d, d};
            }
            if (value.matches("\\d{4}-\\d{2}")) {
                YearMonth m = YearMonth.parse(value);
                return new LocalDate[] {m.atDay(1), m.atEndOfMonth()};
            }
            if (value.matches("\\d{4}")) {
                int y = Integer.parseInt(value);
                return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    private static void setDate(PreparedStatement ps, int i, LocalDate d) throws SQLException {
        if (d == null) {
            ps.setNull(i, Types.DATE);
        } else {
            ps.setDate(i, Date.valueOf(d));
        }
    }

    private static String codes(List<Actor> actors) {
        return actors.isEmpty() ? null : actors.stream().map(Actor::code).collect(Collectors.joining("+"));
    }

    private static String json(List<Actor> actors) {
        var node = EventJson.actorsNode(actors);
        return node == null ? null : node.toString();
    }

    @Override
    public List<Event> events(EventQuery q) {
        StringBuilder sql = new StringBuilder("SELECT * FROM events WHERE true");
        List<Object> args = new ArrayList<>();
        if (q.actor() != null && !q.actor().isBlank()) {
            // codes are joined with '+': a prefix matches at the start or after a '+'
            sql.append(" AND (source_code LIKE ? OR source_code LIKE ? OR target_code LIKE ? OR target_code LIKE ?)");
            String p = escapeLike(q.actor().trim().toUpperCase(java.util.Locale.ROOT));
            args.add(p + "%");
            args.add("%+" + p + "%");
            args.add(p + "%");
            args.add("%+" + p + "%");
        }
        if (q.from() != null) {
            sql.append(" AND date_to >= ?");
            args.add(Date.valueOf(q.from()));
        }
        if (q.to() != null) {
            sql.append(" AND date_from <= ?");
            args.add(Date.valueOf(q.to()));
        }
        if (q.cameo() != null && !q.cameo().isBlank()) {
            sql.append(" AND cameo LIKE ?");
            args.add(escapeLike(q.cameo().trim()) + "%");
        }
        if (q.articleId() != null) {
            sql.append(" AND article_id = ?");
            args.add(q.articleId());
        }
        sql.append(" ORDER BY date_from NULLS LAST, article_id, evidence_begin, seq");
        if (q.limit() > 0) {
            sql.append(" LIMIT ").append(q.limit());
        }
        List<Event> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(event(rs));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read events from " + file + ": " + firstLine(e.getMessage()), e);
        }
        return out;
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Event event(ResultSet rs) throws SQLException {
        return new Event(rs.getString("article_id"), EventJson.actors(rs.getString("source_json")),
                EventJson.actors(rs.getString("target_json")), rs.getString("cameo"),
                new PloverCode(nz(rs.getString("plover")), nz(rs.getString("plover_mode")), nz(rs.getString("plover_context"))),
                rs.getDouble("goldstein"), rs.getInt("quad_class"),
                new EventDate(rs.getString("event_date"), rs.getString("date_source")),
                new Evidence(rs.getInt("sentence"), rs.getInt("evidence_begin"), rs.getInt("evidence_end"), rs.getString("evidence")),
                rs.getString("pattern"), rs.getString("trigger"));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    public Optional<Article> article(String id) {
        try (PreparedStatement ps = db.prepareStatement(
                "SELECT id, published, title, source, url, text, origin FROM articles WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Date d = rs.getDate(2);
                return Optional.of(new Article(rs.getString(1), d == null ? null : d.toLocalDate(), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read article " + id + " from " + file + ": " + firstLine(e.getMessage()), e);
        }
    }

    @Override
    public long articleCount() {
        return count("articles");
    }

    @Override
    public long eventCount() {
        return count("events");
    }

    private long count(String table) {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new StoreException("cannot count " + table + " in " + file + ": " + firstLine(e.getMessage()), e);
        }
    }

    @Override
    public void close() {
        try {
            db.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close " + file + ": " + firstLine(e.getMessage()), e);
        }
    }

    /** SHA-256 of the text, hex. */
    static String contentHash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String firstLine(String m) {
        return m == null ? "" : m.lines().findFirst().orElse("");
    }
}
