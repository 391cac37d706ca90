package dev.dyadic.store;

import java.util.Locale;

/**
 * One page of an event listing: where it starts, how long it is, and the order.
 *
 * @param offset     events to skip (0 for the first page)
 * @param limit      at most this many events; 0 for all
 * @param sort       the order
 * @param descending largest first when true
 */
public record EventPage(int offset, int limit, Sort sort, boolean descending) {

    /** What events can be sorted by; ties are broken by date, then by id. */
    public enum Sort {
        /** the event's first possible day (undated events last in either direction) */
        DATE("date_from"),
        /** storing order */
        ID("id"),
        CAMEO("cameo"),
        GOLDSTEIN("goldstein"),
        CONFIDENCE("confidence"),
        /** number of sentences that report the event */
        MENTIONS("num_mentions"),
        /** the source actor's code */
        SOURCE("source_code"),
        /** the target actor's code */
        TARGET("target_code");

        final String column;

        Sort(String column) {
            this.column = column;
        }

        /** "date", "GOLDSTEIN" -> the constant; anything else is an {@link IllegalArgumentException} naming the choices. */
        public static Sort of(String name) {
            try {
                return valueOf(name.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("cannot sort by '" + name + "': use one of date, id, cameo, goldstein, "
                        + "confidence, mentions, source, target");
            }
        }
    }

    public EventPage {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("a page has a non-negative offset and limit, not " + offset + " and " + limit);
        }
        sort = sort == null ? Sort.DATE : sort;
    }

    /** Every event, by date. */
    public static EventPage all() {
        return new EventPage(0, 0, Sort.DATE, false);
    }

    /** The first {@code limit} events by date (all for 0). */
    public static EventPage first(int limit) {
        return new EventPage(0, limit, Sort.DATE, false);
    }

    /** The SQL ORDER BY clause (without the words ORDER BY); nulls last in both directions. */
    String orderBy() {
        String dir = descending ? " DESC" : "";
        String first = sort.column + dir + " NULLS LAST";
        return switch (sort) {
            case DATE -> first + ", id" + dir;
            case ID -> first;
            default -> first + ", date_from NULLS LAST, id";
        };
    }
}
