package dev.dyadic.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dyadic.export.EventExporter;
import dev.dyadic.export.ExportFormat;
import dev.dyadic.export.StoredEventJson;
import dev.dyadic.model.Article;
import dev.dyadic.model.CodedArticle;
import dev.dyadic.model.StoredEvent;
import dev.dyadic.search.ArticleIndex;
import dev.dyadic.search.SearchException;
import dev.dyadic.search.SearchHit;
import dev.dyadic.search.SearchHitJson;
import dev.dyadic.search.SearchQuery;
import dev.dyadic.store.EventJson;
import dev.dyadic.store.EventPage;
import dev.dyadic.store.EventQuery;
import dev.dyadic.store.EventStore;
import dev.dyadic.store.EventStore.Count;
import dev.dyadic.store.EventStore.Grouping;
import dev.dyadic.store.EventStore.MonthlyGoldstein;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The JSON API under {@code /api}, read-only over one {@link EventStore} and, for search, one {@link ArticleIndex}.
 * The calls, their parameters and their answers are listed in the README ("The dashboard"); events are the JSON of
 * {@code dyadic events --format jsonl --mentions} ({@link StoredEventJson}).
 */
final class DashboardApi {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final EventStore store;
    private final ArticleIndex index;
    private final ActorNames names;

    DashboardApi(EventStore store, ArticleIndex index, ActorNames names) {
        this.store = store;
        this.index = index;
        this.names = names;
    }

    void register(Javalin app) {
        app.get("/api/meta", this::meta);
        app.get("/api/events", this::events);
        app.get("/api/events.csv", this::eventsCsv);
        app.get("/api/events/{id}", this::event);
        app.get("/api/stats/timeline", this::timeline);
        app.get("/api/stats/counts", this::counts);
        app.get("/api/stats/goldstein", this::goldstein);
        app.get("/api/actors", this::actors);
        app.get("/api/actors/{code}", this::actor);
        app.get("/api/network", this::network);
        app.get("/api/articles", this::articles);
        app.get("/api/articles/<id>", this::article);
        app.get("/api/search", this::search);
    }

    private static ApiParameters params(Context ctx) {
        return new ApiParameters(ctx.queryParamMap());
    }

    private static void send(Context ctx, Object node) {
        ctx.contentType("application/json; charset=utf-8").result(node.toString());
    }

    private void meta(Context ctx) {
        params(ctx).allow(false);
        ObjectNode n = JSON.createObjectNode();
        n.put("articles", store.articleCount());
        n.put("events", store.eventCount());
        n.put("mentions", store.mentionCount());
        var range = store.dateRange(EventQuery.all());
        n.put("first_date", range.map(r -> r.first().toString()).orElse(null));
        n.put("last_date", range.map(r -> r.last().toString()).orElse(null));
        var published = store.publicationRange();
        n.put("published_first", published.map(r -> r.first().toString()).orElse(null));
        n.put("published_last", published.map(r -> r.last().toString()).orElse(null));
        n.put("database", store.location());
        n.put("search", index != null);
        send(ctx, n);
    }

    private void events(Context ctx) {
        ApiParameters p = params(ctx).allow(true, "sort", "order", "page", "per_page");
        EventQuery filter = p.filter();
        EventPage page = p.page();
        ObjectNode n = JSON.createObjectNode();
        n.put("total", store.countEvents(filter));
        n.put("page", page.offset() / page.limit() + 1);
        n.put("per_page", page.limit());
        ArrayNode events = n.putArray("events");
        for (StoredEvent e : store.events(filter, page)) {
            events.add(StoredEventJson.toNode(e));
        }
        send(ctx, n);
    }

    private void eventsCsv(Context ctx) throws IOException {
        ApiParameters p = params(ctx).allow(true, "sort", "order");
        EventQuery filter = p.filter();
        List<StoredEvent> events = store.events(filter, new EventPage(0, 0, p.sort(), p.descending()));
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"dyadic-events.csv\"");
        OutputStream out = ctx.outputStream();
        EventExporter.write(ExportFormat.CSV, events, out);
        out.flush();
    }

    private void event(Context ctx) {
        params(ctx).allow(false);
        long id = id(ctx.pathParam("id"), "event");
        StoredEvent e = store.event(id).orElseThrow(() -> new NotFound("no event " + id + " in " + store.location()));
        send(ctx, StoredEventJson.toNode(e));
    }

    private static long id(String text, String what) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new BadRequest("an " + what + " id is a number, not '" + text + "'");
        }
    }

    private void timeline(Context ctx) {
        ApiParameters p = params(ctx).allow(true, "interval");
        EventQuery filter = p.filter();
        boolean weekly = p.choice("interval", "week", "week", "month").equals("week");
        Map<Integer, List<Count>> byQuad = new LinkedHashMap<>();
        for (int q = 1; q <= 4; q++) {
            if (filter.quadClass() == null || filter.quadClass() == q) {
                byQuad.put(q, store.counts(filter.withQuadClass(q), weekly ? Grouping.WEEK : Grouping.MONTH));
            }
        }
        Timeline t = Timeline.of(weekly, byQuad);
        ObjectNode n = JSON.createObjectNode();
        n.put("interval", t.interval());
        ArrayNode periods = n.putArray("periods");
        t.periods().forEach(periods::add);
        ObjectNode quads = n.putObject("quads");
        t.quads().forEach((q, series) -> {
            ArrayNode a = quads.putArray(String.valueOf(q));
            for (long v : series) {
                a.add(v);
            }
        });
        n.put("undated", t.undated());
        send(ctx, n);
    }

    private void counts(Context ctx) {
        ApiParameters p = params(ctx).allow(true, "by", "limit");
        EventQuery filter = p.filter();
        String by = p.choice("by", "type", "dyad", "type", "root", "quad", "month", "week");
        int limit = p.integer("limit", 0, 0, 100_000);
        List<Count> counts = store.counts(filter, Grouping.valueOf(by.toUpperCase(Locale.ROOT)));
        ArrayNode a = JSON.createArrayNode();
        for (Count c : limit > 0 ? counts.subList(0, Math.min(limit, counts.size())) : counts) {
            ObjectNode o = a.addObject();
            o.put("key", c.key());
            o.put("events", c.events());
            o.put("mentions", c.mentions());
            o.put("goldstein", round(c.goldstein()));
        }
        send(ctx, a);
    }

    private void goldstein(Context ctx) {
        EventQuery filter = params(ctx).allow(true).filter();
        ArrayNode a = JSON.createArrayNode();
        for (MonthlyGoldstein m : store.goldsteinSeries(filter)) {
            ObjectNode o = a.addObject();
            o.put("period", m.month());
            o.put("events", m.events());
            o.put("cooperation", round(m.cooperation()));
            o.put("conflict", round(m.conflict()));
            o.put("net", round(m.net()));
        }
        send(ctx, a);
    }

    private void actors(Context ctx) {
        ApiParameters p = params(ctx).allow(true, "level", "limit");
        EventQuery filter = p.filter();
        ActorLevel level = p.level();
        int limit = p.integer("limit", 0, 0, 100_000);
        ArrayNode a = JSON.createArrayNode();
        List<ActorNetwork.Node> nodes = ActorNetwork.of(store.dyadCounts(filter), level).nodes();
        for (ActorNetwork.Node node : limit > 0 ? nodes.subList(0, Math.min(limit, nodes.size())) : nodes) {
            a.add(actorNode(node));
        }
        send(ctx, a);
    }

    private void actor(Context ctx) {
        ApiParameters p = params(ctx).allow(true);
        String code = ctx.pathParam("code").trim().toUpperCase(Locale.ROOT);
        EventQuery filter = ApiParameters.checked(p.filter().withActor(code));
        ActorLevel level = code.length() > 3 ? ActorLevel.CODE : ActorLevel.COUNTRY;
        ActorNetwork.Node node = ActorNetwork.of(store.dyadCounts(filter), level).node(code)
                .orElse(new ActorNetwork.Node(code, 0, 0, 0));
        send(ctx, actorNode(node));
    }

    private ObjectNode actorNode(ActorNetwork.Node node) {
        ObjectNode o = JSON.createObjectNode();
        o.put("code", node.id());
        o.put("name", name(node.id()));
        o.put("events", node.events());
        o.put("mentions", node.mentions());
        o.put("goldstein", round(node.goldstein()));
        return o;
    }

    private String name(String code) {
        String n = names.nameOf(code);
        if (n == null && code.length() > 3 && ActorLevel.isState(code)) {
            String country = names.nameOf(code.substring(0, 3));
            n = country == null ? null : country + " (" + code.substring(3) + ")";
        }
        return n;
    }

    private void network(Context ctx) {
        ApiParameters p = params(ctx).allow(true, "level", "min_events");
        EventQuery filter = p.filter();
        ActorLevel level = p.level();
        int minEvents = p.integer("min_events", 1, 1, 1_000_000);
        ActorNetwork net = ActorNetwork.of(store.dyadCounts(filter), level);
        ArrayNode edges = JSON.createArrayNode();
        Set<String> linked = new HashSet<>();
        for (ActorNetwork.Edge e : net.edges()) {
            if (e.events() >= minEvents) {
                edges.addObject().put("source", e.source()).put("target", e.target()).put("events", e.events())
                        .put("mentions", e.mentions()).put("goldstein", round(e.goldstein()));
                linked.add(e.source());
                linked.add(e.target());
            }
        }
        ObjectNode n = JSON.createObjectNode();
        ArrayNode nodes = n.putArray("nodes");
        for (ActorNetwork.Node node : net.nodes()) {
            if (linked.contains(node.id())) {
                String name = name(node.id());
                nodes.addObject().put("id", node.id()).put("label", name == null ? node.id() : name)
                        .put("events", node.events()).put("goldstein", round(node.goldstein()));
            }
        }
        n.set("edges", edges);
        send(ctx, n);
    }

    private void articles(Context ctx) {
        ApiParameters p = params(ctx).allow(false, "page", "per_page");
        int perPage = p.integer("per_page", 50, 1, ApiParameters.MAX_PER_PAGE);
        int page = p.integer("page", 1, 1, Integer.MAX_VALUE / ApiParameters.MAX_PER_PAGE);
        ObjectNode n = JSON.createObjectNode();
        n.put("total", store.articleCount());
        n.put("page", page);
        n.put("per_page", perPage);
        ArrayNode a = n.putArray("articles");
        for (EventStore.ArticleSummary s : store.articles((page - 1) * perPage, perPage)) {
            ObjectNode o = a.addObject();
            o.put("id", s.id());
            o.put("title", s.title());
            o.put("source", s.source());
            o.put("url", s.url());
            o.put("published", s.published() == null ? null : s.published().toString());
            o.put("events", s.events());
        }
        send(ctx, n);
    }

    private void article(Context ctx) {
        params(ctx).allow(false);
        String id = ctx.pathParam("id");
        Article article = store.article(id).orElseThrow(() -> new NotFound("no article '" + id + "' in " + store.location()));
        ObjectNode n = JSON.createObjectNode();
        n.put("id", article.id());
        n.put("title", article.title());
        n.put("source", article.source());
        n.put("url", article.url());
        n.put("published", article.date() == null ? null : article.date().toString());
        n.put("language", article.language());
        n.put("text", article.text());
        ArrayNode sentences = n.putArray("sentences");
        for (CodedArticle.SentenceSpan s : store.sentences(id)) {
            ObjectNode o = sentences.addObject();
            o.put("index", s.index());
            o.put("begin", s.begin());
            o.put("end", s.end());
            o.put("parsed", s.parsed());
        }
        ArrayNode actors = n.putArray("actors");
        for (CodedArticle.ActorSpan s : store.actorMentions(id)) {
            ObjectNode o = actors.addObject();
            o.put("sentence", s.sentence());
            o.put("begin", s.begin());
            o.put("end", s.end());
            o.setAll(EventJson.actorNode(s.actor()));
        }
        ArrayNode events = n.putArray("events");
        for (StoredEvent e : store.events(EventQuery.all().withArticle(id))) {
            events.add(StoredEventJson.toNode(e));
        }
        send(ctx, n);
    }

    private void search(Context ctx) {
        ApiParameters p = params(ctx).allow(false, "q", "from", "to", "source", "limit");
        String q = p.text("q");
        if (q == null) {
            throw new BadRequest("'q' is missing: what to search for (ceasefire AND Gaza)");
        }
        if (index == null) {
            throw new NotFound("this server has no search index");
        }
        SearchQuery query = new SearchQuery(q, p.date("from"), p.date("to"), p.text("source"), p.integer("limit", 20, 1, 200));
        List<SearchHit> hits;
        try {
            hits = index.search(query);
        } catch (SearchException e) {
            throw new BadRequest(e.getMessage());
        }
        ObjectNode n = JSON.createObjectNode();
        n.put("query", q);
        ArrayNode a = n.putArray("hits");
        for (SearchHit h : hits) {
            a.add(SearchHitJson.toNode(h).put("num_events", store.countEvents(EventQuery.all().withArticle(h.id()))));
        }
        send(ctx, n);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
