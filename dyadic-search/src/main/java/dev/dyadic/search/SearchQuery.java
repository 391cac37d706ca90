package dev.dyadic.search;

import java.time.LocalDate;

/**
 * What to look for in the article index.
 *
 * @param text   Lucene classic query syntax over title and text, AND by default; blank matches every article
 * @param from   earliest publication date, inclusive, or {@code null}
 * @param to     latest publication date, inclusive, or {@code null}; with either date set, undated articles are left out
 * @param source publisher to keep (case-insensitive exact match), or {@code null}
 * @param limit  most hits to return; {@code <= 0} means 10
 */
public record SearchQuery(String text, LocalDate from, LocalDate to, String source, int limit) {
    /** Hits returned when the limit given is zero or negative. */
    public static final int DEFAULT_LIMIT = 10;

    /** A query on text alone, with the default limit. */
    public SearchQuery(String text) {
        this(text, null, null, null, 0);
    }

    /** The limit to use: {@link #limit()}, or {@link #DEFAULT_LIMIT} when that is not positive. */
    public int effectiveLimit() {
        return limit > 0 ? limit : DEFAULT_LIMIT;
    }
}
