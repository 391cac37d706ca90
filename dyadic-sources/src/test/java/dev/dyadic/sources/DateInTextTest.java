package dev.dyadic.sources;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateInTextTest {
    private static Optional<LocalDate> find(String text) {
        return DateInText.find(text);
    }

    @Test
    void cuedDates() {
        assertEquals(Optional.of(LocalDate.of(2024, 2, 8)), find("Some words.\nUpdated on 2024-02-08 at 10:00"));
        assertEquals(Optional.of(LocalDate.of(2024, 2, 8)), find("Published: 8 February 2024\nText."));
        assertEquals(Optional.of(LocalDate.of(2024, 3, 2)), find("Posted March 2, 2024 by staff"));
        assertEquals(Optional.of(LocalDate.of(2024, 3, 2)), find("Last updated: Saturday, Mar. 2, 2024"));
    }

    @Test
    void cueWinsOverAnEarlierDate() {
        assertEquals(Optional.of(LocalDate.of(2024, 2, 8)),
                find("The 2019-05-01 accord was recalled. Published 8 February 2024."));
    }

    @Test
    void dateline() {
        assertEquals(Optional.of(LocalDate.of(2024, 3, 2)),
                find("BEIJING, March 2, 2024 (Xinhua) -- Chinese officials met on Thursday."));
        assertEquals(Optional.of(LocalDate.of(2024, 3, 2)),
                find("Talks that began on 1 January 2024 went on.\nWASHINGTON, D.C., March 2, 2024 -- More talks."
                        .replace("Talks that began on 1 January 2024 went on.\n", "Talks went on.\n")));
    }

    @Test
    void firstFullDate() {
        assertEquals(Optional.of(LocalDate.of(2024, 2, 8)), find("The talks (2024-02-08) ended; next on 2024-03-01."));
        assertEquals(Optional.of(LocalDate.of(2023, 12, 25)), find("On 25th December 2023 the leaders spoke."));
        assertEquals(Optional.of(LocalDate.of(2023, 12, 25)), find("Leaders spoke on Dec 25, 2023."));
    }

    @Test
    void neverFromWeekdayOrMonthAlone() {
        assertEquals(Optional.empty(), find("The ministers met on Thursday."));
        assertEquals(Optional.empty(), find("They will meet in March 2024, or on March 3."));
        assertEquals(Optional.empty(), find("Friday, 8 February: talks"));
        assertEquals(Optional.empty(), find(""));
        assertEquals(Optional.empty(), find(null));
    }

    @Test
    void implausibleOrImpossibleDatesAreIgnored() {
        assertEquals(Optional.empty(), find("Code 1776-07-04 and 2024-02-30 and 30 February 2024."));
        assertEquals(Optional.of(LocalDate.of(2024, 2, 29)), find("Order 12024-02-08X; then 2024-02-29."));
    }

    @Test
    void onlyLooksNearTheTop() {
        String text = "x ".repeat(1500) + "Updated on 2024-02-08";
        assertEquals(Optional.empty(), find(text));
    }
}
