package dev.dyadic.model;

import java.time.LocalDate;

/**
 * One sentence that reports a stored event, with the article it is in.
 *
 * @param articleId  the article
 * @param published  the article's publication date, or {@code null}
 * @param source     the article's publisher, or {@code null}
 * @param url        the article's address, or {@code null}
 * @param evidence   the sentence and its offsets in the article's text
 * @param pattern    the pattern that coded it there
 * @param trigger    the words the pattern matched
 * @param confidence the coder's confidence in this mention, 0 to 1
 */
public record EventMention(String articleId, LocalDate published, String source, String url, Evidence evidence,
                           String pattern, String trigger, double confidence) {
}
