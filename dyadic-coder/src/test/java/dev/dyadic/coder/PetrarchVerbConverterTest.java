package dev.dyadic.coder;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dyadic.coder.PetrarchVerbConverter.Reason;
import dev.dyadic.coder.PetrarchVerbConverter.Result;
import dev.dyadic.model.CameoCodebook;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PetrarchVerbConverterTest {
    private static final Path SHARED = Path.of(System.getProperty("dyadic.shared", "../../shared"));
    private static final Path CAMEO = SHARED.resolve("reference/phoenix/CAMEO.2.0.txt");
    private static final String RESOURCE = "/dyadic/coder/petrarch-verbs.txt";
    private static final String SLOTS = " -> obj iobj comp to against with on for into between";

    /** A small verb dictionary in PETRARCH-2's format, written for this test (line numbers matter). */
    private static final String SAMPLE = """
            # A verb dictionary in PETRARCH-2's format, invented for this test.
            &FOOD
            +FOOD
            +GROCERY_
            +BABY_FOOD
            &SUPPLIES_
            +&FOOD
            +MEDICINE
            &MILITARY
            +TROOPS

            ####### VERB PATTERNS #######

            ---  RUSH   [---]  ---
            RUSH
            HURRY {HURRIES HURRYING HURRIED }  # a comment
            SPEED_
            - * AID                                 [070]  # RUSH
            - * {HUMANITARIAN AID}                  [073]
            - * POLICE (TO BORDER)                  [153]
            - * (TO)                                [042:043]
            - * &SUPPLIES_                          [073]
            - * (WITH {&FOOD AID})                  [073]
            - * BACK (FROM ^)                       [042]
            - * {AIR RAID} (AGAINST)                [195]
            - * (TO +) (FROM $)                     [042]
            - + * (INTO $)                          [0862]
            - * INCIDENTS                           [---]
            - * CALL FOR AID                        [020]
            - &MILITARY * (TO BORDER)               [154]
            - * AID                                 [070]  # the same again
            - * (BEFORE COURT)                      [:173]
            - &MILITARY *                           [154]
            - * AID SHIPMENT                        [070]
            - * ATTACK/RAID                         [190]

            ---  ASK   [---]  ---
            +ASK_FOR {+ASKED_FOR +ASKING_FOR +ASKS_FOR} [020]
            +TAKE_LEAVE [160]
            ASK     [020]
            REQUEST  [020]
            INQUIRE
            - * SUPPORT                             [022]
            - * OFF (FOR)                           [042:043]
            ~ a (a b ATTACK) SAY = a b 015

            ---  CRITICIZE   [111]  ---
            CRITICIZE
            CRITICISE
            CONDEMN [112]
            - PRESS *                               [111]
            - * AID                                 [070]
            - FOREIGN PRESS * AID                   [111]
            """;

    private static Result sample() {
        return PetrarchVerbConverter.convert(SAMPLE.lines().toList());
    }

    private static void assertLine(String expected) {
        List<String> patterns = sample().patterns();
        assertTrue(patterns.contains(expected), () -> "missing\n  " + expected + "\nin\n  " + String.join("\n  ", patterns));
    }

    @Test
    void aVerbBlockGivesOneLineWithItsSynonymsAndLinesForItsDefaultCodes() {
        // lemmas only: irregular forms and the exact-form "_" are dropped; the patterns' verbs are the whole block
        assertLine("070  rush|hurry|speed aid" + SLOTS + "  # CAMEO.2.0.txt:18");
        // a verb's own code, else the block's, is a default pattern; verbs sharing one are one line
        assertLine("020  ask|request" + SLOTS + "  # CAMEO.2.0.txt:40");
        assertLine("111  criticize|criticise" + SLOTS + "  # CAMEO.2.0.txt:48");
        assertLine("112  condemn" + SLOTS + "  # CAMEO.2.0.txt:50");
        assertLine("022  ask|request|inquire support" + SLOTS + "  # CAMEO.2.0.txt:43");
    }

    @Test
    void objectsMultiWordNounsAndSynsets() {
        assertLine("073  rush|hurry|speed humanitarian_aid" + SLOTS + "  # CAMEO.2.0.txt:19");
        // &SUPPLIES_ holds &FOOD: expanded recursively, trailing "_" dropped, multi-word members joined by "_"
        assertLine("073  rush|hurry|speed food|grocery|baby_food|medicine" + SLOTS + "  # CAMEO.2.0.txt:22");
        // a synset inside a {phrase}: every combination
        assertLine("073  rush|hurry|speed (with food_aid|grocery_aid|baby_food_aid)" + SLOTS + "  # CAMEO.2.0.txt:23");
        // TABARI's OBJECT PREP NOUN is a group
        assertLine("020  rush|hurry|speed call (for aid)" + SLOTS + "  # CAMEO.2.0.txt:29");
    }

    @Test
    void prepositionalGroupsBarePrepositionsAndParticles() {
        assertLine("153  rush|hurry|speed police (to border)" + SLOTS + "  # CAMEO.2.0.txt:20");
        // a bare (PREP) alone is the particle, and its slot comes first
        assertLine("042  rush|hurry|speed to -> to obj iobj comp against with on for into between  # CAMEO.2.0.txt:21");
        // (FROM ^): "from" something, required but not a slot; a particle word is written bare, a second as (prep)
        assertLine("042  rush|hurry|speed back (from)" + SLOTS + "  # CAMEO.2.0.txt:24");
        assertLine("042  ask|request|inquire off (for) -> for obj iobj comp to against with on into between"
                + "  # CAMEO.2.0.txt:44");
        // after the object a bare (PREP) may be the object's: only its slot is kept, and it comes first
        assertLine("195  rush|hurry|speed air_raid -> against obj iobj comp to with on for into between"
                + "  # CAMEO.2.0.txt:25");
    }

    @Test
    void targetAndSourceMarkers() {
        // (TO +): the target is there; (FROM $): the source is there
        assertLine("042  rush|hurry|speed to (from) -> $from to obj iobj comp against with on for into between"
                + "  # CAMEO.2.0.txt:26");
        // + before the verb: the subject is the target, the source comes from the $ slot
        assertLine("0862  rush|hurry|speed into -> $into subj  # CAMEO.2.0.txt:27");
    }

    @Test
    void codesPairsStopsAndSubjectConditions() {
        assertLine("---  rush|hurry|speed incidents" + SLOTS + "  # CAMEO.2.0.txt:28");
        // a pair [042:043] gives its first code (line 21 above); the subject condition &MILITARY, with a condition
        // after the verb, becomes a group on the subject's head
        assertLine("154  rush|hurry|speed (subject troops) (to border)" + SLOTS + "  # CAMEO.2.0.txt:30");
        assertTrue(sample().patterns().stream().noneMatch(l -> l.startsWith("154  rush|hurry|speed (to border)")),
                "not every rush to the border is a military one");
        // a subject condition alone refines the code of a block whose verbs all have one: the press criticises
        // (111) where condemn's own code is 112
        assertLine("111  criticize|criticise|condemn (subject press)" + SLOTS + "  # CAMEO.2.0.txt:51");
        assertEquals(2, sample().summary().subjectConditions());
    }

    @Test
    void multiWordVerbsWithAParticle() {
        assertLine("020  ask for" + SLOTS + "  # CAMEO.2.0.txt:38");
        // the block's patterns that need no preposition of their own apply to it as well
        assertLine("022  ask for support" + SLOTS + "  # CAMEO.2.0.txt:43");
        assertTrue(sample().patterns().stream().noneMatch(l -> l.contains(" take ")), "+TAKE_LEAVE: no particle");
    }

    @Test
    void duplicatesCollapseAndWhatIsLeftOutIsCountedByReason() {
        Result r = sample();
        assertEquals(1, r.patterns().stream().filter(l -> l.startsWith("070  rush|hurry|speed aid ")).count(),
                "line 31 repeats line 18");
        assertTrue(r.patterns().contains("070  criticize|criticise|condemn aid" + SLOTS + "  # CAMEO.2.0.txt:52"),
                "another block's verbs: not a repeat");
        assertEquals(new TreeMap<>(Map.of(
                        Reason.REVERSE_CODE_ONLY, 1, // [:173]
                        Reason.SUBJECT_ONLY_NO_DEFAULT, 1, // &MILITARY * in a block without default codes
                        Reason.SEVERAL_OBJECTS, 1, // AID SHIPMENT
                        Reason.SUBJECT_OF_SEVERAL_WORDS, 1, // FOREIGN PRESS * AID
                        Reason.DISJUNCTION, 1, // ATTACK/RAID
                        Reason.MULTIWORD_VERB_NOT_PARTICLE, 1, // +TAKE_LEAVE
                        Reason.TRANSFORMATION, 1)),
                new TreeMap<>(r.summary().leftOut()));
        assertEquals(23, r.summary().patterns());
        assertEquals(18, r.summary().patternsConverted());
        assertEquals(r.patterns().size(), r.summary().linesWritten());
        assertTrue(r.lines().get(0).startsWith("# Dyadic event patterns generated by PetrarchVerbConverter from CAMEO.2.0.txt"));
        assertTrue(r.lines().contains("#   1  only a reverse code ([:173])"), String.join("\n", r.lines()));
    }

    @Test
    void theShippedFileIsWhatTheConverterMakesOfCameo(@TempDir Path dir) throws IOException {
        assumeTrue(Files.isRegularFile(CAMEO), "CAMEO.2.0.txt under " + SHARED);
        Path out = dir.resolve("petrarch-verbs.txt");
        PetrarchVerbConverter.convert(CAMEO, out);
        assertArrayEquals(shipped().getBytes(StandardCharsets.UTF_8), Files.readAllBytes(out),
                "regenerate with: dyadic patterns convert-petrarch --from ../shared/reference/phoenix/CAMEO.2.0.txt"
                        + " --to dyadic-coder/src/main/resources/dyadic/coder/petrarch-verbs.txt");
    }

    /** CAMEO codes no line of the shipped file gives, and why; two-digit cue categories are headings, not codes. */
    private static final Map<String, String> UNREACHABLE = unreachable();

    private static Map<String, String> unreachable() {
        Map<String, String> m = new TreeMap<>();
        for (String code : ("0252 0254 0314 0342 0343 0352 0354 0832 086 1011 1012 102 103 1032 1042 1051 1052 1055"
                + " 107 108 1221 1222 1231 1242 1321 1323 1324 134 135 1381 1385 1421 1422 1423 1424 1432 1433 1434"
                + " 1441 1442 1443 1444 1451 1452 1453 1454 165 1663 1833 200 204 2041 2042").split(" ")) {
            m.put(code, "no pattern or verb of CAMEO.2.0.txt has this code");
        }
        m.put("0355", "only in '- * &PKO {GREEN LIGHT}' (give peacekeepers the green light): two object nouns");
        m.put("0861", "only in '- &PKO *' (peacekeepers arrive): a subject condition alone");
        return m;
    }

    @Test
    void everyCameoCodeIsReachableByAShippedPatternOrListedWithTheReason() throws IOException {
        Set<String> written = writtenCodes();
        List<String> missing = new ArrayList<>();
        for (String code : codebook()) {
            boolean heading = code.length() == 2 && written.stream().anyMatch(c -> c.startsWith(code));
            if (!written.contains(code) && !heading && !UNREACHABLE.containsKey(code)) {
                missing.add(code);
            }
        }
        assertEquals(List.of(), missing, "codes no pattern gives and not listed as unreachable");
        for (String code : UNREACHABLE.keySet()) {
            assertFalse(written.contains(code), code + " is listed as unreachable but a pattern gives it");
            assertTrue(codebook().contains(code), code + " is not a CAMEO code");
        }
    }

    @Test
    void everyWrittenCodeIsACameoCodeOrAStop() throws IOException {
        Set<String> codes = codebook();
        for (String code : writtenCodes()) {
            assertTrue(code.equals("---") || codes.contains(code), code);
        }
    }

    @Test
    void theShippedFileReadsAsPatterns() throws IOException {
        List<String> lines = shipped().lines().toList();
        PatternBook book = PatternBook.parse("petrarch-verbs.txt", lines, CameoCodebook.standard());
        assertEquals(lines.stream().filter(l -> !l.isBlank() && !l.startsWith("#")).count(), book.patterns().size());
        assertTrue(lines.stream().filter(l -> !l.isBlank() && !l.startsWith("#"))
                .allMatch(l -> l.matches("\\S+  \\S+ .*-> .*  # CAMEO\\.2\\.0\\.txt:\\d+")), "every line names its source");
    }

    private static String shipped() throws IOException {
        try (InputStream in = PetrarchVerbConverterTest.class.getResourceAsStream(RESOURCE)) {
            assertNotNull(in, RESOURCE);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Set<String> writtenCodes() throws IOException {
        Set<String> codes = new TreeSet<>();
        for (String line : shipped().lines().toList()) {
            if (!line.isBlank() && !line.startsWith("#")) {
                codes.add(line.substring(0, line.indexOf(' ')));
            }
        }
        return codes;
    }

    /** The CAMEOEVENTCODE column of dyadic-model's cameo-eventcodes.tsv. */
    private static Set<String> codebook() throws IOException {
        try (InputStream in = CameoCodebook.class.getResourceAsStream("/dyadic/codebook/cameo-eventcodes.tsv")) {
            assertNotNull(in);
            Set<String> codes = new TreeSet<>();
            List<String> rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            assertTrue(rows.get(0).startsWith("CAMEOEVENTCODE\t"), rows.get(0));
            for (String row : rows.subList(1, rows.size())) {
                if (!row.isBlank()) {
                    codes.add(row.substring(0, row.indexOf('\t')));
                }
            }
            return codes;
        }
    }
}
