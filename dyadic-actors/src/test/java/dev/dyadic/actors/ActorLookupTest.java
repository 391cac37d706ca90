package dev.dyadic.actors;

import static org.junit.jupiter.api.Assertions.*;

import dev.dyadic.model.Actor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorLookupTest {
    private static final ActorLookup LOOKUP = new ActorLookup(ActorDictionary.standard());

    private static Actor lookup(String name, String context, String date) {
        return LOOKUP.lookup(name, context, LocalDate.parse(date)).actor();
    }

    @Test
    void aGarbledNameWithATitleAndNationalityIsTheOfficeHolderOfThatDay() {
        Actor kuleba = lookup("Culba", "Ukrainian Foreign Minister", "2023-03-16");
        assertEquals("UKRGOV", kuleba.code());
        assertEquals("Dmytro Kuleba", kuleba.name());
        assertEquals("Foreign Minister", kuleba.role());
        assertEquals("Volodymyr Zelensky", lookup("Zelei", "Ukrainian President", "2023-03-17").name());
        Actor gusmao = lookup("Gusmang", "East Timor Prime Minister", "2023-09-23");
        assertEquals("TLSGOV", gusmao.code());
        assertTrue(gusmao.name().startsWith("Xanana Gusm"), gusmao.name());
    }

    @Test
    void theSameNameOnAnotherDateIsNotTheFormerHolder() {
        // Kuleba left in September 2024; his successor's name is not like "Culba"
        Actor a = lookup("Culba", "Ukrainian Foreign Minister", "2025-03-16");
        assertEquals("UKRGOV", a.code());
        assertNull(a.name());
    }

    @Test
    void withoutATitleAnUnknownNameStaysUnresolved() {
        ActorLookup.Result r = LOOKUP.lookup("Culba", "", LocalDate.of(2023, 3, 16));
        assertNull(r.actor());
        assertTrue(r.steps().stream().anyMatch(s -> s.contains("not matched to anyone")), r.steps().toString());
    }

    @Test
    void aKnownNameIsCodedWithItsRoleOnTheDate() {
        assertEquals("Foreign Minister", lookup("Wang Yi", "", "2019-06-01").role());
        assertEquals("Director of the Office of the Central Foreign Affairs Commission", lookup("Wang Yi", "", "2023-03-16").role());
        assertEquals("SYRGOV", lookup("Assad", "", "2023-09-22").code());
        assertEquals("PSEREB", lookup("Hamas", "", "2023-11-22").code());
    }

    @Test
    void newsAgenciesAreNeverActors() {
        ActorLookup.Result r = LOOKUP.lookup("Xinhua", "Chinese state news agency", LocalDate.of(2023, 3, 16));
        assertNull(r.actor());
        assertTrue(r.steps().get(r.steps().size() - 1).contains("never an actor"), r.steps().toString());
    }

    @Test
    void aUserFileAddsAndOverridesWithoutRebuilding(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mine.actors");
        Files.writeString(file, """
                actor: Dmytro Kuleba
                code: UKRGOV
                role: Foreign Minister | 2020-03-04 | 2024-09-05
                role: - | 2024-09-06 | | UKRMED

                actor: Lin Example
                code: CHNEDU
                aliases: Professor Lin Example
                """);
        ActorLookup mine = new ActorLookup(ActorDictionary.withUserFiles(List.of(file)));
        assertEquals("CHNEDU", mine.lookup("Lin Example", "", LocalDate.of(2024, 1, 1)).actor().code());
        assertEquals("UKRMED", mine.lookup("Dmytro Kuleba", "", LocalDate.of(2025, 1, 1)).actor().code(), "the user's entry replaces the shipped one");
        assertNull(mine.lookup("Kuleba", "", LocalDate.of(2025, 1, 1)).actor(), "with its aliases");
        assertEquals("UKRGOV", LOOKUP.lookup("Kuleba", "", LocalDate.of(2025, 1, 1)).actor().code());
        assertNull(LOOKUP.lookup("Lin Example", "", LocalDate.of(2024, 1, 1)).actor(), "the shipped dictionary is unchanged");

        Files.writeString(file, "actor: Broken\ncode: XX\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ActorDictionary.withUserFiles(List.of(file)));
        assertTrue(e.getMessage().startsWith(file + ":2: "), e.getMessage());
    }
}
