package dev.dyadic.actors;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class NameSimilarityTest {

    @Test
    void machineTranslatedNamesStayCloseToTheRealOnes() {
        assertTrue(NameSimilarity.score("Culba", "Dmytro Kuleba") >= OfficeHolders.MIN_SIMILARITY);
        assertTrue(NameSimilarity.score("Zelei", "Volodymyr Zelensky") >= OfficeHolders.MIN_SIMILARITY);
        assertTrue(NameSimilarity.score("Gusmang", "Xanana Gusmão") >= OfficeHolders.MIN_SIMILARITY);
        assertEquals(1.0, NameSimilarity.score("Zelenskyy", "Zelenskiy"), 1e-9, "y and i fold together");
    }

    @Test
    void differentNamesAreFarApart() {
        assertTrue(NameSimilarity.score("Sybiha", "Dmytro Kuleba") < OfficeHolders.MIN_SIMILARITY);
        assertTrue(NameSimilarity.score("Lavrov", "Volodymyr Zelensky") < OfficeHolders.MIN_SIMILARITY);
        assertEquals(0.0, NameSimilarity.score("Li", "Li Qiang"), "words of two letters say too little");
    }
}
