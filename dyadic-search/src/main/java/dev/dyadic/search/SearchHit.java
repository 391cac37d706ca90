package dev.dyadic.search;

import java.time.LocalDate;
import java.util.List;

/**
 * One article found by a search.
 *
 * @param id        the article's id
 * @param title     its title, or {@code null}
 * @param published its publication date, or {@code null}
 * @param source    its publisher as stored (original case), or {@code null}
 * @param url       its URL, or {@code null}
 * @param score     relevance (higher is better; 0 for a query without text)
 * @param snippets  passages of the article text in text order, matched words located; may be empty
 */
public record SearchHit(String id, String title, LocalDate published, String source, String url, float score,
                        List<Snippet> snippets) {
    public SearchHit {
        snippets = snippets == null ? List.of() : List.copyOf(snippets);
    }
}
