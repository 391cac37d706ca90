package dev.dyadic.model;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EventDateTest {
    private static final LocalDate MAY_17 = LocalDate.parse("2024-05-17");

    @Test
    void aDateIsAfterADayOnlyWhenAllOfItIs() {
        assertTrue(new EventDate("2024-05-27", EventDate.SENTENCE).isAfter(MAY_17));
        assertTrue(new EventDate("2024-06", EventDate.SENTENCE).isAfter(MAY_17));
        assertTrue(new EventDate("2025", EventDate.SENTENCE).isAfter(MAY_17));
        assertFalse(new EventDate("2024-05", EventDate.SENTENCE).isAfter(MAY_17), "May holds the 17th");
        assertFalse(new EventDate("2024", EventDate.SENTENCE).isAfter(MAY_17));
        assertFalse(new EventDate("2024-05-17", EventDate.SENTENCE).isAfter(MAY_17));
        assertFalse(new EventDate("2023-12", EventDate.SENTENCE).isAfter(MAY_17));
        assertFalse(EventDate.unknown().isAfter(MAY_17));
        assertFalse(new EventDate("2024-05-27", EventDate.SENTENCE).isAfter(null));
    }

    @Test
    void aDateIsBeforeADayOnlyWhenAllOfItIs() {
        assertTrue(new EventDate("2024-05-16", EventDate.SENTENCE).isBefore(MAY_17));
        assertTrue(new EventDate("2023-12", EventDate.SENTENCE).isBefore(MAY_17));
        assertTrue(new EventDate("2023", EventDate.SENTENCE).isBefore(MAY_17));
        assertFalse(new EventDate("2024-05", EventDate.SENTENCE).isBefore(MAY_17), "May holds the 17th");
        assertFalse(new EventDate("2024-05-17", EventDate.SENTENCE).isBefore(MAY_17));
        assertFalse(new EventDate("2024-05-10", "2024-05-20", EventDate.SENTENCE).isBefore(MAY_17), "the range ends later");
        assertFalse(EventDate.unknown().isBefore(MAY_17));
        assertFalse(new EventDate("2024-05-16", EventDate.SENTENCE).isBefore(null));
    }
}
