package dev.dyadic.actors;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ActorDictionaryTest {
    private final ActorDictionary dictionary = ActorDictionary.standard();

    @Test
    void holdsEveryUnMemberStateAndPalestineTaiwanKosovo() {
        Map<String, String> countries = dictionary.countries();
        assertEquals(193 + 4, countries.size(), "193 UN members, PSE, TWN, XKX, VAT");
        for (String code : countries.keySet()) {
            assertTrue(code.matches("[A-Z]{3}"), code);
        }
        for (String code : new String[] {"CHN", "RUS", "USA", "UKR", "PSE", "TWN", "XKX", "TLS", "SSD", "FSM"}) {
            assertTrue(countries.containsKey(code), code);
        }
        assertEquals("China", countries.get("CHN"));
    }

    @Test
    void organisationCodesAreIgoOrNgo() {
        assertTrue(dictionary.organisations().size() >= 15);
        for (String code : dictionary.organisations().keySet()) {
            assertTrue(code.matches("(IGO|NGO)[A-Z]*"), code);
        }
    }
}
