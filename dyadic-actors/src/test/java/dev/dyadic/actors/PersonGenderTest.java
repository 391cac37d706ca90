package dev.dyadic.actors;

import static org.junit.jupiter.api.Assertions.*;

import dev.dyadic.model.Actor;
import org.junit.jupiter.api.Test;

class PersonGenderTest {
    private static final PersonGender GENDER = PersonGender.standard();

    @Test
    void aTitleTellsBeforeTheGivenName() {
        Actor begum = Actor.of("GBR", "CVL", null, null, "Ms Begum");
        assertEquals(PersonGender.Gender.FEMALE, GENDER.of(begum));
        assertTrue(GENDER.contradicts("he", begum));
        assertFalse(GENDER.contradicts("Her", begum));
    }

    @Test
    void onlyTheTitleTheWordsOpenWithTells() {
        assertEquals(PersonGender.Gender.MALE, GENDER.of(Actor.of("GBR", "GOV", null, null, "the King")));
        assertNull(GENDER.of(Actor.of("GBR", "GOV", null, null, "the Queen's envoy")));
        assertNull(GENDER.of(Actor.of("GBR", "GOV", null, null, "an envoy of the Queen")));
    }

    @Test
    void theGivenNameTellsFromCoreNlpsList() {
        Actor may = Actor.of("GBR", "GOV", "Theresa May", "Prime Minister", "the prime minister");
        Actor trump = Actor.of("USA", "GOV", "Donald Trump", "President", "Trump");
        assertEquals(PersonGender.Gender.FEMALE, GENDER.of(may));
        assertTrue(GENDER.contradicts("she", trump), "the CoreNLP models jar is on the classpath");
        assertFalse(GENDER.contradicts("he", trump));
        assertFalse(GENDER.contradicts("they", trump), "a pronoun of no gender fits anyone");
    }

    @Test
    void aFamilyNameWrittenFirstTellsNothing() {
        Actor li = Actor.of("CHN", "GOV", "Li Qiang", "Premier", "Li Qiang");
        assertNull(GENDER.of(li), "Li is listed as a woman's given name, but is his family name");
        assertFalse(GENDER.contradicts("he", li));
    }

    @Test
    void aPersonOfNoKnownNameFitsEitherPronoun() {
        Actor envoy = Actor.of("SOM", "GOV", null, null, "the Somali envoy");
        assertNull(GENDER.of(envoy));
        assertFalse(GENDER.contradicts("she", envoy));
        assertFalse(GENDER.contradicts("he", envoy));
    }
}
