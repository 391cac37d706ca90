package dev.dyadic.store;

import java.time.LocalDate;

/**
 * Which events to list; {@code null} fields do not filter.
 *
 * @param actor     prefix of a source or target actor code ("CHN", "CHNGOV", "IGO")
 * @param from      events that may have happened on or after this day (a month-precise date overlaps if any day does)
 * @param to        events that may have happened on or before this day
 * @param cameo     prefix of the CAMEO code ("04", "041")
 * @param articleId events of one article
 * @param limit     at most this many events; 0 for all
 */
public record EventQuery(String actor, LocalDate from, LocalDate to, String cameo, String articleId, int limit,
                         double minConfidence) {
    /** A query without a confidence threshold. */
    public EventQuery(String actor, LocalDate from, LocalDate to, String cameo, String articleId, int limit) {
        this(actor, from, to, cameo, articleId, limit, 0);
    }

    public static EventQuery all() {
        return new EventQuery(null, null, null, null, null, 0);
    }
}
