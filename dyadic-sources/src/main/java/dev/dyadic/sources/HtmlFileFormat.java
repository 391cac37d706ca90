package dev.dyadic.sources;

import dev.dyadic.model.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * HTML pages, read with jsoup. Title from {@code <title>} or the first {@code <h1>}; date from the usual meta tags
 * or a {@code <time datetime>}; source from {@code og:site_name}; URL from the canonical link or {@code og:url}.
 * The text is the paragraphs of the {@code <article>} (or {@code <main>}, else the body) joined by blank lines,
 * after scripts, styles, navigation, headers, footers and asides are removed.
 */
final class HtmlFileFormat {
    /** Meta tags (by property, name or itemprop, lower case) that give the publication date, best first. */
    private static final List<String> DATE_META = List.of("article:published_time", "og:published_time", "date",
            "pubdate", "dc.date", "dc.date.issued", "datepublished");
    private static final String NOISE = "script, style, noscript, template, nav, header, footer, aside";

    private HtmlFileFormat() {
    }

    static SourceRecord.Read parse(String html, String id, String origin) throws Skip {
        Document doc = Jsoup.parse(html);
        Map<String, String> meta = meta(doc);
        List<String> warnings = new ArrayList<>();
        String title = title(doc, meta);
        LocalDate date = date(doc, meta, warnings);
        String source = meta.get("og:site_name");
        String url = Optional.ofNullable(doc.selectFirst("link[rel=canonical][href]"))
                .map(e -> e.attr("href").strip()).filter(s -> !s.isEmpty()).orElse(meta.get("og:url"));
        String language = Optional.ofNullable(doc.selectFirst("html[lang]")).map(e -> e.attr("lang").strip())
                .filter(s -> !s.isEmpty()).orElse(meta.get("og:locale") == null ? null : meta.get("og:locale").replace('_', '-'));
        doc.select(NOISE).remove();
        String text = text(doc);
        if (text.isBlank()) {
            throw new Skip("no text, skipped");
        }
        return new SourceRecord.Read(new Article(id, date, title, source, url, text, origin, language), warnings);
    }

    private static Map<String, String> meta(Document doc) {
        Map<String, String> meta = new LinkedHashMap<>();
        for (Element e : doc.select("meta[content]")) {
            String content = e.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String attr : new String[] {"property", "name", "itemprop"}) {
                String key = e.attr(attr).strip().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) {
                    meta.putIfAbsent(key, content);
                }
            }
        }
        return meta;
    }

    private static String title(Document doc, Map<String, String> meta) {
        String title = doc.title().strip();
        if (title.isEmpty()) {
            Element h1 = doc.selectFirst("h1");
            title = h1 == null ? "" : h1.text().strip();
        }
        if (title.isEmpty()) {
            title = meta.getOrDefault("og:title", "");
        }
        return title.isEmpty() ? null : title;
    }

    private static LocalDate date(Document doc, Map<String, String> meta, List<String> warnings) {
        List<String> candidates = new ArrayList<>();
        for (String key : DATE_META) {
            if (meta.containsKey(key)) {
                candidates.add(meta.get(key));
            }
        }
        Elements times = doc.select("time[pubdate][datetime]");
        times.addAll(doc.select("time[datetime]"));
        for (Element t : times) {
            String v = t.attr("datetime").strip();
            if (!v.isEmpty()) {
                candidates.add(v);
            }
        }
        for (String c : candidates) {
            Optional<LocalDate> d = Dates.parse(c);
            if (d.isPresent()) {
                return d.get();
            }
        }
        if (!candidates.isEmpty()) {
            warnings.add("unreadable date '" + candidates.get(0) + "'");
        }
        return null;
    }

    private static String text(Document doc) {
        Element container = null;
        int best = -1;
        for (Element article : doc.select("article")) {
            int length = article.select("p").text().length();
            if (length > best) {
                best = length;
                container = article;
            }
        }
        if (container == null) {
            container = doc.selectFirst("main");
        }
        if (container == null) {
            container = doc.body();
        }
        String paragraphs = container.select("p").stream().map(Element::text).map(String::strip)
                .filter(s -> !s.isEmpty()).collect(Collectors.joining("\n\n"));
        return paragraphs.isEmpty() ? container.text().strip() : paragraphs;
    }
}
