package dev.dyadic.actors;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhoenixConverterTest {

    /** A small dictionary in Phoenix's format, written for this test (names invented). */
    private static void writeSample(Path dir) throws IOException {
        Files.writeString(dir.resolve("Phoenix.Countries.actors.txt"), """
                # comment
                FREEDONIA_  [FRE]
                +FREEDONIAN_
                +SYLVANIA_CITY_
                RUFUS_T_FIREFLY_  ; CountryInfo.txt
                +PRESIDENT_FIREFLY
                	[FREGOV 330101-331231]
                	[FREELI]
                RUFUS_T_FIREFLY_  ; a duplicate
                	[FREGOV >20200115]
                AMBASSADOR_TRENTINO_
                	[FREGOV 2004017-20061201]
                	[ZZZGOV]
                """.replace("FRE]", "USA]").replace("FREGOV", "USAGOV").replace("FREELI", "USAELI").replace("ZZZGOV", "XYZGOV"),
                StandardCharsets.ISO_8859_1);
        Files.writeString(dir.resolve("Phoenix.International.actors.txt"), """
                THE_EXAMPLE_UNION_
                EXU_
                	[IGOEXU]
                """);
        Files.writeString(dir.resolve("Phoenix.MilNonState.actors.txt"), "EXAMPLE_FRONT_(EF)_\n+THE_FRONT_ # a note of the authors\n\t# an indented note\n+PEOPLE'S_FRONT_\n\t [USAREB]\n"
                + "EXAMPLE_ARMY_(NORTH)_\n\t[USAREB]\nEXAMPLE_ARMY_(SOUTH)_\n+SOUTHERN_ARMY_\n\t[USAINS]\n");
        Files.writeString(dir.resolve("Phoenix.agents.txt"), """
                !MINIST! = MINISTER, MINISTRY
                !MINIST! OF_EXAMPLES [~GOVEDU]
                FARMER [~AGR]
                POLICE {} [~COP]
                LAWMAN {LAWMEN} [~COP]
                DEPUTY [~COP]
                WITNESS [~CVL]
                ARMED_FORCES [~MIL]
                """);
    }

    @Test
    void convertsNamesDatedCodesAndAgents(@TempDir Path dir) throws IOException {
        writeSample(dir);
        Path out = dir.resolve("out");
        PhoenixConverter c = new PhoenixConverter(Set.of("USA"));
        c.convert(dir, out);
        Offices offices = ActorDictionary.standard().offices();
        List<ActorEntry> people = ActorFile.read("countries.actors", Files.newBufferedReader(out.resolve("countries.actors")), offices);
        assertEquals(List.of("Rufus T Firefly"), people.stream().map(ActorEntry::name).toList(),
                "the country's name list is left out; duplicates merge; an entry with neither a valid date nor a known country"
                        + " (7-digit date, XYZ) is left out");
        ActorEntry firefly = people.get(0);
        assertEquals("USAELI", firefly.code(), "the undated code");
        assertEquals(List.of("President Firefly"), firefly.aliases());
        assertEquals("USAGOV", firefly.codeOn(LocalDate.of(1933, 6, 1)), "YYMMDD above 30 is 19xx");
        assertEquals("USAGOV", firefly.codeOn(LocalDate.of(2024, 6, 1)), "'>' starts an open-ended role");
        assertEquals("USAELI", firefly.codeOn(LocalDate.of(2000, 6, 1)));
        assertEquals(1, c.dropped().get("XYZ"));
        // capitals with vowels are read as a name ("EXU" -> "Exu"), and a word this short is kept in capitals too, as an
        // acronym: Phoenix writes every name in capitals
        assertTrue(Files.readString(out.resolve("international.actors")).contains("actor: The Example Union\ncode: IGOEXU\naliases: Exu | EXU\n"));
        // notes after "#", also at the end of a name or indented, are no part of a name
        assertTrue(Files.readString(out.resolve("nonstate.actors")).contains("actor: Example Front\ncode: USAREB\naliases: The Front | People's Front\n"));
        // two groups named alike once the bracketed country is gone are two actors: the second keeps its own synonym
        String nonstate = Files.readString(out.resolve("nonstate.actors"));
        assertTrue(nonstate.contains("actor: Example Army\ncode: USAREB\n\n"), nonstate);
        assertTrue(nonstate.contains("actor: Southern Army\ncode: USAINS\n"), nonstate);
        String agents = Files.readString(out.resolve("agents.tsv"));
        assertTrue(agents.contains("GOVEDU\tminister of examples|ministry of examples\n"), agents);
        // the file leaves out regular plurals, as PETRARCH makes them; "{}" says there is none, "{LAWMEN}" which it is
        assertTrue(agents.contains("AGR\tfarmer|farmers\n"), agents);
        assertTrue(agents.contains("COP\tpolice|lawman|lawmen|deputy|deputies\n"), agents);
        assertTrue(agents.contains("CVL\twitness|witnesses\n"), agents);
        assertTrue(agents.contains("MIL\tarmed forces\n"), agents);
    }

    @Test
    void cameoCountryCodesThatAreNotIsoAreReadAsIso() {
        assertEquals("TLSGOV", PhoenixConverter.isoCountry("TMPGOV"), "East Timor");
        assertEquals("XKX", PhoenixConverter.isoCountry("KSV"), "Kosovo");
        assertEquals("AGOREB", PhoenixConverter.isoCountry("ANGREB"), "Phoenix's UNITA");
        assertEquals("USAGOV", PhoenixConverter.isoCountry("USAGOV"));
    }

    @Test
    void theShippedFilesAreWhatTheConverterMakesOfPhoenix(@TempDir Path dir) throws IOException {
        Path phoenix = Path.of("..", "..", "shared", "reference", "phoenix");
        assumeTrue(Files.isDirectory(phoenix), "../shared/reference/phoenix beside the project");
        new PhoenixConverter(ActorDictionary.standardCountries()).convert(phoenix, dir);
        for (String f : List.of("countries.actors", "international.actors", "nonstate.actors", "agents.tsv")) {
            try (InputStream shipped = PhoenixConverterTest.class.getResourceAsStream("/dyadic/actors/phoenix/" + f)) {
                assertEquals(new String(shipped.readAllBytes(), StandardCharsets.UTF_8), Files.readString(dir.resolve(f)), f);
            }
        }
    }
}
