package dev.dyadic.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GdeltExportTest {
    // 0-based positions in the GDELT 2.0 Event table
    static final int ID = 0, DAY = 1, MONTH_YEAR = 2, YEAR = 3, FRACTION = 4, ACTOR1 = 5, ACTOR2 = 15, IS_ROOT = 25,
            EVENT_CODE = 26, BASE_CODE = 27, ROOT_CODE = 28, QUAD = 29, GOLDSTEIN = 30, NUM_MENTIONS = 31,
            NUM_SOURCES = 32, NUM_ARTICLES = 33, AVG_TONE = 34, ACTOR1_GEO = 35, ACTOR2_GEO = 43, ACTION_GEO = 51,
            DATE_ADDED = 59, SOURCE_URL = 60;

    @TempDir
    Path dir;

    private List<String[]> written() throws Exception {
        Path file = dir.resolve("events.gdelt.tsv");
        assertEquals(3, EventExporter.write(ExportFormat.GDELT, Fixtures.all(), file));
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(3, lines.size(), "one line per event, no header");
        return lines.stream().map(l -> l.split("\t", -1)).toList();
    }

    @Test
    void everyLineHasTheSixtyOneColumns() throws Exception {
        for (String[] f : written()) {
            assertEquals(61, f.length);
        }
    }

    @Test
    void writesTheAgreementInGdeltsColumns() throws Exception {
        String[] f = written().get(0);
        assertEquals("101", f[ID]);
        assertEquals("20230321", f[DAY]);
        assertEquals("202303", f[MONTH_YEAR]);
        assertEquals("2023", f[YEAR]);
        assertEquals("2023.2219", f[FRACTION]); // 2023 + (2 * 30 + 21) / 365
        assertEquals(List.of("CHNGOV", "XI JINPING", "CHN", "", "", "", "", "GOV", "", ""), slice(f, ACTOR1, 10));
        assertEquals(List.of("RUSGOV", "VLADIMIR PUTIN", "RUS", "", "", "", "", "GOV", "", ""), slice(f, ACTOR2, 10));
        assertEquals("1", f[IS_ROOT], "reported in the lead sentence");
        assertEquals("057", f[EVENT_CODE]);
        assertEquals("057", f[BASE_CODE]);
        assertEquals("05", f[ROOT_CODE]);
        assertEquals("1", f[QUAD]);
        assertEquals(8.0, Double.parseDouble(f[GOLDSTEIN]));
        assertEquals("3", f[NUM_MENTIONS]);
        assertEquals("3", f[NUM_SOURCES]);
        assertEquals("3", f[NUM_ARTICLES]);
        assertEquals("0", f[AVG_TONE]);
        assertEquals(List.of("0", "", "", "", "", "", "", ""), slice(f, ACTOR1_GEO, 8));
        assertEquals(List.of("0", "", "", "", "", "", "", ""), slice(f, ACTOR2_GEO, 8));
        assertEquals(List.of("4", "Moscow, Russia", "RS", "RS", "", "", "", ""), slice(f, ACTION_GEO, 8));
        assertEquals("20230321090500", f[DATE_ADDED]);
        assertEquals("https://planet.example/a1", f[SOURCE_URL]);
    }

    @Test
    void writesMonthDatesIgoActorsAndRootCodes() throws Exception {
        String[] f = written().get(1);
        assertEquals("20230301", f[DAY], "a month is written as its first day");
        assertEquals("202303", f[MONTH_YEAR]);
        assertEquals("2023.1671", f[FRACTION]);
        assertEquals(List.of("USAGOV", "WASHINGTON", "USA", "", "", "", "", "GOV", "", ""), slice(f, ACTOR1, 10),
                "the first of a compound source");
        assertEquals(List.of("IGOUNO", "UNITED NATIONS", "", "UNO", "", "", "", "IGO", "", ""), slice(f, ACTOR2, 10));
        assertEquals("0", f[IS_ROOT], "reported in sentence 7 only");
        assertEquals("040", f[EVENT_CODE]);
        assertEquals("040", f[BASE_CODE]);
        assertEquals("04", f[ROOT_CODE]);
        assertEquals(List.of("0", "", "", "", "", "", "", ""), slice(f, ACTION_GEO, 8), "no place");
        assertEquals("20230402173045", f[DATE_ADDED]);
        assertEquals("article:art-7", f[SOURCE_URL], "no url");
    }

    @Test
    void writesUnknownDatesAsPublicationDatesAndCountriesAsPlaces() throws Exception {
        String[] f = written().get(2);
        assertEquals("20230502", f[DAY], "the first report's publication date");
        assertEquals("RUSSIA'S SPECIAL OPERATION FORCES", f[ACTOR2 + 1], "upper case, double quotes dropped");
        assertEquals("RUS", f[ACTOR2 + 2]);
        assertEquals("MIL", f[ACTOR2 + 7]);
        assertEquals("195", f[EVENT_CODE]);
        assertEquals("195", f[BASE_CODE]);
        assertEquals("19", f[ROOT_CODE]);
        assertEquals("4", f[QUAD]);
        assertEquals(-10.0, Double.parseDouble(f[GOLDSTEIN]));
        assertEquals("2", f[NUM_MENTIONS]);
        assertEquals("1", f[NUM_ARTICLES]);
        assertEquals(List.of("1", "Ukraine", "UP", "UP", "", "", "", "UP"), slice(f, ACTION_GEO, 8));
        assertEquals("https://courier.example/x?q=1&r=2", f[SOURCE_URL]);
    }

    @Test
    void duckDbReadsSixtyOneColumns() throws Exception {
        written();
        Path file = dir.resolve("events.gdelt.tsv");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            String source = "read_csv('" + file.toAbsolutePath() + "', delim = '\t', header = false)";
            try (ResultSet rs = s.executeQuery("SELECT * FROM " + source)) {
                assertEquals(61, rs.getMetaData().getColumnCount());
                int rows = 0;
                while (rs.next()) {
                    rows++;
                }
                assertEquals(3, rows);
            }
            // DuckDB numbers the columns from 0, as the GDELT positions are counted here
            try (ResultSet rs = s.executeQuery("SELECT column26, column31, column60 FROM " + source
                    + " WHERE column00 = 102")) {
                assertTrue(rs.next());
                assertEquals("040", rs.getString(1));
                assertEquals(1, rs.getInt(2));
                assertEquals("article:art-7", rs.getString(3));
                assertFalse(rs.next());
            }
        }
    }

    @Test
    void computesFractionDatesAsGdeltDoes() {
        assertEquals("2021.0027", GdeltExport.fractionDate(LocalDate.of(2021, 1, 1)));
        assertEquals("2021.0219", GdeltExport.fractionDate(LocalDate.of(2021, 1, 8)));
        assertEquals("2015.1315", GdeltExport.fractionDate(LocalDate.of(2015, 2, 18)));
        assertEquals("2023.9890", GdeltExport.fractionDate(LocalDate.of(2023, 12, 31)));
    }

    @Test
    void splitsCameoActorCodes() {
        ActorCodes un = ActorCodes.of("IGOUNOKID");
        assertEquals("", un.country());
        assertEquals("KID", un.knownGroup());
        assertEquals(List.of("IGO"), un.types());
        ActorCodes eu = ActorCodes.of("IGOEUREEC");
        assertEquals("EUR", eu.country());
        assertEquals("EEC", eu.knownGroup());
        ActorCodes oic = ActorCodes.of("IGOMOSOIC");
        assertEquals(List.of("MOS"), oic.religions());
        assertEquals("OIC", oic.knownGroup());
        ActorCodes chn = ActorCodes.of("CHNGOVMIL");
        assertEquals("CHN", chn.country());
        assertEquals(List.of("GOV", "MIL"), chn.types());
        assertEquals("", chn.knownGroup());
        ActorCodes amnesty = ActorCodes.of("NGOHRIAMN");
        assertEquals(List.of("NGO", "HRI"), amnesty.types());
        assertEquals("AMN", amnesty.knownGroup());
    }

    private static List<String> slice(String[] f, int from, int count) {
        return List.of(f).subList(from, from + count);
    }
}
