package dev.dyadic.sources;

import dev.dyadic.model.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text articles. Optional header lines at the top ({@code Title:}, {@code Date:}, {@code Source:},
 * {@code URL:}, {@code Language:}, keys in any case) end at a blank line or at the first line that is not a header; the rest is the
 * text, exactly as read. If the first line is not a header, the whole file is text.
 */
final class TextFileFormat {
    private static final Pattern HEADER = Pattern.compile("(?i)(title|date|source|url|language)[ \\t]*:[ \\t]*(.*)");

    private TextFileFormat() {
    }

    /**
     * @param content the decoded file (line endings already LF)
     * @param id      the article id (the file name without extension)
     * @param origin  where it came from
     */
    static SourceRecord.Read parse(String content, String id, String origin) throws Skip {
        String title = null;
        String dateValue = null;
        String source = null;
        String url = null;
        String language = null;
        int pos = 0;
        while (pos < content.length()) {
            int end = content.indexOf('\n', pos);
            int next = end < 0 ? content.length() : end + 1;
            String line = content.substring(pos, end < 0 ? content.length() : end);
            Matcher m = HEADER.matcher(line);
            if (m.matches()) {
                String value = m.group(2).strip();
                String v = value.isEmpty() ? null : value;
                switch (m.group(1).toLowerCase(Locale.ROOT)) {
                    case "title" -> title = v;
                    case "date" -> dateValue = v;
                    case "source" -> source = v;
                    case "language" -> language = v;
                    default -> url = v;
                }
                pos = next;
            } else {
                if (pos > 0 && line.isBlank()) {
                    pos = next; // the blank line that ends the headers
                }
                break;
            }
        }
        String text = content.substring(pos);
        if (text.isBlank()) {
            throw new Skip("no text, skipped");
        }
        List<String> warnings = new ArrayList<>();
        LocalDate date = null;
        if (dateValue != null) {
            date = Dates.parse(dateValue).orElse(null);
            if (date == null) {
                warnings.add("unreadable date '" + dateValue + "'");
            }
        }
        return new SourceRecord.Read(new Article(id, date, title, source, url, text, origin, language), warnings);
    }
}
