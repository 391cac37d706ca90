package dev.dyadic.model;

/**
 * When an event happened, to the precision known.
 *
 * @param value  "2023-03-16", "2022-12" or "2023"; the first day of a range; {@code null} when unknown
 * @param end    the last day of a range ("from March 20th to 22nd" -> 2023-03-22), or {@code null}
 * @param origin where it came from: {@link #SENTENCE} (the clause's own time expression, or that of another telling of
 *               the same event in the article), {@link #SCENE} (the date the article gives the meeting the act was
 *               set at), {@link #ARTICLE} (the publication date) or {@link #UNKNOWN}
 */
public record EventDate(String value, String end, String origin) {
    public static final String SENTENCE = "sentence";
    public static final String SCENE = "scene";
    public static final String ARTICLE = "article";
    public static final String UNKNOWN = "unknown";

    /** A date that is not a range. */
    public EventDate(String value, String origin) {
        this(value, null, origin);
    }

    public static EventDate unknown() {
        return new EventDate(null, UNKNOWN);
    }

    /**
     * Whether the whole of this date lies after the given day: "2023-03-20" or "2023-04" after 2023-03-17, but not
     * "2023-03" (which holds the 17th) nor an unknown date.
     */
    public boolean isAfter(java.time.LocalDate day) {
        if (value == null || day == null) {
            return false;
        }
        String same = day.toString().substring(0, Math.min(value.length(), 10));
        return value.length() >= 4 && value.compareTo(same) > 0;
    }

    /**
     * Whether the whole of this date lies before the given day: "2023-12" or "2024-05-16" before 2024-05-17, but not
     * "2024-05" (which holds the 17th), nor a range that ends on or after it, nor an unknown date.
     */
    public boolean isBefore(java.time.LocalDate day) {
        String last = end != null ? end : value;
        if (last == null || day == null) {
            return false;
        }
        String same = day.toString().substring(0, Math.min(last.length(), 10));
        return last.length() >= 4 && last.compareTo(same) < 0;
    }
}
