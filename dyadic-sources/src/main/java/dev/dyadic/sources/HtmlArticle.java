package dev.dyadic.sources;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/** The article in an HTML page (jsoup): title, publication date, site name, canonical address and main text. */
final class HtmlArticle {
    final String title;
    final String date;
    final String source;
    final String url;
    final String body;

    private HtmlArticle(String title, String date, String source, String url, String body) {
        this.title = title;
        this.date = date;
        this.source = source;
        this.url = url;
        this.body = body;
    }

    static HtmlArticle parse(String html) {
        Document doc = Jsoup.parse(html);
        String title = doc.title().isBlank() ? textOf(doc.selectFirst("h1")) : doc.title().strip();
        String date = firstNonBlank(
                meta(doc, "meta[property=article:published_time]"), meta(doc, "meta[name=date]"),
                meta(doc, "meta[name=pubdate]"), meta(doc, "meta[property=og:published_time]"),
                meta(doc, "meta[name=DC.date]"), meta(doc, "meta[name=dc.date]"),
                attr(doc.selectFirst("time[datetime]"), "datetime"));
        String source = meta(doc, "meta[property=og:site_name]");
        String url = firstNonBlank(attr(doc.selectFirst("link[rel=canonical]"), "href"), meta(doc, "meta[property=og:url]"));
        doc.select("script, style, noscript, nav, header, footer, aside, form, iframe").remove();
        Element main = doc.selectFirst("article");
        if (main == null) {
            main = doc.selectFirst("main");
        }
        if (main == null) {
            main = doc.body();
        }
        StringBuilder body = new StringBuilder();
        if (main != null) {
            Elements blocks = main.select("p, h2, h3, li, blockquote");
            if (blocks.isEmpty()) {
                body.append(main.text());
            }
            for (Element b : blocks) {
                if (b.parents().stream().anyMatch(p -> blocks.contains(p))) {
                    continue;
                }
                String t = b.text().strip();
                if (!t.isEmpty()) {
                    body.append(t).append("\n\n");
                }
            }
        }
        return new HtmlArticle(blankToNull(title), blankToNull(date), blankToNull(source), blankToNull(url), body.toString().strip());
    }

    private static String meta(Document doc, String selector) {
        return attr(doc.selectFirst(selector), "content");
    }

    private static String attr(Element e, String name) {
        return e == null ? null : e.attr(name);
    }

    private static String textOf(Element e) {
        return e == null ? null : e.text();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
