package dev.dyadic.store;

import dev.dyadic.model.Actor;
import dev.dyadic.model.Article;
import dev.dyadic.model.CodedArticle;
import dev.dyadic.model.Event;
import dev.dyadic.model.EventDate;
import dev.dyadic.model.EventMention;
import dev.dyadic.model.Evidence;
import dev.dyadic.model.Place;
import dev.dyadic.model.PloverCode;
import dev.dyadic.model.StoredEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The store on a SQL database, DuckDB (embedded, the default) or PostgreSQL (a shared server), through one JDBC
 * connection. Open one with {@link EventStores}.
 *
 * <p>Tables (schema version {@value #SCHEMA_VERSION}): {@code schema_version}; {@code articles} (id, content hash,
 * source, url, title, published date, language, origin, text, when stored); {@code sentences} (offsets of each sentence,
 * and whether the NLP cascade parsed it); {@code actor_mentions} (each actor named in a parsed sentence, located and
 * coded); {@code events} (one row per real-world event, with GDELT's {@code num_mentions}, {@code num_sources},
 * {@code num_articles}); {@code event_mentions} (one row per sentence that reports an event, with the event as coded
 * there and the sentence's offsets). Older files are upgraded when opened for writing.
 *
 * <p>Each {@link #store} is one transaction: an article, its sentences, actors and mentions are written together or not
 * at all, with the events they join or create; a failure rolls back to what was stored before. Every public method is
 * {@code synchronized}: calls from several threads are serialised on the one connection. Several processes may write to
 * one PostgreSQL database (an advisory lock makes their articles take turns); DuckDB lets one process open a file for
 * writing, and the store says so when another holds it.
 *
 * <p>Replacing an article updates its row in place (same id, new hash, text and metadata); DuckDB rejects deleting and
 * re-inserting a primary key within one transaction. For the same reason new events take their ids from a sequence.
 */
public final class SqlEventStore implements EventStore {
    static final int SCHEMA_VERSION = 3;

    /** The columns of an event as coded in one sentence, with their types: in {@code event_mentions} and in {@code events}. */
    private static final String CODED_COLUMN_TYPES = "source_code VARCHAR, source_json VARCHAR, target_code VARCHAR, "
            + "target_json VARCHAR, cameo VARCHAR NOT NULL, cameo_root VARCHAR NOT NULL, plover VARCHAR, plover_mode VARCHAR, "
            + "plover_context VARCHAR, quad_class INTEGER, goldstein FLOAT8, event_date VARCHAR, date_end VARCHAR, "
            + "date_from DATE, date_to DATE, date_source VARCHAR, place_name VARCHAR, place_country VARCHAR, confidence FLOAT8";

    /** The names of the {@link #CODED_COLUMN_TYPES}. */
    private static final String CODED_COLUMNS = java.util.Arrays.stream(CODED_COLUMN_TYPES.split(","))
            .map(column -> column.strip().split(" ")[0]).collect(java.util.stream.Collectors.joining(", "));

    private final SqlDialect dialect;
    private final String location;
    private final Connection db;
    private final boolean readOnly;
    /** Statements of the write path, prepared once: preparing costs DuckDB about as much as running them. */
    private final Map<String, PreparedStatement> prepared = new java.util.HashMap<>();
    private boolean closed;

    SqlEventStore(SqlDialect dialect, String location, Connection db, boolean readOnly) {
        this.dialect = dialect;
        this.location = location;
        this.db = db;
        this.readOnly = readOnly;
    }

    /** Creates the tables when missing, or upgrades older ones; for a store opened for writing. */
    void createOrUpgradeSchema() {
        try {
            db.setAutoCommit(false);
            dialect.lockForWriting(db);
            try (Statement st = db.createStatement()) {
                if (!tableExists("schema_version") && hasOtherTables()) {
                    throw new StoreException(location + " is not a Dyadic database: it holds other tables and no schema_version");
                }
                st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
                Integer version = storedVersion();
                if (version != null && version > SCHEMA_VERSION) {
                    throw wrongVersion(version);
                }
                if (version != null && version < 3) {
                    SchemaUpgrade.toVersion3(db, version);
                }
                createTables(st);
                if (version == null) {
                    st.execute("INSERT INTO schema_version VALUES (" + SCHEMA_VERSION + ")");
                } else if (version < SCHEMA_VERSION) {
                    SchemaUpgrade.moveVersion2Events(this, db);
                    st.execute("UPDATE schema_version SET version = " + SCHEMA_VERSION);
                }
            }
            db.commit();
        } catch (SQLException | RuntimeException e) {
            rollback(e);
            if (e instanceof StoreException s) {
                throw s;
            }
            throw new StoreException("cannot create the tables in " + location + ": " + firstLine(e.getMessage()), e);
        } finally {
            autoCommit();
        }
    }

    private void createTables(Statement st) throws SQLException {
        st.execute("""
                CREATE TABLE IF NOT EXISTS articles (
                  id VARCHAR PRIMARY KEY,
                  content_hash VARCHAR NOT NULL,
                  title VARCHAR,
                  source VARCHAR,
                  url VARCHAR,
                  published DATE,
                  language VARCHAR,
                  origin VARCHAR,
                  text VARCHAR NOT NULL,
                  ingested_at TIMESTAMP NOT NULL)""");
        st.execute("""
                CREATE TABLE IF NOT EXISTS sentences (
                  article_id VARCHAR NOT NULL,
                  idx INTEGER NOT NULL,
                  begin_offset INTEGER NOT NULL,
                  end_offset INTEGER NOT NULL,
                  parsed BOOLEAN NOT NULL)""");
        st.execute("""
                CREATE TABLE IF NOT EXISTS actor_mentions (
                  article_id VARCHAR NOT NULL,
                  sentence INTEGER NOT NULL,
                  begin_offset INTEGER NOT NULL,
                  end_offset INTEGER NOT NULL,
                  code VARCHAR NOT NULL,
                  country VARCHAR,
                  sector VARCHAR,
                  name VARCHAR,
                  role VARCHAR,
                  text VARCHAR)""");
        st.execute("CREATE SEQUENCE IF NOT EXISTS event_ids START 1");
        st.execute("CREATE SEQUENCE IF NOT EXISTS mention_ids START 1");
        st.execute("CREATE TABLE IF NOT EXISTS events (id BIGINT PRIMARY KEY, " + CODED_COLUMN_TYPES + ", persons VARCHAR, "
                + "num_mentions INTEGER NOT NULL, num_sources INTEGER NOT NULL, num_articles INTEGER NOT NULL, "
                + "first_article_id VARCHAR NOT NULL, added TIMESTAMP NOT NULL)");
        st.execute("CREATE TABLE IF NOT EXISTS event_mentions (mention_id BIGINT NOT NULL, event_id BIGINT NOT NULL, "
                + "article_id VARCHAR NOT NULL, seq INTEGER NOT NULL, mention INTEGER NOT NULL, sentence INTEGER NOT NULL, "
                + "evidence_begin INTEGER NOT NULL, evidence_end INTEGER NOT NULL, evidence VARCHAR NOT NULL, pattern VARCHAR, "
                + "trigger VARCHAR, " + CODED_COLUMN_TYPES + ")");
        for (String index : dialect.indexes()) {
            st.execute(index);
        }
    }

    /** Checks that a store opened for reading has the current schema. */
    void checkSchema() {
        try {
            if (!tableExists("schema_version")) {
                throw new StoreException(location + " is not a Dyadic database: it has no schema_version table");
            }
            Integer version = storedVersion();
            if (version != null && version < SCHEMA_VERSION) {
                throw new StoreException(location + " has schema version " + version
                        + "; open it once for writing (dyadic ingest) to upgrade it to version " + SCHEMA_VERSION);
            }
            if (version == null || version != SCHEMA_VERSION) {
                throw wrongVersion(version);
            }
        } catch (SQLException e) {
            throw new StoreException(location + " is not a Dyadic database: " + firstLine(e.getMessage()), e);
        }
    }

    private StoreException wrongVersion(Integer version) {
        return new StoreException(location + " has schema version " + version + "; this Dyadic reads version " + SCHEMA_VERSION);
    }

    private boolean tableExists(String name) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(
                "SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private boolean hasOtherTables() throws SQLException {
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery(
                     "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()")) {
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
            throw new StoreException("cannot check article " + article.id() + " in " + location + ": " + firstLine(e.getMessage()), e);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>An event with no evidence or no CAMEO code fails the whole article: nothing of it is written and a
     * {@link StoreException} naming the article is thrown. An event with no date or PLOVER code is stored as unknown
     * or empty.
     */
    @Override
    public synchronized StoreOutcome store(CodedArticle coded) {
        ensureOpen();
        ensureWritable();
        Article article = coded.article();
        String hash = contentHash(article.text());
        try {
            db.setAutoCommit(false);
            dialect.lockForWriting(db);
            StoreOutcome outcome;
            Optional<String> stored = storedHash(article.id());
            if (stored.isPresent() && stored.get().equals(hash)) {
                outcome = StoreOutcome.UNCHANGED;
            } else if (stored.isPresent()) {
                updateArticle(article, hash);
                Set<Long> touched = deleteArticleParts(article.id());
                for (long id : touched) {
                    refresh(id);
                }
                insertParts(coded);
                outcome = StoreOutcome.REPLACED;
            } else if (hashStoredUnderAnotherId(hash, article.id())) {
                outcome = StoreOutcome.DUPLICATE;
            } else {
                insertArticle(article, hash, LocalDateTime.now());
                insertParts(coded);
                outcome = StoreOutcome.ADDED;
            }
            db.commit();
            return outcome;
        } catch (SQLException | RuntimeException e) {
            rollback(e);
            String why = e instanceof SQLException ? firstLine(e.getMessage()) : String.valueOf(e.getMessage());
            throw new StoreException("cannot store article " + article.id() + " in " + location + ": " + why, e);
        } finally {
            autoCommit();
        }
    }

    /** The statement for this SQL, prepared on first use and kept until the store closes. */
    private PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement ps = prepared.get(sql);
        if (ps == null) {
            ps = db.prepareStatement(sql);
            prepared.put(sql, ps);
        }
        return ps;
    }

    private void insertParts(CodedArticle coded) throws SQLException {
        String id = coded.article().id();
        insertSentences(id, coded.sentences());
        insertActors(id, coded.actors());
        insertCodedEvents(id, coded.events());
    }

    private void rollback(Exception e) {
        try {
            db.rollback();
        } catch (SQLException r) {
            e.addSuppressed(r);
        }
    }

    private void autoCommit() {
        try {
            db.setAutoCommit(true);
        } catch (SQLException ignored) {
            // the next write sets it again; reads work either way
        }
    }

    private Optional<String> storedHash(String id) throws SQLException {
        PreparedStatement ps = prepare("SELECT content_hash FROM articles WHERE id = ?");
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        }
    }

    private boolean hashStoredUnderAnotherId(String hash, String id) throws SQLException {
        PreparedStatement ps = prepare("SELECT 1 FROM articles WHERE content_hash = ? AND id <> ? LIMIT 1");
        ps.setString(1, hash);
        ps.setString(2, id);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    /** Deletes an article's sentences, actor mentions and event mentions; returns the events that lost mentions. */
    private Set<Long> deleteArticleParts(String articleId) throws SQLException {
        Set<Long> touched = new TreeSet<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT DISTINCT event_id FROM event_mentions WHERE article_id = ?")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    touched.add(rs.getLong(1));
                }
            }
        }
        for (String table : List.of("sentences", "actor_mentions", "event_mentions")) {
            try (PreparedStatement ps = db.prepareStatement("DELETE FROM " + table + " WHERE article_id = ?")) {
                ps.setString(1, articleId);
                ps.executeUpdate();
            }
        }
        return touched;
    }

    void insertArticle(Article a, String hash, LocalDateTime storedAt) throws SQLException {
        PreparedStatement ps = prepare(
            "INSERT INTO articles (content_hash, title, source, url, published, language, origin, text, ingested_at, id) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        bindArticle(ps, a, hash, storedAt);
        ps.executeUpdate();
    }

    private void updateArticle(Article a, String hash) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(
                "UPDATE articles SET content_hash = ?, title = ?, source = ?, url = ?, published = ?, language = ?, origin = ?, "
                + "text = ?, ingested_at = ? WHERE id = ?")) {
            bindArticle(ps, a, hash, LocalDateTime.now());
            ps.executeUpdate();
        }
    }

    private static void bindArticle(PreparedStatement ps, Article a, String hash, LocalDateTime storedAt) throws SQLException {
        ps.setString(1, hash);
        ps.setString(2, a.title());
        ps.setString(3, a.source());
        ps.setString(4, a.url());
        setDate(ps, 5, a.date());
        ps.setString(6, a.language());
        ps.setString(7, a.origin());
        ps.setString(8, a.text());
        ps.setTimestamp(9, Timestamp.valueOf(storedAt));
        ps.setString(10, a.id());
    }

    private void insertSentences(String articleId, List<CodedArticle.SentenceSpan> sentences) throws SQLException {
        if (sentences.isEmpty()) {
            return;
        }
        PreparedStatement ps = prepare(
            "INSERT INTO sentences (article_id, idx, begin_offset, end_offset, parsed) VALUES (?, ?, ?, ?, ?)");
        for (CodedArticle.SentenceSpan s : sentences) {
            ps.setString(1, articleId);
            ps.setInt(2, s.index());
            ps.setInt(3, s.begin());
            ps.setInt(4, s.end());
            ps.setBoolean(5, s.parsed());
            ps.addBatch();
        }
        ps.executeBatch();
    }

    private void insertActors(String articleId, List<CodedArticle.ActorSpan> actors) throws SQLException {
        if (actors.isEmpty()) {
            return;
        }
        PreparedStatement ps = prepare("INSERT INTO actor_mentions (article_id, sentence, begin_offset, "
            + "end_offset, code, country, sector, name, role, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (CodedArticle.ActorSpan s : actors) {
            Actor a = s.actor();
            ps.setString(1, articleId);
            ps.setInt(2, s.sentence());
            ps.setInt(3, s.begin());
            ps.setInt(4, s.end());
            ps.setString(5, a.code());
            ps.setString(6, a.country());
            ps.setString(7, a.sector());
            ps.setString(8, a.name());
            ps.setString(9, a.role());
            ps.setString(10, a.text());
            ps.addBatch();
        }
        ps.executeBatch();
    }

    /** Stores the events coded in one article: each joins the event it repeats, or becomes a new one. */
    void insertCodedEvents(String articleId, List<Event> events) throws SQLException {
        int seq = 0;
        for (Event e : events) {
            if (e.evidence() == null) {
                throw new IllegalArgumentException("event " + seq + " (" + e.cameo() + ") has no evidence");
            }
            if (e.cameo() == null || e.cameo().isBlank()) {
                throw new IllegalArgumentException("event " + seq + " has no CAMEO code");
            }
            Optional<Long> match = matchingEvent(e);
            if (match.isPresent()) {
                insertMentions(match.get(), articleId, seq++, e);
                refresh(match.get());
            } else {
                long id = nextValue("event_ids");
                insertEvent(id, articleId, e);
                insertMentions(id, articleId, seq++, e);
            }
        }
    }

    /** The oldest stored event this one repeats (see {@link EventMerging}). */
    private Optional<Long> matchingEvent(Event e) throws SQLException {
        if (!EventMerging.mayJoin(e)) {
            return Optional.empty();
        }
        LocalDate[] days = EventMerging.days(e);
        PreparedStatement ps = prepare("SELECT id FROM events WHERE cameo_root = ? "
            + "AND coalesce(source_code, '') = ? AND coalesce(target_code, '') = ? "
            + "AND date_from <= ? AND date_to >= ? AND NOT (source_code IS NULL AND target_code IS NULL) ORDER BY id LIMIT 1");
        ps.setString(1, EventMerging.cueCategory(e.cameo()));
        ps.setString(2, nz(codes(e.source())));
        ps.setString(3, nz(codes(e.target())));
        ps.setDate(4, Date.valueOf(days[1]));
        ps.setDate(5, Date.valueOf(days[0]));
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
        }
    }

    private long nextValue(String sequence) throws SQLException {
        try (ResultSet rs = prepare("SELECT nextval('" + sequence + "')").executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A new event told by one article: what {@link #refresh} would compute from its mentions, written at once. */
    private void insertEvent(long id, String articleId, Event e) throws SQLException {
        PreparedStatement ps = prepare("INSERT INTO events (" + CODED_COLUMNS + ", persons, num_mentions, num_sources, "
                + "num_articles, first_article_id, id, added) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, 1, 1, ?, ?, ?)");
        bindCoded(ps, 1, e);
        int i = 20;
        ps.setString(i++, persons(List.of(e)));
        ps.setInt(i++, 1 + e.mentions().size());
        ps.setString(i++, articleId);
        ps.setLong(i++, id);
        ps.setTimestamp(i, Timestamp.valueOf(LocalDateTime.now()));
        ps.executeUpdate();
    }

    /** One row per sentence that tells the coded event: its evidence first, then its further mentions. */
    private void insertMentions(long eventId, String articleId, int seq, Event e) throws SQLException {
        PreparedStatement ps = prepare("INSERT INTO event_mentions (mention_id, event_id, article_id, seq, "
            + "mention, sentence, evidence_begin, evidence_end, evidence, pattern, trigger, " + CODED_COLUMNS
            + ") VALUES (nextval('mention_ids'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        List<Evidence> sentences = new ArrayList<>();
        sentences.add(e.evidence());
        sentences.addAll(e.mentions());
        int mention = 0;
        for (Evidence ev : sentences) {
            int i = 1;
            ps.setLong(i++, eventId);
            ps.setString(i++, articleId);
            ps.setInt(i++, seq);
            ps.setInt(i++, mention++);
            ps.setInt(i++, ev.sentence());
            ps.setInt(i++, ev.begin());
            ps.setInt(i++, ev.end());
            ps.setString(i++, ev.text());
            ps.setString(i++, e.pattern());
            ps.setString(i++, e.trigger());
            bindCoded(ps, i, e);
            ps.addBatch();
        }
        ps.executeBatch();
    }

    /** Binds the {@link #CODED_COLUMNS} from position {@code i}. */
    private static void bindCoded(PreparedStatement ps, int i, Event e) throws SQLException {
        PloverCode plover = e.plover() == null ? new PloverCode("", "", "") : e.plover();
        EventDate date = e.date() == null ? EventDate.unknown() : e.date();
        LocalDate[] days = EventMerging.days(e);
        ps.setString(i++, codes(e.source()));
        ps.setString(i++, json(e.source()));
        ps.setString(i++, codes(e.target()));
        ps.setString(i++, json(e.target()));
        ps.setString(i++, e.cameo());
        ps.setString(i++, EventMerging.cueCategory(e.cameo()));
        ps.setString(i++, plover.type());
        ps.setString(i++, plover.mode());
        ps.setString(i++, plover.context());
        ps.setInt(i++, e.quadClass());
        ps.setDouble(i++, e.goldstein());
        ps.setString(i++, date.value());
        ps.setString(i++, date.end());
        setDate(ps, i++, days == null ? null : days[0]);
        setDate(ps, i++, days == null ? null : days[1]);
        ps.setString(i++, date.origin());
        ps.setString(i++, e.place() == null ? null : e.place().name());
        ps.setString(i++, e.place() == null ? null : e.place().country());
        ps.setDouble(i, e.confidence());
    }

    /**
     * Recomputes an event from its mentions, or deletes it when none is left: actors, codes and place of its first
     * mention (a later one's place when the first has none), the most precise date, the highest confidence, the names
     * of every person named, and GDELT's counts.
     */
    private void refresh(long eventId) throws SQLException {
        List<MentionRow> rows = mentionRows("m.event_id = " + eventId);
        if (rows.isEmpty()) {
            try (PreparedStatement ps = db.prepareStatement("DELETE FROM events WHERE id = ?")) {
                ps.setLong(1, eventId);
                ps.executeUpdate();
            }
            return;
        }
        Event merged = merged(rows);
        Set<String> articles = new LinkedHashSet<>();
        Set<String> sources = new LinkedHashSet<>();
        for (MentionRow r : rows) {
            articles.add(r.report().articleId());
            sources.add(r.report().source() == null ? "article:" + r.report().articleId() : r.report().source().toLowerCase(Locale.ROOT));
        }
        PreparedStatement ps = prepare("UPDATE events SET "
            + CODED_COLUMNS.replace(",", " = ?,") + " = ?, persons = ?, num_mentions = ?, num_sources = ?, num_articles = ?, "
            + "first_article_id = ? WHERE id = ?");
        bindCoded(ps, 1, merged);
        int i = 20;
        ps.setString(i++, persons(rows.stream().map(MentionRow::coded).toList()));
        ps.setInt(i++, bySentence(rows).size());
        ps.setInt(i++, sources.size());
        ps.setInt(i++, articles.size());
        ps.setString(i++, merged.articleId());
        ps.setLong(i, eventId);
        ps.executeUpdate();
    }

    /** The names of the persons among the events' actors, as the {@code persons} column keeps them ("|Wang Yi|Lavrov|"). */
    private static String persons(List<Event> events) {
        Set<String> names = new LinkedHashSet<>();
        for (Event e : events) {
            for (List<Actor> side : List.of(e.source(), e.target())) {
                for (Actor a : side) {
                    if (a.name() != null && !a.name().isBlank()) {
                        names.add(a.name());
                    }
                }
            }
        }
        return names.isEmpty() ? null : "|" + String.join("|", names) + "|";
    }

    /** Whether the days {@code a} are a narrower date than {@code b} (a known date is narrower than an unknown one). */
    private static boolean narrower(LocalDate[] a, LocalDate[] b) {
        if (a == null) {
            return false;
        }
        if (b == null) {
            return true;
        }
        return a[1].toEpochDay() - a[0].toEpochDay() < b[1].toEpochDay() - b[0].toEpochDay();
    }

    /** An event mention as stored: the event as coded in its sentence, and the mention with its article. */
    private record MentionRow(long eventId, int seq, int position, Event coded, EventMention report) {
    }

    /** Mention rows matching a condition on {@code m} (event_mentions) and {@code a} (articles), in stored order. */
    private List<MentionRow> mentionRows(String condition) throws SQLException {
        List<MentionRow> out = new ArrayList<>();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT m.*, a.published AS a_published, a.source AS a_source, a.url AS a_url "
                     + "FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE " + condition
                     + " ORDER BY m.event_id, m.mention_id")) {
            while (rs.next()) {
                Evidence evidence = new Evidence(rs.getInt("sentence"), rs.getInt("evidence_begin"), rs.getInt("evidence_end"),
                        rs.getString("evidence"));
                Event coded = codedEvent(rs, rs.getString("article_id"), rs.getString("date_end"), evidence, List.of());
                Date published = rs.getDate("a_published");
                EventMention m = new EventMention(rs.getString("article_id"), published == null ? null : published.toLocalDate(),
                        rs.getString("a_source"), rs.getString("a_url"), evidence, rs.getString("pattern"),
                        rs.getString("trigger"), coded.confidence());
                out.add(new MentionRow(rs.getLong("event_id"), rs.getInt("seq"), rs.getInt("mention"), coded, m));
            }
        }
        return out;
    }

    /**
     * The event in a row holding the {@link #CODED_COLUMNS} and {@code pattern}, {@code trigger}; the last day of its
     * date range is given apart, as tables of schema version 2 had no {@code date_end}.
     */
    static Event codedEvent(ResultSet rs, String articleId, String dateEnd, Evidence evidence, List<Evidence> mentions)
            throws SQLException {
        String origin = rs.getString("date_source");
        String placeName = rs.getString("place_name");
        String placeCountry = rs.getString("place_country");
        double confidence = rs.getDouble("confidence");
        if (rs.wasNull()) {
            confidence = 1.0;
        }
        return new Event(articleId, EventJson.actors(rs.getString("source_json")), EventJson.actors(rs.getString("target_json")),
                rs.getString("cameo"),
                new PloverCode(nz(rs.getString("plover")), nz(rs.getString("plover_mode")), nz(rs.getString("plover_context"))),
                rs.getDouble("goldstein"), rs.getInt("quad_class"),
                new EventDate(rs.getString("event_date"), dateEnd, origin == null ? EventDate.UNKNOWN : origin),
                evidence, rs.getString("pattern"), rs.getString("trigger"),
                placeName == null && placeCountry == null ? null : new Place(placeName, placeCountry), confidence, mentions);
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

    /** The WHERE clause (on {@code events}) of a query, and its arguments. */
    private record Where(String sql, List<Object> args) {
        static Where of(EventQuery q) {
            StringBuilder sql = new StringBuilder("true");
            List<Object> args = new ArrayList<>();
            if (q.actor() != null && !q.actor().isBlank()) {
                String p = code(q.actor());
                sql.append(" AND (").append(codeMatch("source_code", p, args)).append(" OR ")
                        .append(codeMatch("target_code", p, args)).append(")");
            }
            if (!q.dyads().isEmpty()) {
                List<String> any = new ArrayList<>();
                for (EventQuery.Dyad d : q.dyads()) {
                    any.add("(" + codeMatch("source_code", code(d.source()), args) + " AND "
                            + codeMatch("target_code", code(d.target()), args) + ")");
                }
                sql.append(" AND (").append(String.join(" OR ", any)).append(")");
            }
            if (q.person() != null && !q.person().isBlank()) {
                sql.append(" AND lower(persons) LIKE ?");
                args.add("%" + likeText(q.person().trim().toLowerCase(Locale.ROOT)) + "%");
            }
            if (q.cameo() != null && !q.cameo().isBlank()) {
                sql.append(" AND cameo LIKE ?");
                args.add(likeText(q.cameo().trim()) + "%");
            }
            if (q.plover() != null && !q.plover().isBlank()) {
                sql.append(" AND upper(plover) = ?");
                args.add(q.plover().trim().toUpperCase(Locale.ROOT));
            }
            if (q.quadClass() != null) {
                sql.append(" AND quad_class = ?");
                args.add(q.quadClass());
            }
            if (q.from() != null) {
                sql.append(" AND date_to >= ?");
                args.add(Date.valueOf(q.from()));
            }
            if (q.to() != null) {
                sql.append(" AND date_from <= ?");
                args.add(Date.valueOf(q.to()));
            }
            if (q.minConfidence() > 0) {
                sql.append(" AND confidence >= ?");
                args.add(q.minConfidence());
            }
            if (q.source() != null && !q.source().isBlank()) {
                sql.append(" AND id IN (SELECT m.event_id FROM event_mentions m JOIN articles a ON a.id = m.article_id "
                        + "WHERE lower(a.source) = ?)");
                args.add(q.source().trim().toLowerCase(Locale.ROOT));
            }
            if (q.articleId() != null) {
                sql.append(" AND id IN (SELECT event_id FROM event_mentions WHERE article_id = ?)");
                args.add(q.articleId());
            }
            return new Where(sql.toString(), args);
        }

        private static String code(String c) {
            String code = c.trim().toUpperCase(Locale.ROOT);
            if (!code.matches("[A-Z0-9]+")) {
                throw new IllegalArgumentException("an actor code is letters and digits (CHN, CHNGOV, IGOUNO), not '" + c + "'");
            }
            return code;
        }

        /** Codes are joined with '+': a code prefix matches at the start or right after a '+'. */
        private static String codeMatch(String column, String prefix, List<Object> args) {
            args.add(prefix + "%");
            args.add("%+" + prefix + "%");
            return "(" + column + " LIKE ? OR " + column + " LIKE ?)";
        }

        /** The text with LIKE's wildcards taken literally: they cannot be escaped the same way on both databases, so dropped. */
        private static String likeText(String s) {
            return s.replace("%", "").replace("_", "");
        }

        void bind(PreparedStatement ps) throws SQLException {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
        }
    }

    @Override
    public synchronized List<StoredEvent> events(EventQuery filter, EventPage page) {
        ensureOpen();
        Where where = Where.of(filter);
        String sql = "SELECT id, num_mentions, num_sources, num_articles, added FROM events WHERE " + where.sql()
                + " ORDER BY " + page.orderBy() + (page.limit() > 0 ? " LIMIT " + page.limit() : "")
                + (page.offset() > 0 ? " OFFSET " + page.offset() : "");
        return storedEvents(sql, where);
    }

    @Override
    public synchronized Optional<StoredEvent> event(long id) {
        ensureOpen();
        Where where = new Where("id = ?", List.of(id));
        List<StoredEvent> found = storedEvents("SELECT id, num_mentions, num_sources, num_articles, added FROM events WHERE "
                + where.sql(), where);
        return found.stream().findFirst();
    }

    @Override
    public synchronized long countEvents(EventQuery filter) {
        ensureOpen();
        Where where = Where.of(filter);
        try (PreparedStatement ps = db.prepareStatement("SELECT count(*) FROM events WHERE " + where.sql())) {
            where.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot count events in " + location + ": " + firstLine(e.getMessage()), e);
        }
    }

    /** The events a query of {@code id, num_mentions, num_sources, num_articles, added} selects, in its order, with their mentions. */
    private List<StoredEvent> storedEvents(String sql, Where where) {
        try {
            Map<Long, Object[]> heads = new LinkedHashMap<>();
            try (PreparedStatement ps = db.prepareStatement(sql)) {
                where.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        heads.put(rs.getLong(1), new Object[] {rs.getInt(2), rs.getInt(3), rs.getInt(4),
                                rs.getTimestamp(5).toLocalDateTime()});
                    }
                }
            }
            Map<Long, List<MentionRow>> mentions = new LinkedHashMap<>();
            List<Long> ids = new ArrayList<>(heads.keySet());
            for (int from = 0; from < ids.size(); from += 500) {
                String in = ids.subList(from, Math.min(ids.size(), from + 500)).stream().map(String::valueOf)
                        .collect(Collectors.joining(","));
                for (MentionRow r : mentionRows("m.event_id IN (" + in + ")")) {
                    mentions.computeIfAbsent(r.eventId(), k -> new ArrayList<>()).add(r);
                }
            }
            List<StoredEvent> out = new ArrayList<>(heads.size());
            for (var head : heads.entrySet()) {
                out.add(storedEvent(head.getKey(), head.getValue(), mentions.getOrDefault(head.getKey(), List.of())));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read events from " + location + ": " + firstLine(e.getMessage()), e);
        }
    }

    /** The event as its mentions tell it (as {@link #refresh} stored it), with its counts. */
    private static StoredEvent storedEvent(long id, Object[] head, List<MentionRow> rows) {
        if (rows.isEmpty()) {
            throw new StoreException("event " + id + " has no mention");
        }
        Event event = merged(rows);
        return new StoredEvent(id, event, (Integer) head[0], (Integer) head[1], (Integer) head[2], (LocalDateTime) head[3],
                bySentence(rows));
    }

    /**
     * An event as its mentions (in stored order) tell it: actors, codes, evidence and pattern of the first, the most
     * precise date, the highest confidence, the first place any gives, and the first report's other sentences.
     */
    private static Event merged(List<MentionRow> rows) {
        MentionRow first = rows.get(0);
        Event dated = first.coded;
        double confidence = 0;
        Place place = null;
        List<Evidence> sameArticle = new ArrayList<>();
        for (MentionRow r : rows) {
            if (narrower(EventMerging.days(r.coded), EventMerging.days(dated))) {
                dated = r.coded;
            }
            confidence = Math.max(confidence, r.coded.confidence());
            if (place == null) {
                place = r.coded.place();
            }
            if (r != first && r.report().articleId().equals(first.report().articleId()) && r.seq() == first.seq()) {
                sameArticle.add(r.report().evidence());
            }
        }
        Event c = first.coded;
        return new Event(c.articleId(), c.source(), c.target(), c.cameo(), c.plover(), c.goldstein(), c.quadClass(),
                dated.date(), c.evidence(), c.pattern(), c.trigger(), place, confidence, sameArticle);
    }

    /** One report per sentence: two events coded in one sentence that join one event are one mention of it. */
    private static List<EventMention> bySentence(List<MentionRow> rows) {
        Map<String, EventMention> out = new LinkedHashMap<>();
        for (MentionRow r : rows) {
            out.putIfAbsent(r.report().articleId() + "\u0000" + r.report().evidence().sentence(), r.report());
        }
        return List.copyOf(out.values());
    }

    @Override
    public synchronized List<Event> codedEvents(String articleId) {
        ensureOpen();
        try {
            List<MentionRow> rows = mentionRows("m.article_id = '" + articleId.replace("'", "''") + "'");
            rows.sort((a, b) -> a.seq() != b.seq() ? Integer.compare(a.seq(), b.seq()) : Integer.compare(a.position(), b.position()));
            List<Event> out = new ArrayList<>();
            for (int i = 0; i < rows.size(); ) {
                MentionRow head = rows.get(i++);
                List<Evidence> more = new ArrayList<>();
                while (i < rows.size() && rows.get(i).seq() == head.seq()) {
                    more.add(rows.get(i++).report().evidence());
                }
                Event c = head.coded;
                out.add(new Event(c.articleId(), c.source(), c.target(), c.cameo(), c.plover(), c.goldstein(), c.quadClass(),
                        c.date(), c.evidence(), c.pattern(), c.trigger(), c.place(), c.confidence(), more));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the events of " + articleId + " from " + location + ": " + firstLine(e.getMessage()), e);
        }
    }

    @Override
    public synchronized List<Count> counts(EventQuery filter, Grouping by) {
        ensureOpen();
        Where where = Where.of(filter);
        String key = switch (by) {
            case MONTH -> "CASE WHEN date_from IS NULL THEN 'unknown' ELSE CAST(EXTRACT(YEAR FROM date_from) AS VARCHAR) || '-' "
                    + "|| lpad(CAST(EXTRACT(MONTH FROM date_from) AS VARCHAR), 2, '0') END";
            case DYAD -> "coalesce(source_code, '-') || ' -> ' || coalesce(target_code, '-')";
            case TYPE -> "coalesce(nullif(plover, ''), '-')";
            case ROOT -> "cameo_root";
            case QUAD -> "CAST(quad_class AS VARCHAR)";
            case WEEK -> "CASE WHEN date_from IS NULL THEN 'unknown' ELSE CAST(CAST(date_trunc('week', date_from) AS DATE) AS VARCHAR) END";
        };
        String order = by == Grouping.MONTH || by == Grouping.WEEK ? "k" : "count(*) DESC, k";
        String sql = "SELECT " + key + " AS k, count(*), sum(num_mentions), avg(goldstein) FROM events WHERE " + where.sql()
                + " GROUP BY k ORDER BY " + order;
        List<Count> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            where.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Count(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getDouble(4)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot count events in " + location + ": " + firstLine(e.getMessage()), e);
        }
        return out;
    }

    @Override
    public synchronized List<DyadCount> dyadCounts(EventQuery filter) {
        ensureOpen();
        Where where = Where.of(filter);
        String sql = "SELECT source_code, target_code, count(*), sum(num_mentions), avg(goldstein) FROM events WHERE "
                + where.sql() + " GROUP BY source_code, target_code ORDER BY count(*) DESC, source_code NULLS LAST, target_code NULLS LAST";
        List<DyadCount> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            where.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new DyadCount(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getDouble(5)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot count dyads in " + location + ": " + firstLine(e.getMessage()), e);
        }
        return out;
    }

    @Override
    public synchronized Optional<DateRange> dateRange(EventQuery filter) {
        ensureOpen();
        Where where = Where.of(filter);
        try (PreparedStatement ps = db.prepareStatement("SELECT min(date_from), max(date_to) FROM events WHERE date_from IS NOT NULL AND "
                + where.sql())) {
            where.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                Date first = rs.getDate(1);
                Date last = rs.getDate(2);
                return first == null ? Optional.empty() : Optional.of(new DateRange(first.toLocalDate(), last.toLocalDate()));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the dates of events in " + location + ": " + firstLine(e.getMessage()), e);
        }
    }

    @Override
    public synchronized Optional<DateRange> publicationRange() {
        ensureOpen();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT min(published), max(published) FROM articles")) {
            rs.next();
            Date first = rs.getDate(1);
            Date last = rs.getDate(2);
            return first == null ? Optional.empty() : Optional.of(new DateRange(first.toLocalDate(), last.toLocalDate()));
        } catch (SQLException e) {
            throw new StoreException("cannot read the publication dates in " + location + ": " + firstLine(e.getMessage()), e);
        }
    }

    @Override
    public synchronized List<MonthlyGoldstein> goldsteinSeries(EventQuery filter) {
        ensureOpen();
        Where where = Where.of(filter);
        String sql = "SELECT EXTRACT(YEAR FROM date_from) AS y, EXTRACT(MONTH FROM date_from) AS m, count(*), "
                + "sum(CASE WHEN goldstein > 0 THEN goldstein ELSE 0 END), sum(CASE WHEN goldstein < 0 THEN goldstein ELSE 0 END) "
                + "FROM events WHERE date_from IS NOT NULL AND " + where.sql() + " GROUP BY y, m ORDER BY y, m";
        List<MonthlyGoldstein> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            where.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new MonthlyGoldstein(String.format(Locale.ROOT, "%04d-%02d", rs.getInt(1), rs.getInt(2)),
                            rs.getLong(3), rs.getDouble(4), rs.getDouble(5)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the Goldstein series from " + location + ": " + firstLine(e.getMessage()), e);
        }
        return out;
    }

    @Override
    public synchronized Optional<Article> article(String id) {
        ensureOpen();
        try (PreparedStatement ps = db.prepareStatement(
                "SELECT id, published, title, source, url, text, origin, language FROM articles WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Date d = rs.getDate(2);
                return Optional.of(new Article(rs.getString(1), d == null ? null : d.toLocalDate(), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read article " + id + " from " + location + ": " + firstLine(e.getMessage()), e);
        }
    }

    @Override
    public synchronized List<ArticleSummary> articles(int offset, int limit) {
        ensureOpen();
        String sql = "SELECT a.id, a.title, a.source, a.url, a.published, "
                + "(SELECT count(DISTINCT m.event_id) FROM event_mentions m WHERE m.article_id = a.id) "
                + "FROM articles a ORDER BY a.published DESC NULLS LAST, a.id"
                + (limit > 0 ? " LIMIT " + limit : "") + (offset > 0 ? " OFFSET " + offset : "");
        List<ArticleSummary> out = new ArrayList<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                Date d = rs.getDate(5);
                out.add(new ArticleSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        d == null ? null : d.toLocalDate(), rs.getLong(6)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot list the articles in " + location + ": " + firstLine(e.getMessage()), e);
        }
        return out;
    }

    @Override
    public synchronized List<CodedArticle.SentenceSpan> sentences(String articleId) {
        ensureOpen();
        List<CodedArticle.SentenceSpan> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement(
                "SELECT idx, begin_offset, end_offset, parsed FROM sentences WHERE article_id = ? ORDER BY idx")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new CodedArticle.SentenceSpan(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getBoolean(4)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the sentences of " + articleId + " from " + location + ": " + firstLine(e.getMessage()), e);
        }
        return out;
    }

    @Override
    public synchronized List<CodedArticle.ActorSpan> actorMentions(String articleId) {
        ensureOpen();
        List<CodedArticle.ActorSpan> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT sentence, begin_offset, end_offset, code, country, sector, name, "
                + "role, text FROM actor_mentions WHERE article_id = ? ORDER BY begin_offset, end_offset")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new CodedArticle.ActorSpan(rs.getInt(1), rs.getInt(2), rs.getInt(3), new Actor(rs.getString(4),
                            rs.getString(5), nz(rs.getString(6)), rs.getString(7), rs.getString(8), rs.getString(9))));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the actors of " + articleId + " from " + location + ": " + firstLine(e.getMessage()), e);
        }
        return out;
    }

    @Override
    public synchronized Map<String, String> articleHashes() {
        ensureOpen();
        Map<String, String> out = new LinkedHashMap<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT id, content_hash FROM articles")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the articles of " + location + ": " + firstLine(e.getMessage()), e);
        }
        return out;
    }

    @Override
    public synchronized String articlesFingerprint() {
        ensureOpen();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*), max(ingested_at) FROM articles")) {
            rs.next();
            Timestamp last = rs.getTimestamp(2);
            return rs.getLong(1) + "@" + (last == null ? "-" : last.toLocalDateTime().toString());
        } catch (SQLException e) {
            throw new StoreException("cannot read the articles of " + location + ": " + firstLine(e.getMessage()), e);
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

    @Override
    public long mentionCount() {
        return count("(SELECT DISTINCT event_id, article_id, sentence FROM event_mentions) AS m");
    }

    private synchronized long count(String table) {
        ensureOpen();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new StoreException("cannot count " + table + " in " + location + ": " + firstLine(e.getMessage()), e);
        }
    }

    @Override
    public String location() {
        return location;
    }

    /** Closes the connection; closing twice does nothing. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            for (PreparedStatement ps : prepared.values()) {
                ps.close();
            }
            db.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close " + location + ": " + firstLine(e.getMessage()), e);
        }
    }

    void closeQuietly(Exception cause) {
        closed = true;
        try {
            for (PreparedStatement ps : prepared.values()) {
                ps.close();
            }
            db.close();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new StoreException("the store " + location + " is closed");
        }
    }

    private void ensureWritable() {
        if (readOnly) {
            throw new StoreException("the store " + location + " is open for reading only");
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

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static String firstLine(String m) {
        return m == null ? "" : m.lines().findFirst().orElse("");
    }
}
