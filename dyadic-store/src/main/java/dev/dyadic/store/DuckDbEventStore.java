package dev.dyadic.store;

import dev.dyadic.model.Actor;
import dev.dyadic.model.Article;
import dev.dyadic.model.Event;
import dev.dyadic.model.EventDate;
import dev.dyadic.model.Evidence;
import dev.dyadic.model.Place;
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
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The embedded default store: one DuckDB file with the tables {@code schema_version}, {@code articles} and
 * {@code events}, reached through one JDBC connection.
 *
 * <p>Threads: the store is meant to be written by one thread at a time (the CLI writes from one thread, in input
 * order). Every public method is {@code synchronized} on the store, so calls from several threads are serialised on
 * the single connection rather than interleaved; they do not run in parallel.
 *
 * <p>Each {@link #store} is one transaction: an article and its events are written together or not at all, and a
 * failure rolls back to what was stored before.
 *
 * <p>Replacing an article updates its row in place (same id, new hash, text and metadata) and replaces its events;
 * DuckDB rejects deleting and re-inserting a primary key within one transaction. For the same reason
 * {@code content_hash} carries no index (updating an indexed column is a delete and an insert inside DuckDB):
 * the duplicate check scans that column, which costs well under a millisecond per article at 100,000 articles.
 */
public final class DuckDbEventStore implements EventStore {
    static final int SCHEMA_VERSION = 2;

    private static final String INSERT_EVENT =
            "INSERT INTO events (article_id, seq, source_code, source_json, target_code, target_json, cameo, cameo_root, "
            + "plover, plover_mode, plover_context, quad_class, goldstein, event_date, date_from, date_to, date_source, "
            + "sentence, evidence_begin, evidence_end, evidence, pattern, trigger, place_name, place_country, confidence, mentions_json) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** Columns added in schema version 2 (event place, confidence, further mentions), with their types. */
    private static final List<String> VERSION_2_COLUMNS = List.of("place_name VARCHAR", "place_country VARCHAR",
            "confidence DOUBLE", "mentions_json VARCHAR");

    private final Path file;
    private final Connection db;
    private boolean closed;

    private DuckDbEventStore(Path file, Connection db) {
        this.file = file;
        this.db = db;
    }

    /** Opens the database file for reading and writing, creating it, its folder and the tables when missing. */
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
        try {
            store.createSchema();
        } catch (RuntimeException e) {
            store.closeQuietly(e);
            throw e;
        }
        return store;
    }

    /** Opens an existing database file for reading only; other readers may open it at the same time. */
    public static DuckDbEventStore openReadOnly(Path file) {
        if (!Files.exists(file)) {
            throw new StoreException("no database at " + file);
        }
        DuckDbEventStore store = new DuckDbEventStore(file, connect(file, true));
        try {
            store.checkSchema();
        } catch (RuntimeException e) {
            store.closeQuietly(e);
            throw e;
        }
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
            if (m.contains("Could not set lock")) {
                throw new StoreException("database " + file + " is in use by another process (" + m + ")", e);
            }
            throw new StoreException(file + " is not a Dyadic database: " + m, e);
        }
    }

    private void createSchema() {
        try (Statement st = db.createStatement()) {
            if (!tableExists("schema_version") && hasOtherTables()) {
                throw new StoreException(file + " is not a Dyadic database: it holds other tables and no schema_version");
            }
            st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
            Integer version = storedVersion();
            if (version == null) {
                st.execute("INSERT INTO schema_version VALUES (" + SCHEMA_VERSION + ")");
            } else if (version == 1) {
                upgradeFromVersion1(st);
            } else if (version != SCHEMA_VERSION) {
                throw wrongVersion(version);
            }
            st.execute("""
                    CREATE TABLE IF NOT EXISTS articles (
                      id VARCHAR PRIMARY KEY,
                      content_hash VARCHAR NOT NULL,
                      title VARCHAR,
                      source VARCHAR,
                      url VARCHAR,
                      published DATE,
                      origin VARCHAR,
                      text VARCHAR NOT NULL,
                      ingested_at TIMESTAMP NOT NULL)""");
            st.execute("""
                    CREATE TABLE IF NOT EXISTS events (
                      article_id VARCHAR NOT NULL,
                      seq INTEGER NOT NULL,
                      source_code VARCHAR,
                      source_json VARCHAR,
                      target_code VARCHAR,
                      target_json VARCHAR,
                      cameo VARCHAR NOT NULL,
                      cameo_root VARCHAR NOT NULL,
                      plover VARCHAR,
                      plover_mode VARCHAR,
                      plover_context VARCHAR,
                      quad_class INTEGER,
                      goldstein DOUBLE,
                      event_date VARCHAR,
                      date_from DATE,
                      date_to DATE,
                      date_source VARCHAR,
                      sentence INTEGER,
                      evidence_begin INTEGER,
                      evidence_end INTEGER,
                      evidence VARCHAR,
                      pattern VARCHAR,
                      trigger VARCHAR,
                      place_name VARCHAR,
                      place_country VARCHAR,
                      confidence DOUBLE,
                      mentions_json VARCHAR)""");
        } catch (SQLException e) {
            throw new StoreException("cannot create the tables in " + file + ": " + firstLine(e.getMessage()), e);
        }
    }

    /** Version 1 files (issues 2 and 3) gain the version 2 columns; their events keep null places and confidences. */
    private static void upgradeFromVersion1(Statement st) throws SQLException {
        for (String column : VERSION_2_COLUMNS) {
            st.execute("ALTER TABLE events ADD COLUMN IF NOT EXISTS " + column);
        }
        st.execute("UPDATE schema_version SET version = " + SCHEMA_VERSION);
    }

    private void checkSchema() {
        try {
            if (!tableExists("schema_version")) {
                throw new StoreException(file + " is not a Dyadic database: it has no schema_version table");
            }
            Integer version = storedVersion();
            if (version != null && version == 1) {
                throw new StoreException(file + " has schema version 1; open it once for writing (dyadic ingest) to upgrade it to version "
                        + SCHEMA_VERSION);
            }
            if (version == null || version != SCHEMA_VERSION) {
                throw wrongVersion(version);
            }
        } catch (SQLException e) {
            throw new StoreException(file + " is not a Dyadic database: " + firstLine(e.getMessage()), e);
        }
    }

    private StoreException wrongVersion(Integer version) {
        return new StoreException(file + " has schema version " + version + "; this Dyadic reads version " + SCHEMA_VERSION);
    }

    private boolean tableExists(String name) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(
                "SELECT 1 FROM information_schema.tables WHERE table_schema = 'main' AND table_name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private boolean hasOtherTables() throws SQLException {
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'main'")) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

    private Integer storedVersion() throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT max(version) FROM schema_version")) {
            rs.next();
            int v = rs.getInt(1);
            return rs.wasNull() ? null : v;
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>An id already stored with another text gives empty (it will be {@link StoreOutcome#REPLACED}) even when the
     * new text is also stored under another id, as {@link #store} does.
     */
    @Override
    public synchronized Optional<StoreOutcome> check(Article article) {
        ensureOpen();
        String hash = contentHash(article.text());
        try {
            Optional<String> stored = storedHash(article.id());
            if (stored.isPresent()) {
                return stored.get().equals(hash) ? Optional.of(StoreOutcome.UNCHANGED) : Optional.empty();
            }
            return hashStoredUnderAnotherId(hash, article.id()) ? Optional.of(StoreOutcome.DUPLICATE) : Optional.empty();
        } catch (SQLException e) {
            throw new StoreException("cannot check article " + article.id() + " in " + file + ": " + firstLine(e.getMessage()), e);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>The events are stored under {@code article.id()}, in list order. An event with no evidence, or one the
     * database refuses (no CAMEO code), fails the whole article: nothing of it is written and a
     * {@link StoreException} naming the article is thrown. An event with no date or PLOVER code is stored as unknown
     * or empty.
     */
    @Override
    public synchronized StoreOutcome store(Article article, List<Event> events) {
        ensureOpen();
        String hash = contentHash(article.text());
        try {
            db.setAutoCommit(false);
        } catch (SQLException e) {
            throw failure(article, e);
        }
        try {
            StoreOutcome outcome;
            Optional<String> stored = storedHash(article.id());
            if (stored.isPresent() && stored.get().equals(hash)) {
                outcome = StoreOutcome.UNCHANGED;
            } else if (stored.isPresent()) {
                deleteEvents(article.id());
                updateArticle(article, hash);
                insertEvents(article.id(), events);
                outcome = StoreOutcome.REPLACED;
            } else if (hashStoredUnderAnotherId(hash, article.id())) {
                outcome = StoreOutcome.DUPLICATE;
            } else {
                insertArticle(article, hash);
                insertEvents(article.id(), events);
                outcome = StoreOutcome.ADDED;
            }
            db.commit();
            return outcome;
        } catch (SQLException | RuntimeException e) {
            try {
                db.rollback();
            } catch (SQLException r) {
                e.addSuppressed(r);
            }
            throw failure(article, e);
        } finally {
            try {
                db.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the next store() sets it again; reads work either way
            }
        }
    }

    private StoreException failure(Article article, Exception e) {
        String why = e instanceof SQLException ? firstLine(e.getMessage()) : String.valueOf(e.getMessage());
        return new StoreException("cannot store article " + article.id() + " in " + file + ": " + why, e);
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

    private void deleteEvents(String id) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("DELETE FROM events WHERE article_id = ?")) {
            ps.setString(1, id);
            ps.executeUpdate();
        }
    }

    private void insertArticle(Article a, String hash) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(
                "INSERT INTO articles (content_hash, title, source, url, published, origin, text, ingested_at, id) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            bindArticle(ps, a, hash);
            ps.executeUpdate();
        }
    }

    private void updateArticle(Article a, String hash) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(
                "UPDATE articles SET content_hash = ?, title = ?, source = ?, url = ?, published = ?, origin = ?, text = ?, "
                + "ingested_at = ? WHERE id = ?")) {
            bindArticle(ps, a, hash);
            ps.executeUpdate();
        }
    }

    private static void bindArticle(PreparedStatement ps, Article a, String hash) throws SQLException {
        ps.setString(1, hash);
        ps.setString(2, a.title());
        ps.setString(3, a.source());
        ps.setString(4, a.url());
        setDate(ps, 5, a.date());
        ps.setString(6, a.origin());
        ps.setString(7, a.text());
        ps.setTimestamp(8, Timestamp.valueOf(LocalDateTime.now()));
        ps.setString(9, a.id());
    }

    private void insertEvents(String articleId, List<Event> events) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = db.prepareStatement(INSERT_EVENT)) {
            int seq = 0;
            for (Event e : events) {
                if (e.evidence() == null) {
                    throw new IllegalArgumentException("event " + seq + " (" + e.cameo() + ") has no evidence");
                }
                PloverCode plover = e.plover() == null ? new PloverCode("", "", "") : e.plover();
                EventDate date = e.date() == null ? EventDate.unknown() : e.date();
                LocalDate[] range = range(date.value());
                int i = 1;
                ps.setString(i++, articleId);
                ps.setInt(i++, seq++);
                ps.setString(i++, codes(e.source()));
                ps.setString(i++, json(e.source()));
                ps.setString(i++, codes(e.target()));
                ps.setString(i++, json(e.target()));
                ps.setString(i++, e.cameo());
                ps.setString(i++, e.cameo() == null ? null : e.cameo().substring(0, Math.min(2, e.cameo().length())));
                ps.setString(i++, plover.type());
                ps.setString(i++, plover.mode());
                ps.setString(i++, plover.context());
                ps.setInt(i++, e.quadClass());
                ps.setDouble(i++, e.goldstein());
                ps.setString(i++, date.value());
                setDate(ps, i++, range == null ? null : range[0]);
                LocalDate[] last = date.end() == null ? range : range(date.end());
                setDate(ps, i++, last == null ? null : last[1]);
                ps.setString(i++, date.origin());
                ps.setInt(i++, e.evidence().sentence());
                ps.setInt(i++, e.evidence().begin());
                ps.setInt(i++, e.evidence().end());
                ps.setString(i++, e.evidence().text());
                ps.setString(i++, e.pattern());
                ps.setString(i++, e.trigger());
                ps.setString(i++, e.place() == null ? null : e.place().name());
                ps.setString(i++, e.place() == null ? null : e.place().country());
                ps.setDouble(i++, e.confidence());
                ps.setString(i, e.mentions().isEmpty() ? null : EventJson.mentionsNode(e.mentions()).toString());
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
        } catch (DateTimeException e) {
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

    /** The actor codes joined with '+' ("RUS+CHNGOV"), or {@code null} for none. */
    static String codes(List<Actor> actors) {
        return actors.isEmpty() ? null : actors.stream().map(Actor::code).collect(Collectors.joining("+"));
    }

    private static String json(List<Actor> actors) {
        var node = EventJson.actorsNode(actors);
        return node == null ? null : node.toString();
    }

    @Override
    public synchronized List<Event> events(EventQuery q) {
        ensureOpen();
        StringBuilder sql = new StringBuilder("SELECT * FROM events WHERE true");
        List<Object> args = new ArrayList<>();
        if (q.actor() != null && !q.actor().isBlank()) {
            // codes are joined with '+': an actor matches at the start or right after a '+'
            String p = q.actor().trim().toUpperCase(Locale.ROOT);
            sql.append(" AND (starts_with(source_code, ?) OR contains(source_code, ?)"
                    + " OR starts_with(target_code, ?) OR contains(target_code, ?))");
            args.addAll(List.of(p, "+" + p, p, "+" + p));
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
            sql.append(" AND starts_with(cameo, ?)");
            args.add(q.cameo().trim());
        }
        if (q.minConfidence() > 0) {
            sql.append(" AND confidence >= ?");
            args.add(q.minConfidence());
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

    private static Event event(ResultSet rs) throws SQLException {
        String origin = rs.getString("date_source");
        return new Event(rs.getString("article_id"), EventJson.actors(rs.getString("source_json")),
                EventJson.actors(rs.getString("target_json")), rs.getString("cameo"),
                new PloverCode(nz(rs.getString("plover")), nz(rs.getString("plover_mode")), nz(rs.getString("plover_context"))),
                rs.getDouble("goldstein"), rs.getInt("quad_class"),
                new EventDate(rs.getString("event_date"), dateEnd(rs), origin == null ? EventDate.UNKNOWN : origin),
                new Evidence(rs.getInt("sentence"), rs.getInt("evidence_begin"), rs.getInt("evidence_end"), rs.getString("evidence")),
                rs.getString("pattern"), rs.getString("trigger"), place(rs), confidence(rs),
                EventJson.mentions(rs.getString("mentions_json")));
    }

    /** The last day of a range ("from March 20th to 22nd"); {@code null} when the date is not a range. */
    private static String dateEnd(ResultSet rs) throws SQLException {
        Date to = rs.getDate("date_to");
        LocalDate[] range = range(rs.getString("event_date"));
        return to == null || range == null || to.toLocalDate().equals(range[1]) ? null : to.toLocalDate().toString();
    }

    private static Place place(ResultSet rs) throws SQLException {
        String name = rs.getString("place_name");
        String country = rs.getString("place_country");
        return name == null && country == null ? null : new Place(name, country);
    }

    private static double confidence(ResultSet rs) throws SQLException {
        double c = rs.getDouble("confidence");
        return rs.wasNull() ? 1.0 : c;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    public synchronized Optional<Article> article(String id) {
        ensureOpen();
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

    private synchronized long count(String table) {
        ensureOpen();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new StoreException("cannot count " + table + " in " + file + ": " + firstLine(e.getMessage()), e);
        }
    }

    /** Closes the connection; closing twice does nothing. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            db.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close " + file + ": " + firstLine(e.getMessage()), e);
        }
    }

    private void closeQuietly(Exception cause) {
        closed = true;
        try {
            db.close();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new StoreException("the store " + file + " is closed");
        }
    }

    /** SHA-256 of the text (UTF-8), lower-case hex. */
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
