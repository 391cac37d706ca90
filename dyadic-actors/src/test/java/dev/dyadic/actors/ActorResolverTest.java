package dev.dyadic.actors;

import static org.junit.jupiter.api.Assertions.*;

import dev.dyadic.model.Actor;
import dev.dyadic.model.Article;
import dev.dyadic.model.Sentence;
import dev.dyadic.nlp.CoreNlpAnalyzer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActorResolverTest {
    private static final ActorResolver RESOLVER = ActorResolver.standard();

    /** The actor of the sentence's subject. */
    private static Actor subjectOf(String text) {
        Sentence s = CoreNlpAnalyzer.shared().analyze(new Article("t", LocalDate.of(2024, 5, 17), null, null, null, text, "test"))
                .sentences().get(0);
        int verb = s.tokens().stream().filter(t -> "root".equals(s.relation(t.index()))).findFirst().orElseThrow().index();
        List<Integer> subjects = s.children(verb, "nsubj");
        assertFalse(subjects.isEmpty(), "a subject in: " + text);
        List<Actor> actors = RESOLVER.resolve(s, LocalDate.of(2024, 5, 17)).actorsAt(subjects.get(0));
        assertEquals(1, actors.size(), text + " -> " + actors);
        return actors.get(0);
    }

    @Test
    void aTitleWithANationalityMakesAGovernmentActorWithItsPerson() {
        Actor a = subjectOf("Chinese Foreign Minister Qin Gang met reporters.");
        assertEquals("CHNGOV", a.code());
        assertEquals("CHN", a.country());
        assertEquals("GOV", a.sector());
        assertEquals("Qin Gang", a.name());
        assertEquals("Foreign Minister", a.role());
    }

    @Test
    void unnamedOfficialsTroopsAndPoliceGetTheirSector() {
        assertEquals("CHNGOV", subjectOf("Chinese officials met reporters.").code());
        assertEquals("ISRMIL", subjectOf("Israeli troops entered the town.").code());
        assertEquals("KENCOP", subjectOf("Kenyan police arrested two men.").code());
        assertEquals("UKRGOV", subjectOf("The Ukrainian government welcomed the plan.").code());
    }

    @Test
    void capitalsAndSeatsStandForTheGovernment() {
        assertEquals("CHNGOV", subjectOf("Beijing rejected the claims.").code());
        assertEquals("RUSGOV", subjectOf("The Kremlin rejected the claims.").code());
        assertEquals("USAGOV", subjectOf("The White House rejected the claims.").code());
        assertEquals("USAMIL", subjectOf("The Pentagon rejected the claims.").code());
    }

    @Test
    void countriesAloneHaveNoSector() {
        Actor a = subjectOf("Timor-Leste rejected the claims.");
        assertEquals("TLS", a.code());
        assertEquals("", a.sector());
        assertEquals("KOR", subjectOf("South Korea rejected the claims.").code());
        assertEquals("PRK", subjectOf("North Korea rejected the claims.").code());
    }

    @Test
    void internationalOrganisations() {
        assertEquals("IGOUNO", subjectOf("The UN Security Council demanded a ceasefire.").code());
        assertEquals("IGOEUREEC", subjectOf("The European Union imposed sanctions.").code());
        assertEquals("IGOWSTNAT", subjectOf("NATO rejected the claims.").code());
        assertEquals("IGOJUDICC", subjectOf("The International Criminal Court issued a warrant.").code());
        assertEquals("IGO", subjectOf("The African Union condemned the attack.").country());
    }
}
