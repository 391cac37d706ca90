package dev.dyadic.sources;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** A plain-text article: optional header lines ({@code Title:}, {@code Date:}, {@code Source:}, {@code URL:}) before a blank line, then the body. */
final class TextArticle {
    static final Set<String> HEADERS = Set.of("title", "date", "source", "url");

    final Map<String, String> headers = new LinkedHashMap<>();
    final String body;

    private TextArticle(String body) {
        this.body = body;
    }

    static TextArticle parse(String text) {
        String[] lines = text.split("\n", -1);
        Map<String, String> found = new LinkedHashMap<>();
        int i = 0;
        while (i < lines.length && !lines[i].isBlank()) {
            int colon = lines[i].indexOf(':');
            String key = colon > 0 ? lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT) : "";
            if (!HEADERS.contains(key)) {
                break;
            }
            found.put(key, lines[i].substring(colon + 1).strip());
            i++;
        }
        boolean hasHeader = !found.isEmpty() && (i == lines.length || lines[i].isBlank());
        if (!hasHeader) {
            return new TextArticle(text.strip());
        }
        StringBuilder body = new StringBuilder();
        for (int j = i; j < lines.length; j++) {
            body.append(lines[j]).append('\n');
        }
        TextArticle a = new TextArticle(body.toString().strip());
        a.headers.putAll(found);
        return a;
    }
}
