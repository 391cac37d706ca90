package dev.dyadic.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The one JSON form of a search hit, printed by {@code dyadic search --format jsonl} and answered by the dashboard's
 * {@code /api/search}: {@code article_id, published, source, title, url} (null ones left out), {@code score}, and
 * {@code snippets}, each {@code {"text", "begin", "end", "highlights": [{"begin", "end"}]}}. Every offset points into
 * the article's text, like evidence offsets: a highlight's words are {@code text.substring(h.begin - begin, h.end - begin)}.
 */
public final class SearchHitJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SearchHitJson() {
    }

    public static ObjectNode toNode(SearchHit hit) {
        ObjectNode n = JSON.createObjectNode();
        n.put("article_id", hit.id());
        if (hit.published() != null) {
            n.put("published", hit.published().toString());
        }
        if (hit.source() != null) {
            n.put("source", hit.source());
        }
        if (hit.title() != null) {
            n.put("title", hit.title());
        }
        if (hit.url() != null) {
            n.put("url", hit.url());
        }
        n.put("score", hit.score());
        ArrayNode snippets = n.putArray("snippets");
        for (Snippet s : hit.snippets()) {
            ObjectNode o = snippets.addObject();
            o.put("text", s.text());
            o.put("begin", s.begin());
            o.put("end", s.end());
            ArrayNode highlights = o.putArray("highlights");
            s.highlights().forEach(h -> highlights.addObject().put("begin", s.begin() + h.begin()).put("end", s.begin() + h.end()));
        }
        return n;
    }
}
