package dev.dyadic.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dyadic.model.Actor;
import dev.dyadic.model.Article;
import dev.dyadic.model.CodedArticle;
import dev.dyadic.model.Event;
import dev.dyadic.model.EventDate;
import dev.dyadic.model.Evidence;
import dev.dyadic.model.PloverCode;
import dev.dyadic.search.ArticleIndex;
import dev.dyadic.store.EventStore;
import dev.dyadic.store.EventStores;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API over a database of three articles written here: a China-Russia phone call reported twice (one event, two
 * mentions), a visit a week later, Israeli strikes on Hamas and a ceasefire both agreed (a compound source), and an
 * article whose id holds a slash.
 */
class DashboardApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dir;
    static EventStore store;
    static ArticleIndex index;
    static DashboardServer server;

    static final String CALL = "Wang Yi spoke with Sergei Lavrov by phone on Tuesday. Lavrov will visit Beijing.";
    static final String CALL_AGAIN = "Beijing and Moscow held a phone call on Tuesday (March 14). Lavrov visited Beijing on March 21.";
    static final String WAR = "Israeli jets struck Hamas positions on Monday. Hamas and Israel agreed a ceasefire on Friday.";

    @BeforeAll
    static void start() {
        store = EventStores.open(dir.resolve("api.duckdb"));
        Article a1 = article("call", LocalDate.of(2023, 3, 15), "Wire", CALL);
        Article a2 = article("more/call-again", LocalDate.of(2023, 3, 22), "Daily", CALL_AGAIN);
        Article a3 = article("war", LocalDate.of(2023, 4, 21), "Wire", WAR);
        Actor wang = new Actor("CHNGOV", "CHN", "GOV", "Wang Yi", "Foreign Minister", "Wang Yi");
        Actor lavrov = new Actor("RUSGOV", "RUS", "GOV", "Sergei Lavrov", "Foreign Minister", "Sergei Lavrov");
        Actor israel = Actor.of("ISR", "MIL", null, null, "Israeli jets");
        Actor hamas = Actor.of("PSE", "REB", "Hamas", null, "Hamas");
        store.store(new CodedArticle(a1, List.of(new CodedArticle.SentenceSpan(0, 0, 53, true), new CodedArticle.SentenceSpan(1, 54, 80, true)),
                List.of(new CodedArticle.ActorSpan(0, 0, 7, wang), new CodedArticle.ActorSpan(0, 18, 31, lavrov)),
                List.of(event("call", List.of(wang), List.of(lavrov), "041", "CONSULT", 1.0, 1, "2023-03-14", sentence(CALL, 0)))));
        store.store(new CodedArticle(a2, List.of(new CodedArticle.SentenceSpan(0, 0, 59, true), new CodedArticle.SentenceSpan(1, 60, 97, true)),
                List.of(),
                List.of(event("more/call-again", List.of(Actor.of("CHN", "GOV", null, null, "Beijing")),
                                List.of(Actor.of("RUS", "GOV", null, null, "Moscow")), "041", "CONSULT", 1.0, 1, "2023-03-14", sentence(CALL_AGAIN, 0)),
                        event("more/call-again", List.of(lavrov), List.of(Actor.of("CHN", "GOV", null, null, "Beijing")), "042",
                                "CONSULT", 1.9, 1, "2023-03-21", sentence(CALL_AGAIN, 1)))));
        store.store(new CodedArticle(a3, List.of(new CodedArticle.SentenceSpan(0, 0, 45, true), new CodedArticle.SentenceSpan(1, 46, 92, true)),
                List.of(new CodedArticle.ActorSpan(0, 0, 12, israel)),
                List.of(event("war", List.of(israel), List.of(hamas), "195", "ASSAULT", -10, 4, "2023-04-17", sentence(WAR, 0)),
                        event("war", List.of(hamas, israel), List.of(), "0861", "AGREE", 5, 1, "2023-04-21", sentence(WAR, 1)))));
        index = ArticleIndex.open(dir.resolve("api.lucene"));
        for (Article a : List.of(a1, a2, a3)) {
            index.put(a, a.id());
        }
        index.commit("test");
        server = DashboardServer.start(store, index, ActorNames.of(Map.of("CHN", "China", "RUS", "Russia", "ISR", "Israel",
                "PSE", "Palestine")), "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
        index.close();
        store.close();
    }

    static Article article(String id, LocalDate date, String source, String text) {
        return new Article(id, date, "Title of " + id, source, null, text, id + ".txt");
    }

    static Evidence sentence(String text, int n) {
        int begin = 0;
        for (int i = 0; i < n; i++) {
            begin = text.indexOf(". ", begin) + 2;
        }
        int end = text.indexOf('.', begin) + 1;
        return new Evidence(n, begin, end, text.substring(begin, end));
    }

    static Event event(String articleId, List<Actor> source, List<Actor> target, String cameo, String plover, double goldstein,
                       int quad, String date, Evidence evidence) {
        return new Event(articleId, source, target, cameo, new PloverCode(plover, "", ""), goldstein, quad,
                new EventDate(date, EventDate.SENTENCE), evidence, "patterns.txt:1: " + cameo, "verb", null, 0.9, List.of());
    }

    record Reply(int status, String contentType, String body) {
        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }

    static Reply get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }

    static JsonNode json(String path) throws IOException, InterruptedException {
        Reply r = get(path);
        assertEquals(200, r.status(), path + ": " + r.body());
        assertTrue(r.contentType().startsWith("application/json"), r.contentType());
        return r.json();
    }

    static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(field.isEmpty() ? n.asText() : n.path(field).asText()));
        return out;
    }

    @Test
    void metaCountsTheDatabase() throws Exception {
        JsonNode m = json("/api/meta");
        assertEquals(3, m.get("articles").asInt());
        assertEquals(4, m.get("events").asInt(), "the call told twice is one event");
        assertEquals(5, m.get("mentions").asInt());
        assertEquals("2023-03-14", m.get("first_date").asText());
        assertEquals("2023-04-21", m.get("last_date").asText());
        assertEquals("2023-03-15", m.get("published_first").asText());
        assertEquals("2023-04-21", m.get("published_last").asText());
        assertTrue(m.get("search").asBoolean());
    }

    @Test
    void listsEventsAPageAtATimeInTheAskedOrder() throws Exception {
        JsonNode all = json("/api/events");
        assertEquals(4, all.get("total").asInt());
        assertEquals(List.of("041", "042", "195", "0861"), texts(all.get("events"), "cameo"));
        JsonNode call = all.get("events").get(0);
        assertEquals(2, call.get("num_mentions").asInt());
        assertEquals(2, call.get("num_sources").asInt());
        assertEquals(List.of("call", "more/call-again"), texts(call.get("reports"), "article_id"));

        JsonNode page2 = json("/api/events?per_page=3&page=2");
        assertEquals(4, page2.get("total").asInt());
        assertEquals(2, page2.get("page").asInt());
        assertEquals(List.of("0861"), texts(page2.get("events"), "cameo"));
        assertEquals(List.of("195", "041", "042", "0861"), texts(json("/api/events?sort=goldstein").get("events"), "cameo"));
        assertEquals(List.of("0861", "195", "042", "041"), texts(json("/api/events?sort=date&order=desc").get("events"), "cameo"));
    }

    @Test
    void filtersAsTheCommandLineDoes() throws Exception {
        assertEquals(List.of("041", "042"), texts(json("/api/events?dyad=CHN,RUS&dyad=RUS,CHN").get("events"), "cameo"));
        assertEquals(List.of("041"), texts(json("/api/events?dyad=CHN,RUS").get("events"), "cameo"));
        assertEquals(List.of("195", "0861"), texts(json("/api/events?actor=ISR").get("events"), "cameo"));
        assertEquals(List.of("0861"), texts(json("/api/events?actor=PSE&quad=1").get("events"), "cameo"));
        assertEquals(List.of("042"), texts(json("/api/events?from=2023-03-20&to=2023-03-31").get("events"), "cameo"));
        assertEquals(List.of("041", "042"), texts(json("/api/events?person=lavrov").get("events"), "cameo"));
        assertEquals(List.of("041", "042"), texts(json("/api/events?source=daily").get("events"), "cameo"));
        assertEquals(List.of("041", "042"), texts(json("/api/events?article=more/call-again").get("events"), "cameo"));
        assertEquals(List.of("195"), texts(json("/api/events?plover=assault&cameo=19&actor=&person=").get("events"), "cameo"),
                "empty parameters, as forms send them, do not filter");
    }

    @Test
    void answersABadParameterWith400AndAMessage() throws Exception {
        for (String[] c : new String[][] {
                {"/api/events?quad=5", "'quad' takes 1, 2, 3 or 4, not 5"},
                {"/api/events?min_confidence=1.5", "'min_confidence' takes a number from 0 to 1, not 1.5"},
                {"/api/actors/CH-N", "'actor' takes a code of letters and digits (CHN, CHNGOV), not 'CH-N'"},
                {"/api/events?from=2023-13-01", "'from' takes a date as YYYY-MM-DD, not '2023-13-01'"},
                {"/api/events?from=2023-05-01&to=2023-04-01", "'from' 2023-05-01 is after 'to' 2023-04-01"},
                {"/api/events?dyad=CHN", "'dyad': a dyad is two actor codes separated by a comma (CHN,RUS), not 'CHN'"},
                {"/api/events?dyad=CHN,R*S", "'dyad' takes two codes of letters and digits (CHN,RUS), not 'CHN,R*S'"},
                {"/api/events?actor=CHN;DROP", "'actor' takes a code of letters and digits (CHN, CHNGOV), not 'CHN;DROP'"},
                {"/api/events?sort=colour", "cannot sort by 'colour': use one of date, id, cameo, goldstein, confidence, mentions, source, target"},
                {"/api/events?per_page=100000", "'per_page' takes a number from 1 to 500, not 100000"},
                {"/api/events?min_confidence=high", "'min_confidence' takes a number from 0 to 1, not 'high'"},
                {"/api/events?acter=CHN", "unknown parameter 'acter'; this call takes actor, article, cameo, dyad, from, min_confidence, "
                        + "order, page, per_page, person, plover, quad, sort, source, to"},
                {"/api/events/abc", "an event id is a number, not 'abc'"},
                {"/api/stats/counts?by=colour", "'by' takes one of dyad, type, root, quad, month, week, not 'colour'"},
                {"/api/network?level=city", "'level' takes one of country, code, not 'city'"},
                {"/api/search?q=(((", "Bad search query \"(((\": a parenthesis is not closed"},
                {"/api/search", "'q' is missing: what to search for (ceasefire AND Gaza)"}}) {
            Reply r = get(c[0]);
            assertEquals(400, r.status(), c[0]);
            assertEquals(c[1], r.json().get("error").asText(), c[0]);
            assertFalse(r.body().contains("\tat ") || r.body().contains("Exception"), "no stack trace: " + r.body());
        }
        Reply missing = get("/api/events/999");
        assertEquals(404, missing.status());
        assertEquals("no event 999 in " + store.location(), missing.json().get("error").asText());
        assertEquals(404, get("/api/articles/nope").status());
        assertEquals("no API call GET /api/nope", get("/api/nope").json().get("error").asText());
    }

    @Test
    void givesOneEventAndTheFilteredEventsAsCsv() throws Exception {
        long id = json("/api/events?sort=goldstein&per_page=1").get("events").get(0).get("id").asLong();
        JsonNode e = json("/api/events/" + id);
        assertEquals("195", e.get("cameo").asText());
        assertEquals("Israeli jets struck Hamas positions on Monday.", e.get("evidence").asText());

        Reply csv = get("/api/events.csv?actor=RUS&sort=date&order=desc");
        assertEquals(200, csv.status());
        assertTrue(csv.contentType().startsWith("text/csv"));
        List<String> lines = csv.body().lines().toList();
        assertTrue(lines.get(0).startsWith("id,date,"), lines.get(0));
        assertEquals(3, lines.size(), "a header and the two events with Russia");
        assertTrue(lines.get(1).contains(",042,"), "newest first: " + lines.get(1));
    }

    @Test
    void countsEventsPerWeekByQuadWithEmptyWeeksInBetween() throws Exception {
        JsonNode t = json("/api/stats/timeline");
        assertEquals("week", t.get("interval").asText());
        assertEquals(List.of("2023-03-13", "2023-03-20", "2023-03-27", "2023-04-03", "2023-04-10", "2023-04-17"),
                texts(t.get("periods"), ""));
        assertEquals("[1,1,0,0,0,1]", t.get("quads").get("1").toString());
        assertEquals("[0,0,0,0,0,1]", t.get("quads").get("4").toString());
        assertEquals("[0,0,0,0,0,0]", t.get("quads").get("2").toString());
        JsonNode m = json("/api/stats/timeline?interval=month&quad=4");
        assertEquals(List.of("2023-04"), texts(m.get("periods"), ""));
        assertEquals(List.of("1", "2", "3", "4"), iterable(m.get("quads").fieldNames()), "the same shape whatever the filter");
        assertEquals("[0]", m.get("quads").get("1").toString());
        assertEquals("[1]", m.get("quads").get("4").toString());
    }

    static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    @Test
    void countsByTypeAndGivesTheGoldsteinSeriesOfADyad() throws Exception {
        JsonNode byType = json("/api/stats/counts?by=type");
        assertEquals(List.of("CONSULT", "AGREE", "ASSAULT"), texts(byType, "key"));
        assertEquals(1.45, byType.get(0).get("goldstein").asDouble(), 1e-9);
        JsonNode series = json("/api/stats/goldstein?dyad=CHN,RUS&dyad=RUS,CHN");
        assertEquals(1, series.size());
        assertEquals("2023-03", series.get(0).get("period").asText());
        assertEquals(2.9, series.get(0).get("net").asDouble(), 1e-9);
    }

    @Test
    void groupsActorsByCountryAndDrawsTheNetwork() throws Exception {
        JsonNode actors = json("/api/actors");
        assertEquals(List.of("CHN", "ISR", "PSE", "RUS"), texts(actors, "code"));
        assertEquals(List.of("China", "Israel", "Palestine", "Russia"), texts(actors, "name"));
        assertEquals(List.of(2, 2, 2, 2), actors.findValues("events").stream().map(JsonNode::asInt).toList());
        assertEquals(List.of("CHNGOV", "ISRMIL", "PSEREB", "RUSGOV"), texts(json("/api/actors?level=code"), "code"));
        assertEquals("China (GOV)", json("/api/actors?level=code").get(0).get("name").asText());
        JsonNode chn = json("/api/actors/chn");
        assertEquals("CHN", chn.get("code").asText());
        assertEquals(2, chn.get("events").asInt());
        assertEquals(1.45, chn.get("goldstein").asDouble(), 1e-9);

        JsonNode net = json("/api/network");
        List<String> edges = new ArrayList<>();
        net.get("edges").forEach(e -> edges.add(e.get("source").asText() + "->" + e.get("target").asText()
                + " " + e.get("events").asInt() + " " + e.get("goldstein").asDouble()));
        assertEquals(List.of("CHN->RUS 1 1.0", "ISR->PSE 1 -10.0", "RUS->CHN 1 1.9"), edges.stream().sorted().toList());
        assertEquals(List.of("CHN", "ISR", "PSE", "RUS"), texts(net.get("nodes"), "id").stream().sorted().toList(),
                "the ceasefire has no target, so it draws no edge");
        assertEquals(List.of("China", "Israel", "Palestine", "Russia"), texts(net.get("nodes"), "label").stream().sorted().toList());
        assertEquals(1, json("/api/network?plover=ASSAULT").get("edges").size());
    }

    @Test
    void givesAnArticleWithItsSentencesActorsAndEvents() throws Exception {
        JsonNode a = json("/api/articles/more/call-again");
        assertEquals(CALL_AGAIN, a.get("text").asText());
        assertEquals("2023-03-22", a.get("published").asText());
        assertEquals(2, a.get("sentences").size());
        assertEquals(List.of("041", "042"), texts(a.get("events"), "cameo"));
        JsonNode first = json("/api/articles/call");
        assertEquals(List.of("Wang Yi", "Sergei Lavrov"), texts(first.get("actors"), "name"));
        JsonNode report = first.get("events").get(0).get("reports").get(0);
        assertEquals(CALL.substring(report.get("begin").asInt(), report.get("end").asInt()), report.get("text").asText());

        JsonNode list = json("/api/articles?per_page=2");
        assertEquals(3, list.get("total").asInt());
        assertEquals(List.of("war", "more/call-again"), texts(list.get("articles"), "id"), "newest first");
        assertEquals(List.of("2", "2"), texts(list.get("articles"), "events"));
    }

    @Test
    void searchesTheArticlesWithHighlightedSnippets() throws Exception {
        JsonNode r = json("/api/search?q=ceasefire");
        assertEquals(List.of("war"), texts(r.get("hits"), "article_id"));
        JsonNode snippet = r.get("hits").get(0).get("snippets").get(0);
        JsonNode h = snippet.get("highlights").get(0);
        assertEquals("ceasefire", WAR.substring(h.get("begin").asInt(), h.get("end").asInt()), "offsets into the article's text");
        assertEquals(WAR.substring(snippet.get("begin").asInt(), snippet.get("end").asInt()), snippet.get("text").asText());
        assertEquals(2, r.get("hits").get(0).get("num_events").asInt());
        assertEquals(List.of("more/call-again"), texts(json("/api/search?q=phone&from=2023-03-20").get("hits"), "article_id"));
    }

    @Test
    void servesThePagesAndTheirLibrariesFromTheClasspath() throws Exception {
        Reply echarts = get("/lib/echarts/echarts.min.js");
        assertEquals(200, echarts.status());
        assertTrue(echarts.contentType().startsWith("text/javascript"));
        assertTrue(echarts.body().length() > 100_000, "the whole library");
        assertEquals(200, get("/lib/cytoscape/cytoscape.min.js").status());
        assertEquals(404, get("/lib/echarts/nothing.js").status());
        Reply page = get("/");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("/lib/echarts/echarts.min.js"), "the overview loads ECharts from the server");
        assertFalse(page.body().matches("(?s).*(src|href)=\"https?://.*"), "no CDN: the pages work offline");
        assertEquals(List.of("echarts 5.5.0", "cytoscape 3.33.1"), server.libraries());
    }
}
