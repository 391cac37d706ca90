package dev.dyadic.sources;

import dev.dyadic.model.Article;
import java.util.List;

/** What a reader yields for each input: an article with its warnings, or a problem that made it skip one. */
public sealed interface SourceRecord {

    /**
     * An article read, with warnings about it ("no publication date; ...").
     *
     * @param partOf the article this text is a passage of (the {@code article} field of a JSON line: sentences of one
     *               story given line by line), or {@code null} when it is a whole article
     */
    record Read(Article article, List<String> warnings, String partOf) implements SourceRecord {
        public Read {
            warnings = List.copyOf(warnings);
        }

        /** A whole article. */
        public Read(Article article, List<String> warnings) {
            this(article, warnings, null);
        }
    }

    /** An input skipped: where ("in/a.jsonl:2") and why ("broken JSON (...), skipped"). */
    record Problem(String where, String message) implements SourceRecord {
    }
}
