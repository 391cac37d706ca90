package dev.dyadic.store;

import dev.dyadic.model.Article;
import dev.dyadic.model.Event;
import java.util.List;
import java.util.Optional;

/**
 * Where articles and their events are kept. Articles are identified by id and recognised by a hash of their text.
 * Writes come from one thread at a time; each article is written in one transaction, so a failure never loses what is
 * already stored.
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

    /** Stores an article with its events. */
    StoreOutcome store(Article article, List<Event> events);

    /** What {@link #store} would do without coding the article: UNCHANGED or DUPLICATE, or empty when it must be coded. */
    Optional<StoreOutcome> check(Article article);

    /** Events matching the query, by date (unknown dates last), article and position in the article. */
    List<Event> events(EventQuery query);

    Optional<Article> article(String id);

    long articleCount();

    long eventCount();

    @Override
    void close();
}
