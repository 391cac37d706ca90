package dev.dyadic.sources;

import dev.dyadic.model.Article;
import java.util.List;

/** What a reader yields for each input: an article with its warnings, or a problem that made it skip one. */
public sealed interface SourceRecord {

    /** An article read, with warnings about it ("no publication date; ..."). */
    record Read(Article article, List<String> warnings) implements SourceRecord {
        public Read {
            warnings = List.copyOf(warnings);
        }
    }

    /** An input skipped: where ("in/a.jsonl:2") and why ("broken JSON (...), skipped"). */
    record Problem(String where, String message) implements SourceRecord {
    }
}
