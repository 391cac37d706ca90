package dev.dyadic.actors;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActorFileTest {
    private static final Offices OFFICES = ActorDictionary.standard().offices();

    private static List<ActorEntry> read(String text) throws IOException {
        return ActorFile.read("my.actors", new StringReader(text), OFFICES);
    }

    @Test
    void anEntryWithPartialDatesAndARoleOfAnotherCode() throws IOException {
        List<ActorEntry> e = read("""
                # a comment
                actor: Ana Example
                code: PRTGOV
                aliases: A. Example | Example
                role: Minister of Foreign Affairs | 2015-11 | 2019
                role: Secretary-General | 2020-01-01 | | IGOUNO
                """);
        assertEquals(1, e.size());
        ActorEntry a = e.get(0);
        assertEquals(List.of("A. Example", "Example"), a.aliases());
        assertEquals(LocalDate.of(2015, 11, 1), a.roles().get(0).from(), "a month starts on its first day");
        assertEquals(LocalDate.of(2019, 12, 31), a.roles().get(0).to(), "a year ends on its last day");
        assertEquals("Foreign Minister", a.roles().get(0).office().name());
        assertEquals("PRTGOV", a.codeOn(LocalDate.of(2017, 1, 1)));
        assertEquals("IGOUNO", a.codeOn(LocalDate.of(2024, 1, 1)), "open-ended role");
        assertEquals("PRTGOV", a.codeOn(LocalDate.of(2010, 1, 1)), "no role then: the entry's code");
        assertEquals(ActorFile.write(a), ActorFile.write(read(ActorFile.write(a)).get(0)), "writing and reading again keeps the entry");
    }

    @Test
    void mistakesNameTheFileAndLine() {
        assertEquals("my.actors:3: unknown office \"Chief Wizard\" (add it to offices.tsv)",
                assertThrows(IllegalArgumentException.class, () -> read("actor: A\ncode: CHNGOV\nrole: Chief Wizard | 2020 |\n")).getMessage());
        assertEquals("my.actors:2: \"chn\" is not a code (three capital letters, then sectors of three)",
                assertThrows(IllegalArgumentException.class, () -> read("actor: A\ncode: chn\n")).getMessage());
        assertEquals("my.actors:3: role starts (2021-01-01) after it ends (2020-12-31)",
                assertThrows(IllegalArgumentException.class, () -> read("actor: A\ncode: CHN\nrole: President | 2021 | 2020\n")).getMessage());
        assertEquals("my.actors:1: actor \"A\" has no \"code:\" line",
                assertThrows(IllegalArgumentException.class, () -> read("actor: A\n\n")).getMessage());
        assertEquals("my.actors:1: \"code:\" before the first \"actor:\" line",
                assertThrows(IllegalArgumentException.class, () -> read("code: CHN\n")).getMessage());
        assertEquals("my.actors:3: \"2020-13-01\" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)",
                assertThrows(IllegalArgumentException.class, () -> read("actor: A\ncode: CHN\nrole: President | 2020-13-01 |\n")).getMessage());
    }
}
