package dev.dyadic.cli;

import dev.dyadic.model.Article;
import dev.dyadic.search.ArticleIndex;
import dev.dyadic.store.EventStore;
import dev.dyadic.search.SearchException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Brings the search index in line with the database: the database is the truth, the index is rebuilt from it where
 * they differ (after an ingest, after an ingest was killed, or when the index folder was deleted). The index's commit
 * records the database's fingerprint, so an index that is current costs one query to confirm.
 */
final class SearchIndexSync {
    /** What a sync did. */
    record Result(int added, int removed) {
    }

    private SearchIndexSync() {
    }

    static Result sync(EventStore store, ArticleIndex index) {
        String fingerprint = store.articlesFingerprint();
        if (fingerprint.equals(index.fingerprint())) {
            return new Result(0, 0);
        }
        Map<String, String> stored = store.articleHashes();
        Map<String, String> indexed = index.indexedHashes();
        int added = 0;
        int removed = 0;
        for (Map.Entry<String, String> e : stored.entrySet()) {
            if (!e.getValue().equals(indexed.get(e.getKey()))) {
                Article a = store.article(e.getKey()).orElse(null);
                if (a != null) {
                    index.put(a, e.getValue());
                    added++;
                }
            }
        }
        for (String id : indexed.keySet()) {
            if (!stored.containsKey(id)) {
                index.remove(id);
                removed++;
            }
        }
        index.commit(fingerprint);
        return new Result(added, removed);
    }

    /**
     * The index in {@code dir}, first brought up to date with the database (a message on {@code err} says so when it
     * changed); opened read-only, as it is, when another process is writing it.
     */
    static ArticleIndex openCurrent(EventStore store, Path dir, PrintWriter err) {
        ArticleIndex index;
        try {
            index = ArticleIndex.open(dir);
        } catch (SearchException e) {
            if (!Files.isDirectory(dir)) {
                throw e;
            }
            err.println("warning: " + e.getMessage() + "; searching the index as it is");
            return ArticleIndex.openReadOnly(dir);
        }
        try {
            Result r = sync(store, index);
            if (r.added() + r.removed() > 0) {
                err.printf(Locale.ROOT, "(search index %s brought up to date: %d articles indexed, %d removed)%n",
                        dir, r.added(), r.removed());
            }
            return index;
        } catch (RuntimeException e) {
            index.close();
            throw e;
        }
    }
}
