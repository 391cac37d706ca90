package dev.dyadic.store;

import dev.dyadic.model.Article;
import dev.dyadic.model.CodedArticle;
import dev.dyadic.model.Event;
import dev.dyadic.model.StoredEvent;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where articles, their sentences, actor mentions and events are kept. Articles are identified by id and recognised by
 * the SHA-256 of their exact text. An event reported by several sentences or articles is kept once, with one mention
 * per sentence (see {@link EventMerging}). Each article is written in one transaction, so a failure or a kill never
 * loses what is already stored.
 */
public interface EventStore extends AutoCloseable {

    /** What storing an article did. */
    enum StoreOutcome {
        /** a new article */
        ADDED,
        /** an article with this id but another text was stored; it and its mentions were replaced */
        REPLACED,
        /** the same id and text were already stored; nothing changed */
        UNCHANGED,
        /** the same text is stored under another id; nothing changed */
        DUPLICATE
    }

    /** How {@link #counts} groups events. */
    enum Grouping {
        /** month of the event's first possible day ("2023-03"; "unknown" for undated events) */
        MONTH,
        /** source and target codes ("CHNGOV -> RUSGOV") */
        DYAD,
        /** PLOVER event type */
        TYPE,
        /** CAMEO root code ("04") */
        ROOT,
        /** GDELT quad class (1 to 4) */
        QUAD,
        /** week of the event's first possible day, named by its Monday ("2023-03-13"; "unknown" for undated events) */
        WEEK
    }

    /**
     * One group of {@link #counts}.
     *
     * @param key       the group ("2023-03", "CHN -> RUS", "CONSULT")
     * @param events    real-world events
     * @param mentions  sentences that report them
     * @param goldstein the mean Goldstein weight of the events
     */
    record Count(String key, long events, long mentions, double goldstein) {
    }

    /**
     * The events from one source to one target, as {@link #dyadCounts} gives them.
     *
     * @param source    the source's code ("CHNGOV"; compound actors joined with '+'), or {@code null} when none
     * @param target    the target's code, or {@code null}
     * @param events    real-world events
     * @param mentions  sentences that report them
     * @param goldstein the mean Goldstein weight of the events
     */
    record DyadCount(String source, String target, long events, long mentions, double goldstein) {
    }

    /** A stored article without its text, as {@link #articles} lists them. */
    record ArticleSummary(String id, String title, String source, String url, java.time.LocalDate published, long events) {
    }

    /** The first and last day on which a stored, dated event may have happened. */
    record DateRange(java.time.LocalDate first, java.time.LocalDate last) {
    }

    /**
     * One month of the Goldstein series: each real-world event counts once, with its CAMEO code's Goldstein weight.
     *
     * @param month       "2023-03"
     * @param events      events in the month
     * @param cooperation sum of the positive weights
     * @param conflict    sum of the negative weights (zero or below)
     */
    record MonthlyGoldstein(String month, long events, double cooperation, double conflict) {
        /** cooperation plus conflict */
        public double net() {
            return cooperation + conflict;
        }
    }

    /**
     * Stores an article with what was found in it, in one transaction. The same id with the same text: UNCHANGED,
     * nothing written. The same id with another text: the article, its sentences, actor mentions and event mentions
     * are replaced (REPLACED). Another id with the same text: DUPLICATE, nothing written. Otherwise ADDED. Each coded
     * event joins a stored event it repeats or becomes a new one.
     *
     * @throws StoreException naming the article when it cannot be written; nothing of it is then stored
     */
    StoreOutcome store(CodedArticle coded);

    /** {@link #store(CodedArticle)} for an article known only by its events. */
    default StoreOutcome store(Article article, List<Event> events) {
        return store(CodedArticle.ofEvents(article, events));
    }

    /**
     * What {@link #store} would do, before the article is coded: UNCHANGED or DUPLICATE, or empty when it must be
     * coded (a new article, or a known id with a changed text, which {@link #store} then replaces).
     */
    Optional<StoreOutcome> check(Article article);

    /**
     * Events matching the query with their mentions, by date (unknown dates last), then in the order they were stored;
     * at most the query's limit.
     */
    default List<StoredEvent> events(EventQuery query) {
        return events(query, EventPage.first(query.limit()));
    }

    /** One page of the events matching the filter (whose own limit is ignored), with their mentions, in the page's order. */
    List<StoredEvent> events(EventQuery filter, EventPage page);

    /** How many events match the filter (its limit ignored). */
    long countEvents(EventQuery filter);

    /** The event with this id, with its mentions. */
    Optional<StoredEvent> event(long id);

    /** The events as coded in one article, in the article's order (as {@code dyadic code} gives them). */
    List<Event> codedEvents(String articleId);

    /** Events matching the filter, counted by group, largest first (months in time order). */
    List<Count> counts(EventQuery filter, Grouping by);

    /** Events matching the filter by source and target code, most events first. */
    List<DyadCount> dyadCounts(EventQuery filter);

    /** The days the dated events matching the filter span; empty when none is dated. */
    Optional<DateRange> dateRange(EventQuery filter);

    /** The first and last publication date of the stored articles; empty when none is dated. */
    Optional<DateRange> publicationRange();

    /** The Goldstein series of the events matching the filter (a dyad, usually), month by month; undated events left out. */
    List<MonthlyGoldstein> goldsteinSeries(EventQuery filter);

    Optional<Article> article(String id);

    /** Stored articles, newest publication first (undated last), then by id, with how many events each reports. */
    List<ArticleSummary> articles(int offset, int limit);

    /** Where the article's sentences are, in order (empty for articles stored before schema version 3). */
    List<CodedArticle.SentenceSpan> sentences(String articleId);

    /** The actors named in the article's parsed sentences, in text order. */
    List<CodedArticle.ActorSpan> actorMentions(String articleId);

    /** Id -> content hash of every stored article. */
    Map<String, String> articleHashes();

    /** A short text that changes whenever an article is added or replaced (to tell whether a search index is current). */
    String articlesFingerprint();

    long articleCount();

    /** Real-world events. */
    long eventCount();

    /** Sentences that report events. */
    long mentionCount();

    /** The database, for messages: a file path, or a server address without password. */
    String location();

    @Override
    void close();
}
