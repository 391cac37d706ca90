package dev.dyadic.model;

/**
 * When an event happened, to the precision known.
 *
 * @param value  "2023-03-16", "2022-12" or "2023"; {@code null} when unknown
 * @param origin where it came from: {@link #SENTENCE} (the clause's own time expression),
 *               {@link #ARTICLE} (the publication date) or {@link #UNKNOWN}
 */
public record EventDate(String value, String origin) {
    public static final String SENTENCE = "sentence";
    public static final String ARTICLE = "article";
    public static final String UNKNOWN = "unknown";

    public static EventDate unknown() {
        return new EventDate(null, UNKNOWN);
    }
}
