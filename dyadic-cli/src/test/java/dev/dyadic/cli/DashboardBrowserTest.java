package dev.dyadic.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import picocli.CommandLine;

/**
 * The dashboard in headless Debian Chromium (driven by Selenium through Debian's chromedriver, both paths set
 * explicitly) over a database built by {@code dyadic ingest} from the project's sample articles and served by
 * {@code dyadic serve}: every page loads with no console error and shows the sample events; a filter changes the
 * table; a click on an event opens its article with the evidence highlighted. Screenshots go to
 * {@code target/screenshots/}.
 *
 * <p>Skipped when Chromium or chromedriver is missing, unless {@code DYADIC_REQUIRE_BROWSER} is set (CI sets it), in
 * which case it fails.
 */
class DashboardBrowserTest {
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("DYADIC_CHROMIUM", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("DYADIC_CHROMEDRIVER", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Selenium warns that it has no DevTools binding for this Chromium; the tests use none. Kept so it stays set. */
    private static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");

    @TempDir
    static Path dir;
    static ServeCommand.Running server;
    static String base;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        SELENIUM_LOG.setLevel(Level.SEVERE);
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String why = "no Chromium at " + CHROMIUM + " or no chromedriver at " + CHROMEDRIVER
                    + " (apt-get install chromium chromium-driver)";
            if (System.getenv("DYADIC_REQUIRE_BROWSER") != null) {
                fail(why);
            }
            Assumptions.abort(why);
        }
        Path db = dir.resolve("samples.duckdb");
        Run ingest = Run.dyadic("ingest", "--db", db.toString(), Path.of("..", "samples").toString());
        assertEquals(0, ingest.exitCode(), ingest.err());

        ServeCommand serve = new ServeCommand();
        CommandLine cl = new CommandLine(serve);
        cl.parseArgs("--db", db.toString(), "--port", "0");
        server = serve.start(new PrintWriter(new StringWriter()));
        base = "http://127.0.0.1:" + server.server().port();

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
                "--window-size=1280,900", "--user-data-dir=" + dir.resolve("chromium-profile"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    /** Opens a page, waits until it has rendered its data, and checks that the console holds no error. */
    static void open(String path) {
        browser.get(base + path);
        waitUntilReady(path);
    }

    static void waitUntilReady(String what) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).withMessage(what + " never finished loading")
                .until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        assertNoConsoleErrors(what);
        assertFalse(browser.findElement(By.id("error")).isDisplayed(), what + " shows an error: "
                + browser.findElement(By.id("error")).getText());
    }

    static void assertNoConsoleErrors(String what) {
        List<String> errors = new ArrayList<>();
        for (LogEntry e : browser.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(e.getMessage());
            }
        }
        assertEquals(List.of(), errors, "console errors on " + what);
    }

    static void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    static List<WebElement> all(String css) {
        return browser.findElements(By.cssSelector(css));
    }

    static String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    static JsonNode api(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return JSON.readTree(r.body());
    }

    @Test
    void overviewShowsTheWeeksTheTopDyadsAndTheTopActors() throws Exception {
        open("/");
        assertEquals(String.valueOf(api("/api/meta").get("events").asInt()), text("#n-events"));
        assertFalse(all("#timeline canvas").isEmpty(), "the ECharts timeline is drawn");
        List<String> dyads = all("tr.dyad-row").stream().map(WebElement::getText).toList();
        assertTrue(dyads.stream().anyMatch(d -> d.contains("China") && d.contains("Russia")), dyads.toString());
        List<String> actors = all("tr.actor-row").stream().map(WebElement::getText).toList();
        assertTrue(actors.get(0).contains("China"), "China takes part in most sample events: " + actors);
        screenshot("overview");

        // the date range narrows the tables
        setValue("#from", "2024-06-01");
        setValue("#to", "2024-06-30");
        browser.findElement(By.id("apply")).click();
        waitUntilReady("the overview for June 2024");
        List<String> june = all("tr.actor-row").stream().map(WebElement::getText).toList();
        assertTrue(june.get(0).contains("Belarus"), "June 2024 is the Belarus sanctions: " + june);
        assertTrue(browser.getCurrentUrl().contains("from=2024-06-01"), browser.getCurrentUrl());
    }

    /** Sets a date or text input as a user would (date inputs take their value in the browser's format). */
    static void setValue(String css, String value) {
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                browser.findElement(By.cssSelector(css)), value);
    }

    @Test
    void dyadViewListsTheEventsOfBothDirectionsAndOpensTheirEvidence() throws Exception {
        open("/dyad.html?a=CHN&b=RUS");
        assertEquals("China – Russia", text("h1"));
        int both = api("/api/events?dyad=CHN,RUS&dyad=RUS,CHN").get("total").asInt();
        assertEquals(both, all("#dyad-events tr.event-row").size());
        assertFalse(all("#goldstein canvas").isEmpty());
        assertFalse(all("#types canvas").isEmpty());
        List<String> rows = all("#dyad-events tr.event-row").stream().map(WebElement::getText).toList();
        assertTrue(rows.stream().anyMatch(r -> r.contains("Lavrov praised China")), "RUS -> CHN is shown too: " + rows);
        screenshot("dyad");

        // the evidence link opens the article with that sentence highlighted
        WebElement row = all("#dyad-events tr.event-row").stream().filter(r -> r.getText().contains("Wang visited Moscow"))
                .findFirst().orElseThrow();
        String id = row.getAttribute("data-event-id");
        row.findElement(By.cssSelector("a.evidence-link")).click();
        waitUntilReady("the article of event " + id);
        assertTrue(browser.getCurrentUrl().contains("event=" + id), browser.getCurrentUrl());
        List<WebElement> marked = all("#article-text mark.evidence.selected");
        assertFalse(marked.isEmpty(), "the evidence is highlighted");
        assertEquals("Wang visited Moscow in April and met Lavrov there.",
                String.join("", marked.stream().map(WebElement::getText).toList()));
        WebElement card = browser.findElement(By.cssSelector(".event-card[data-event-id='" + id + "']"));
        assertTrue(card.getText().contains("042"), card.getText());
        assertTrue(card.getAttribute("title").contains("patterns.txt"), "the pattern that fired, on hover: " + card.getAttribute("title"));
        assertTrue(marked.get(0).getAttribute("title").contains("patterns.txt"), marked.get(0).getAttribute("title"));
        screenshot("article");
    }

    @Test
    void articleViewMarksEveryActorMentionOnItsOwnWords() throws Exception {
        open("/article.html?id=beijing-moscow-call");
        JsonNode article = api("/api/articles/beijing-moscow-call");
        String text = article.get("text").asText();
        for (JsonNode a : article.get("actors")) {
            assertEquals(a.get("text").asText(), text.substring(a.get("begin").asInt(), a.get("end").asInt()),
                    "an actor's span is the words that name it, without 'with' or 'the'");
        }
        List<String> spans = all("#article-text span.actor").stream().map(WebElement::getText).toList();
        assertTrue(spans.contains("Russian Foreign Minister Sergei Lavrov"), spans.toString());
        assertEquals(article.get("events").size(), all(".event-card").size());
        // a click on a card highlights its evidence
        WebElement card = all(".event-card").get(0);
        card.click();
        String id = card.getAttribute("data-event-id");
        for (WebElement m : all("#article-text mark.evidence.selected")) {
            assertTrue((" " + m.getAttribute("data-event-ids") + " ").contains(" " + id + " "), m.getAttribute("data-event-ids"));
        }
        assertFalse(all("#article-text mark.evidence.selected").isEmpty());
    }

    @Test
    void networkDrawsActorsAndAClickOnANodeOpensTheActor() throws Exception {
        open("/network.html");
        long nodes = (Long) ((JavascriptExecutor) browser).executeScript("return window.dyadicNetwork.nodes().length");
        assertEquals(api("/api/network").get("nodes").size(), nodes);
        screenshot("network");
        setSelect("#plover", "CONSULT");
        browser.findElement(By.id("apply")).click();
        waitUntilReady("the network of consultations");
        long consults = (Long) ((JavascriptExecutor) browser).executeScript("return window.dyadicNetwork.nodes().length");
        assertEquals(api("/api/network?plover=CONSULT").get("nodes").size(), consults);
        assertTrue(consults < nodes, consults + " of " + nodes);

        @SuppressWarnings("unchecked")
        Map<String, Number> at = (Map<String, Number>) ((JavascriptExecutor) browser).executeScript(
                "window.dyadicNetwork.container().scrollIntoView({block: 'start'});"
                        + "const n = window.dyadicNetwork.getElementById('CHN'); const p = n.renderedPosition();"
                        + "const r = window.dyadicNetwork.container().getBoundingClientRect();"
                        + "return {x: p.x - r.width / 2, y: p.y - r.height / 2};");
        // W3C actions measure from the centre of the element's visible part: the whole graph is in view after the scroll
        WebElement canvas = browser.findElement(By.id("network"));
        new Actions(browser).moveToElement(canvas, at.get("x").intValue(), at.get("y").intValue()).click().perform();
        new WebDriverWait(browser, Duration.ofSeconds(10)).withMessage(() -> "clicked at " + at + " on " + canvas.getRect().getDimension()
                        + "; the browser is at " + browser.getCurrentUrl())
                .until(d -> d.getCurrentUrl().contains("actor.html?code=CHN"));
        waitUntilReady("the actor page of China");
        assertTrue(text("h1").contains("China"), text("h1"));
        String from = browser.findElement(By.id("from")).getAttribute("value");
        String to = browser.findElement(By.id("to")).getAttribute("value");
        assertFalse(from.isEmpty(), "the actor view opens on the news period, as the overview does");
        assertEquals(api("/api/events?actor=CHN&from=" + from + "&to=" + to).get("total").asInt(),
                all("#actor-events tr.event-row").size());
        screenshot("actor");
    }

    static void setSelect(String css, String value) {
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.cssSelector(css))).selectByValue(value);
    }

    @Test
    void eventTableFiltersSortsAndDownloadsTheFilteredEvents() throws Exception {
        open("/events.html");
        int total = api("/api/events").get("total").asInt();
        assertEquals(total + " events", text("#total"));
        assertEquals(Math.min(50, total), all("tr.event-row").size());
        screenshot("events");

        browser.findElement(By.id("actor")).sendKeys("BLR");
        browser.findElement(By.id("apply")).click();
        waitUntilReady("the table filtered to Belarus");
        int belarus = api("/api/events?actor=BLR").get("total").asInt();
        assertTrue(belarus > 0 && belarus < total, belarus + " of " + total);
        assertEquals(belarus + " events", text("#total"));
        for (WebElement row : all("tr.event-row")) {
            assertTrue(row.getText().contains("BLR"), row.getText());
        }

        browser.findElement(By.cssSelector("th[data-sort=goldstein]")).click();
        waitUntilReady("the table sorted by Goldstein");
        List<Double> weights = all("tr.event-row").stream()
                .map(r -> Double.parseDouble(r.findElements(By.tagName("td")).get(7).getText().replace("+", "").replace("−", "-")))
                .toList();
        assertEquals(weights.stream().sorted().toList(), weights, "sorted by Goldstein");

        String csv = browser.findElement(By.id("csv")).getAttribute("href");
        assertTrue(csv.contains("actor=BLR") && csv.contains("sort=goldstein"), csv);
        HttpResponse<String> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(csv)).build(),
                HttpResponse.BodyHandlers.ofString());
        List<String> lines = download.body().lines().toList();
        assertEquals(belarus + 1, lines.size(), "a header and the filtered events: " + download.body());

        // a click on an event's evidence opens its article, the sentence highlighted
        WebElement first = all("tr.event-row").get(0);
        String id = first.getAttribute("data-event-id");
        String evidence = api("/api/events/" + id).get("evidence").asText();
        first.findElement(By.cssSelector("a.evidence-link")).click();
        waitUntilReady("the article of event " + id);
        assertEquals(evidence, String.join("", all("#article-text mark.evidence.selected").stream().map(WebElement::getText).toList()));
    }

    @Test
    void searchShowsHighlightedSnippets() throws Exception {
        open("/search.html?q=ceasefire");
        List<WebElement> hits = all("#hits .hit");
        assertEquals(api("/api/search?q=ceasefire").get("hits").size(), hits.size());
        assertTrue(hits.get(0).getText().contains("Gaza"), hits.get(0).getText());
        assertTrue(all("#hits .hit mark").stream().allMatch(m -> m.getText().toLowerCase().startsWith("ceasefire")));
        screenshot("search");
    }
}
