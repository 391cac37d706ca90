package dev.dyadic.sources;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateInTextTest {
    @Test
    void findsDatesThatPagesWriteNearTheTop() {
        assertEquals(Optional.of(LocalDate.of(2024, 2, 8)), DateInText.find("Updated on 2024-02-08\nLeaders met."));
        assertEquals(Optional.of(LocalDate.of(2024, 2, 8)), DateInText.find("Published: 8 February 2024. Leaders met."));
        assertEquals(Optional.of(LocalDate.of(2024, 3, 2)), DateInText.find("BEIJING, March 2, 2024 (Xinhua) -- Leaders met."));
        assertEquals(Optional.of(LocalDate.of(2023, 3, 17)), DateInText.find("The court acted. Posted 17th March 2023 by staff."));
    }

    @Test
    void theLabelledDateWinsOverAnEarlierOne() {
        assertEquals(Optional.of(LocalDate.of(2024, 2, 8)),
                DateInText.find("The treaty of 12 May 1999 was cited. Updated on 8 Feb 2024."));
    }

    @Test
    void neverInventsADateFromAWeekdayOrAMonth() {
        assertEquals(Optional.empty(), DateInText.find("Leaders met on Thursday (March 16) in Moscow."));
        assertEquals(Optional.empty(), DateInText.find("The visit took place last December."));
        assertEquals(Optional.empty(), DateInText.find(""));
    }
}
