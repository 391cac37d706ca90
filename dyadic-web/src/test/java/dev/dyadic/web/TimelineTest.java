package dev.dyadic.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dyadic.store.EventStore.Count;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimelineTest {

    @Test
    void fillsTheWeeksWithoutEventsAcrossAYearEnd() {
        Timeline t = Timeline.of(true, Map.of(
                1, List.of(new Count("2023-12-25", 2, 2, 1), new Count("unknown", 3, 3, 1)),
                4, List.of(new Count("2024-01-08", 1, 1, -10))));
        assertEquals(List.of("2023-12-25", "2024-01-01", "2024-01-08"), t.periods());
        assertArrayEquals(new long[] {2, 0, 0}, t.quads().get(1));
        assertArrayEquals(new long[] {0, 0, 1}, t.quads().get(4));
        assertArrayEquals(new long[] {0, 0, 0}, t.quads().get(2), "a quad with no count is all zeros");
        assertEquals(3, t.undated());
    }

    @Test
    void fillsMonthsAndIsEmptyWithoutDatedEvents() {
        Timeline t = Timeline.of(false, Map.of(2, List.of(new Count("2023-11", 1, 1, 6), new Count("2024-02", 1, 1, 6))));
        assertEquals(List.of("2023-11", "2023-12", "2024-01", "2024-02"), t.periods());
        assertEquals("month", t.interval());
        assertEquals(List.of(), Timeline.of(true, Map.of(1, List.of(new Count("unknown", 1, 1, 0)))).periods());
    }

    @Test
    void refusesMoreThanTwoThousandPeriods() {
        Map<Integer, List<Count>> centuries = Map.of(1, List.of(new Count("1518-02-15", 1, 1, 0), new Count("2019-12-30", 1, 1, 0)));
        BadRequest e = org.junit.jupiter.api.Assertions.assertThrows(BadRequest.class, () -> Timeline.of(true, centuries));
        assertEquals("the events span 26,187 weeks (1518-02-15 to 2019-12-30), more than 2,000: narrow the range with from "
                + "and to, or ask interval=month", e.getMessage());
        assertEquals(2000, Timeline.of(true, Map.of(1, List.of(new Count("2000-01-03", 1, 1, 0),
                new Count(java.time.LocalDate.of(2000, 1, 3).plusWeeks(1999).toString(), 1, 1, 0)))).periods().size(),
                "2,000 weeks are fine");
    }
}
