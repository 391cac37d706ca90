package dev.dyadic.sources;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates that headers, meta tags and JSON fields give: ISO {@code 2024-03-02}, an ISO date-time (its date
 * part, as written), {@code 2024/03/02}, {@code 20240302}, "2 March 2024", "March 2, 2024", "Mar 2, 2024", with or
 * without a weekday in front and a time after (so RFC 1123 dates are read too).
 */
final class Dates {
    /** A month name or its usual abbreviation (case-insensitive). */
    static final String MONTH = "(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b\\.?";
    /** A weekday name or abbreviation (case-insensitive) followed by an optional comma and spaces. */
    static final String WEEKDAY = "(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
            + "|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\\b\\.?,?\\s+";
    private static final String ORDINAL = "(?i:st|nd|rd|th)?";
    private static final String TIME = "(?:(?:[T ]|,?\\s+(?i:at\\s+)?)\\d{1,2}[:.]\\d{2}.*)?";

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})" + TIME);
    private static final Pattern SLASHES = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})" + TIME);
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:T\\d{2}.*)?");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?:" + WEEKDAY + ")?(\\d{1,2})" + ORDINAL + "\\s+(" + MONTH + "),?\\s+(\\d{4})" + TIME);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?:" + WEEKDAY + ")?(" + MONTH + ")\\s*(\\d{1,2})" + ORDINAL + ",?\\s+(\\d{4})" + TIME);

    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

    private Dates() {
    }

    /** The date the string gives, or empty when it is not one of the accepted forms or not a real day. */
    static Optional<LocalDate> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String s = value.strip();
        Matcher m;
        if ((m = ISO.matcher(s)).matches() || (m = SLASHES.matcher(s)).matches() || (m = COMPACT.matcher(s)).matches()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        if ((m = DAY_MONTH_YEAR.matcher(s)).matches()) {
            return of(m.group(3), month(m.group(2)), m.group(1));
        }
        if ((m = MONTH_DAY_YEAR.matcher(s)).matches()) {
            return of(m.group(3), month(m.group(1)), m.group(2));
        }
        return Optional.empty();
    }

    private static String month(String name) {
        String key = name.toLowerCase(Locale.ROOT).substring(0, 3);
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].equals(key)) {
                return Integer.toString(i + 1);
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static Optional<LocalDate> of(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
