package dev.dyadic.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as read from a source, before any analysis.
 *
 * @param id     stable identifier (from the input, or derived from the file name)
 * @param date   publication date; {@code null} when neither the input nor the text gives one
 * @param title  headline, may be {@code null}
 * @param source publisher or agency, may be {@code null}
 * @param url    may be {@code null}
 * @param text   the body as read (never cleaned: evidence offsets point into this text)
 * @param origin   where it came from, for messages: {@code path} or {@code path:line}
 * @param language the language the input declares (BCP 47: "en", "en-GB"), or {@code null} when it declares none
 */
public record Article(String id, LocalDate date, String title, String source, String url, String text, String origin,
                      String language) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    /** An article whose input declares no language. */
    public Article(String id, LocalDate date, String title, String source, String url, String text, String origin) {
        this(id, date, title, source, url, text, origin, null);
    }

    public Article withDate(LocalDate newDate) {
        return new Article(id, newDate, title, source, url, text, origin, language);
    }
}
