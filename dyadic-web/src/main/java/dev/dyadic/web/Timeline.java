package dev.dyadic.web;

import dev.dyadic.store.EventStore.Count;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Event counts per period for each quad class, on one time axis with no gaps: every week (named by its Monday) or month
 * from the first to the last period that has an event, zero where none.
 */
record Timeline(String interval, List<String> periods, Map<Integer, long[]> quads, long undated) {
    /** At most this many periods: 38 years of weeks, 166 years of months. */
    static final int MAX_PERIODS = 2000;

    /** @param byQuad counts by week ("2023-03-13") or month ("2023-03") of each quad class; "unknown" is undated */
    static Timeline of(boolean weekly, Map<Integer, List<Count>> byQuad) {
        TreeMap<String, long[]> table = new TreeMap<>();
        long undated = 0;
        for (var e : byQuad.entrySet()) {
            for (Count c : e.getValue()) {
                if (c.key().equals("unknown")) {
                    undated += c.events();
                } else {
                    table.computeIfAbsent(c.key(), k -> new long[4])[e.getKey() - 1] += c.events();
                }
            }
        }
        List<String> periods = new ArrayList<>();
        if (!table.isEmpty()) {
            String last = table.lastKey();
            long count = weekly
                    ? java.time.temporal.ChronoUnit.WEEKS.between(LocalDate.parse(table.firstKey()), LocalDate.parse(last)) + 1
                    : java.time.temporal.ChronoUnit.MONTHS.between(YearMonth.parse(table.firstKey()), YearMonth.parse(last)) + 1;
            if (count > MAX_PERIODS) {
                throw new BadRequest(String.format(java.util.Locale.ROOT,
                        "the events span %,d %ss (%s to %s), more than %,d: narrow the range with from and to%s",
                        count, weekly ? "week" : "month", table.firstKey(), last, MAX_PERIODS, weekly ? ", or ask interval=month" : ""));
            }
            for (String p = table.firstKey(); p.compareTo(last) <= 0; p = next(p, weekly)) {
                periods.add(p);
            }
        }
        Map<Integer, long[]> quads = new TreeMap<>();
        for (int q = 1; q <= 4; q++) {
            long[] series = new long[periods.size()];
            for (int i = 0; i < periods.size(); i++) {
                long[] row = table.get(periods.get(i));
                series[i] = row == null ? 0 : row[q - 1];
            }
            quads.put(q, series);
        }
        return new Timeline(weekly ? "week" : "month", List.copyOf(periods), quads, undated);
    }

    private static String next(String period, boolean weekly) {
        return weekly ? LocalDate.parse(period).plusWeeks(1).toString() : YearMonth.parse(period).plusMonths(1).toString();
    }
}
