package dev.dyadic.model;

/**
 * The sentence that shows an event, located in the article's original text.
 *
 * @param sentence index of the sentence in the article
 * @param begin    character offset in the article text
 * @param end      end offset (exclusive)
 * @param text     the sentence text ({@code article.text().substring(begin, end)})
 */
public record Evidence(int sentence, int begin, int end, String text) {
}
