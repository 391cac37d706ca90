package dev.dyadic.model;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class CameoCodebookTest {
    private final CameoCodebook codebook = CameoCodebook.standard();

    @Test
    void everyCodeHasWeightQuadClassAndPloverType() {
        assertTrue(codebook.codes().size() > 290, "all CAMEO codes are loaded");
        for (String code : codebook.codes()) {
            double g = codebook.goldstein(code);
            assertTrue(g >= -10 && g <= 10, code);
            int q = codebook.quadClass(code);
            assertTrue(q >= 1 && q <= 4, code);
            if (!code.startsWith("01")) {
                assertFalse(codebook.plover(code).type().isEmpty(), "PLOVER type for " + code);
            }
        }
    }

    @Test
    void phoneCallIsVerbalCooperationAndConsultByPhone() {
        assertEquals(1.0, codebook.goldstein("041"));
        assertEquals(1, codebook.quadClass("041"));
        assertEquals(new PloverCode("CONSULT", "phone", ""), codebook.plover("041"));
        assertEquals("Discuss by telephone", codebook.description("041"));
    }

    @Test
    void conflictCodesWeighNegative() {
        assertEquals(4, codebook.quadClass("190"));
        assertTrue(codebook.goldstein("190") < -5);
        assertEquals("ASSAULT", codebook.plover("190").type());
        assertEquals("SANCTION", codebook.plover("161").type());
        assertEquals(new PloverCode("SANCTION", "discontinue", "economic"), codebook.plover("163"), "the manual, not the 2021 table");
        assertEquals(new PloverCode("SANCTION", "convict", "legal"), codebook.plover("116"), "the manual (3.13.3), not the 2021 table");
        assertEquals("REQUEST", codebook.plover("020").type());
        assertEquals("legal", codebook.plover("0841").context());
    }

    @Test
    void concessionsAndRetreatsFollowTheManualWhereItIsExplicit() {
        assertEquals("CONCEDE", codebook.plover("0813").type(), "lifting a curfew is a promise (3.4), not the table's RETREAT");
        assertEquals("CONCEDE", codebook.plover("0814").type());
        assertEquals("RETREAT", codebook.plover("0831").type(), "resignations of officials (3.7)");
        assertEquals("RETREAT", codebook.plover("0841").type(), "the release itself");
        assertEquals("AGREE", codebook.plover("035").type(), "left as the table and the gold-standard records have it");
    }
}
