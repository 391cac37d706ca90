package dev.dyadic.model;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A real-world event as the database keeps it: one record however many sentences and articles report it, counted as
 * GDELT counts them.
 *
 * @param id          the database's number for the event, stable while its mentions stay stored
 * @param event       the event as coded: actors, codes and place of its first mention, the narrowest date of its
 *                    mentions, the highest confidence, the first mention's evidence and article
 * @param numMentions sentences that report it, in all articles
 * @param numSources  distinct publishers among those articles (an article with no publisher counts as its own)
 * @param numArticles articles that report it
 * @param added       when its first mention was stored
 * @param mentions    every sentence that reports it, in the order they were stored; empty when not asked for
 */
public record StoredEvent(long id, Event event, int numMentions, int numSources, int numArticles, LocalDateTime added,
                          List<EventMention> mentions) {
    public StoredEvent {
        mentions = List.copyOf(mentions);
    }
}
