package dev.dyadic.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventQueryTest {

    @Test
    void aQueryOfUsableValuesHasNoProblem() {
        EventQuery q = EventQuery.all().withActor("CHNGOV").withDyad(EventQuery.Dyad.parse("CHN,RUS")).withCameo("042")
                .withQuadClass(4).withDates(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1)).withMinConfidence(1);
        assertEquals(List.of(), q.problems());
    }

    @Test
    void namesEveryValueItCannotUseAsTheCallerNamesItsOptions() {
        EventQuery q = EventQuery.all().withActor("CHN;").withDyad(new EventQuery.Dyad("CHN", "R S")).withCameo("4")
                .withQuadClass(5).withDates(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1)).withMinConfidence(1.5);
        List<EventQuery.Problem> problems = q.problems();
        assertEquals(List.of("actor", "dyad", "cameo", "quad", "from", "min_confidence"),
                problems.stream().map(EventQuery.Problem::filter).toList());
        assertEquals(List.of(
                        "--actor takes a code of letters and digits (CHN, CHNGOV), not 'CHN;'",
                        "--dyad takes two codes of letters and digits (CHN,RUS), not 'CHN,R S'",
                        "--cameo takes 2 to 4 digits (04, 042), not '4'",
                        "--quad takes 1, 2, 3 or 4, not 5",
                        "--from 2024-02-01 is after --to 2024-01-01",
                        "--min-confidence takes a number from 0 to 1, not 1.5"),
                problems.stream().map(p -> p.render(n -> "--" + n.replace('_', '-'))).toList());
        assertEquals("'from' 2024-02-01 is after 'to' 2024-01-01", problems.get(4).render(n -> "'" + n + "'"));
        assertEquals("{min_confidence} takes a number from 0 to 1, not NaN",
                EventQuery.all().withMinConfidence(Double.NaN).problems().get(0).message());
    }
}
