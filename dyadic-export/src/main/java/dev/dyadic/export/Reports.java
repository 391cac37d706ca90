package dev.dyadic.export;

import dev.dyadic.model.Actor;
import dev.dyadic.model.Event;
import dev.dyadic.model.EventMention;
import dev.dyadic.model.Evidence;
import dev.dyadic.model.StoredEvent;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** What the exports share: the first report of a stored event, and its date as a day. */
final class Reports {
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private Reports() {
    }

    /** The first report (mention) of the event, or {@code null} when it was read without its mentions. */
    static EventMention first(StoredEvent e) {
        return e.mentions().isEmpty() ? null : e.mentions().get(0);
    }

    /** The article of the first report, else the event's own article. */
    static String articleId(StoredEvent e) {
        EventMention m = first(e);
        if (m != null && m.articleId() != null) {
            return m.articleId();
        }
        return e.event() == null ? null : e.event().articleId();
    }

    /** The address of the first report's article, or {@code null}. */
    static String url(StoredEvent e) {
        EventMention m = first(e);
        return m == null ? null : m.url();
    }

    /** The publisher of the first report's article, or {@code null}. */
    static String publisher(StoredEvent e) {
        EventMention m = first(e);
        return m == null ? null : m.source();
    }

    /** The publication date of the first report's article, or {@code null}. */
    static LocalDate published(StoredEvent e) {
        EventMention m = first(e);
        return m == null ? null : m.published();
    }

    /** The sentence of the first report, else the event's own evidence, or {@code null}. */
    static Evidence evidence(StoredEvent e) {
        EventMention m = first(e);
        if (m != null && m.evidence() != null) {
            return m.evidence();
        }
        return e.event() == null ? null : e.event().evidence();
    }

    /** The actors' codes joined with "+" ("CHNGOV+RUSGOV"), or {@code null} when there are none. */
    static String codes(List<Actor> actors) {
        String s = actors.stream().map(Actor::code).filter(Objects::nonNull).collect(Collectors.joining("+"));
        return s.isEmpty() ? null : s;
    }

    /** The named persons or organisations among the actors, joined with "; ", or {@code null} when none is named. */
    static String names(List<Actor> actors) {
        String s = actors.stream().map(Actor::name).filter(n -> n != null && !n.isBlank())
                .collect(Collectors.joining("; "));
        return s.isEmpty() ? null : s;
    }

    /**
     * The event's date as a day, for the formats that need one (GDELT, PLOVER).
     *
     * @param day       the first day of the event's date ("2023-03" -> 2023-03-01, "2023" -> 2023-01-01); when the
     *                  date is unknown, the publication date of the first report that has one, else the day the
     *                  event was stored
     * @param precision "day", "month", "year", or "unknown" when {@code day} is a substitute
     */
    record Day(LocalDate day, String precision) {
        static final String DAY = "day";
        static final String MONTH = "month";
        static final String YEAR = "year";
        static final String UNKNOWN = "unknown";

        static Day of(StoredEvent e) {
            Event ev = e.event();
            Day d = ev == null || ev.date() == null ? null : parse(ev.date().value(), false);
            if (d != null) {
                return d;
            }
            for (EventMention m : e.mentions()) {
                if (m.published() != null) {
                    return new Day(m.published(), UNKNOWN);
                }
            }
            return e.added() == null ? null : new Day(e.added().toLocalDate(), UNKNOWN);
        }

        /** The last day of the event's range ("2023-03" -> 2023-03-31), or {@code null} when it is no range. */
        static LocalDate end(StoredEvent e) {
            Event ev = e.event();
            Day d = ev == null || ev.date() == null ? null : parse(ev.date().end(), true);
            return d == null ? null : d.day();
        }

        /** "2023-03-16", "2023-03" or "2023" as its first (or last) day, or {@code null} when it is none of these. */
        static Day parse(String value, boolean last) {
            if (value == null) {
                return null;
            }
            Matcher m = DATE.matcher(value.trim());
            if (!m.matches()) {
                return null;
            }
            try {
                int year = Integer.parseInt(m.group(1));
                if (m.group(2) == null) {
                    return new Day(last ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1), YEAR);
                }
                YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
                if (m.group(3) == null) {
                    return new Day(last ? month.atEndOfMonth() : month.atDay(1), MONTH);
                }
                return new Day(month.atDay(Integer.parseInt(m.group(3))), DAY);
            } catch (DateTimeException ex) {
                return null;
            }
        }
    }
}
