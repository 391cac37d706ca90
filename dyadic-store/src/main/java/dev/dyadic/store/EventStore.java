package dev.dyadic.store;

import dev.dyadic.model.Article;
import dev.dyadic.model.Event;
import java.util.List;
import java.util.Optional;

/**
 * Where articles and their events are kept. Articles are identified by id and recognised by the SHA-256 of their
 * exact text. Writes come from one thread at a time; each article is written in one transaction, so a failure never
 * loses what is already stored.
 */
public interface EventStore extends AutoCloseable {

    /** What storing an article did. */
    enum StoreOutcome {
        /** a new article */
        ADDED,
        /** an article with this id but another text was stored; it and its events were replaced */
        REPLACED,
        /** the same id and text were already stored; nothing changed */
        UNCHANGED,
        /** the same text is stored under another id; nothing changed */
        DUPLICATE
    }

    /**
     * Stores an article with its events, in one transaction. The same id with the same text: UNCHANGED, nothing
     * written. The same id with another text: the article and all its events are replaced (REPLACED). Another id with
     * the same text: DUPLICATE, nothing written. Otherwise ADDED.
     *
     * @throws StoreException naming the article when it cannot be written; nothing of it is then stored
     */
    StoreOutcome store(Article article, List<Event> events);

    /**
     * What {@link #store} would do, before the article is coded: UNCHANGED or DUPLICATE, or empty when it must be
     * coded (a new article, or a known id with a changed text, which {@link #store} then replaces).
     */
    Optional<StoreOutcome> check(Article article);

    /** Events matching the query, by date (unknown dates last), article and position in the article. */
    List<Event> events(EventQuery query);

    Optional<Article> article(String id);

    long articleCount();

    long eventCount();

    @Override
    void close();
}
