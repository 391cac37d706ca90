package dev.dyadic.sources;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the publication date that an article states near its top, for articles whose input gives none.
 *
 * <p>Looks in the first 2000 characters, in this order: a date after "Updated", "Published", "Posted", "Dated",
 * "Released" or "Date" ("Updated on 2024-02-08", "Published: 8 February 2024"); a dateline ("BEIJING, March 2, 2024
 * (Xinhua) --"); else the first full date. Only full, unambiguous dates count: ISO {@code 2024-02-08},
 * {@code 2024/02/08}, "8 February 2024", "February 8, 2024" (month names may be abbreviated), with a year from
 * 1900 to 2100. A weekday, a month without day or year, or a day and month without year never give a date.
 */
public final class DateInText {
    /** How far into the text it looks. */
    static final int LOOK_AHEAD = 2000;

    private static final String DATE = "(?:(?<![\\d/-])\\d{4}-\\d{2}-\\d{2}(?!\\d)"
            + "|(?<![\\d/-])\\d{4}/\\d{2}/\\d{2}(?!\\d)"
            + "|(?<!\\d)\\d{1,2}(?i:st|nd|rd|th)?\\s+" + Dates.MONTH + ",?\\s+\\d{4}(?!\\d)"
            + "|(?<![\\p{L}\\d])" + Dates.MONTH + "\\s*\\d{1,2}(?i:st|nd|rd|th)?,?\\s+\\d{4}(?!\\d))";

    private static final Pattern CUED = Pattern.compile(
            "(?<!\\p{L})(?i:(?:last\\s+|first\\s+)?updated|published|posted|dated|released|date)(?!\\p{L})"
                    + "(?i:\\s+(?:on|at))?\\s*[:\\-\u2013\u2014]?\\s*(?i:on\\s+)?(?:" + Dates.WEEKDAY + ")?(" + DATE + ")");
    private static final Pattern DATELINE = Pattern.compile(
            "(?m)^[ \\t]*\\p{Lu}[\\p{Lu} .'\u2019-]*(?:,[ \\t]*\\p{Lu}[\\p{L} .'\u2019-]*)?,[ \\t]*(?:" + Dates.WEEKDAY + ")?("
                    + DATE + ")");
    private static final Pattern ANY = Pattern.compile(DATE);

    private DateInText() {
    }

    /** The date the text states, or empty. */
    public static Optional<LocalDate> find(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        // a little beyond the limit, so that a date starting just before it is read whole
        String head = text.length() > LOOK_AHEAD + 40 ? text.substring(0, LOOK_AHEAD + 40) : text;
        for (Pattern p : new Pattern[] {CUED, DATELINE}) {
            Optional<LocalDate> d = first(p.matcher(head), 1);
            if (d.isPresent()) {
                return d;
            }
        }
        return first(ANY.matcher(head), 0);
    }

    private static Optional<LocalDate> first(Matcher m, int group) {
        while (m.find() && m.start() < LOOK_AHEAD) {
            Optional<LocalDate> d = Dates.parse(m.group(group)).filter(DateInText::plausible);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    private static boolean plausible(LocalDate d) {
        return d.getYear() >= 1900 && d.getYear() <= 2100;
    }
}
