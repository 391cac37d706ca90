package dev.dyadic.store;

import dev.dyadic.model.Event;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * When two reports are one real-world event, as GDELT and POLECAT deduplicate: the same dyad (the same source codes
 * and the same target codes), the same CAMEO cue category (root code: "04" consult, "19" fight) and dates that
 * overlap (a day inside a month-precise date overlaps it). A report joins the oldest stored event it matches.
 *
 * <p>Two kinds of report never join another: an undated one (nothing says it is the same occasion) and one with no
 * actor on either side. A stored event's date is that of its most precise report ("2023-03-16" beats "2023-03"), so a
 * later report must overlap that date to join.
 */
final class EventMerging {
    private EventMerging() {
    }

    /** Whether a report of this event may join another report: it has a date and at least one actor. */
    static boolean mayJoin(Event e) {
        return e.date() != null && range(e.date().value()) != null && !(e.source().isEmpty() && e.target().isEmpty());
    }

    /** The first and last day of the event's date (a range's last day when it has one), or {@code null} when unknown. */
    static LocalDate[] days(Event e) {
        if (e.date() == null) {
            return null;
        }
        LocalDate[] first = range(e.date().value());
        if (first == null) {
            return null;
        }
        LocalDate[] last = e.date().end() == null ? first : range(e.date().end());
        return new LocalDate[] {first[0], last == null ? first[1] : last[1]};
    }

    /** The CAMEO cue category of a code: its first two digits. */
    static String cueCategory(String cameo) {
        return cameo == null ? null : cameo.substring(0, Math.min(2, cameo.length()));
    }

    /** First and last day of "2023-03-16", "2022-12" or "2023"; {@code null} when unknown or unreadable. */
    static LocalDate[] range(String value) {
        if (value == null) {
            return null;
        }
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate d = LocalDate.parse(value);
                return new LocalDate[] {d, d};
            }
            if (value.matches("\\d{4}-\\d{2}")) {
                YearMonth m = YearMonth.parse(value);
                return new LocalDate[] {m.atDay(1), m.atEndOfMonth()};
            }
            if (value.matches("\\d{4}")) {
                int y = Integer.parseInt(value);
                return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }
}
