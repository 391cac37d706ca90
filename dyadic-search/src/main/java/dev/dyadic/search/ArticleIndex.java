package dev.dyadic.search;

import dev.dyadic.model.Article;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;

/**
 * A full-text index of articles, kept as a Lucene index in a folder of its own (beside the database).
 *
 * <p>Articles are found by title and text (English stemming, Lucene classic query syntax, AND by
 * default), filtered by publication date and publisher, and returned with passages of their text in which the
 * matched words are located. Each article is stored with a caller-given content hash, and each commit with a
 * caller-given fingerprint, so a caller can tell what the index is missing or holds in an older version.
 *
 * <p>Searches, {@link #indexedHashes()} and {@link #fingerprint()} see the last commit; changes made by
 * {@link #put} and {@link #remove} become visible at {@link #commit}, and are dropped if the index is closed
 * without one. Searching is thread-safe; writes are meant to come from one thread.
 */
public final class ArticleIndex implements AutoCloseable {
    /** Key of the fingerprint in a commit's user data. */
    private static final String FINGERPRINT_KEY = "dyadic.fingerprint";
    /** Most passages per hit. */
    private static final int MAX_PASSAGES = 3;
    /** Passages shown for an article whose text has no match (e.g. only its title matched). */
    private static final int NO_MATCH_PASSAGES = 1;
    /** Lucene's lock file, the one file a folder may hold before an index is created in it. */
    private static final String LOCK_FILE = IndexWriter.WRITE_LOCK_NAME;

    private final Path dir;
    private final Directory directory;
    private final Analyzer analyzer;
    /** {@code null} when opened read-only. */
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private volatile boolean closed;

    private ArticleIndex(Path dir, Directory directory, Analyzer analyzer, IndexWriter writer,
                         SearcherManager searchers) {
        this.dir = dir;
        this.directory = directory;
        this.analyzer = analyzer;
        this.writer = writer;
        this.searchers = searchers;
    }

    /**
     * Opens the index in folder {@code dir} for reading and writing, creating folder and index when missing.
     *
     * @throws SearchException when {@code dir} is not a folder, holds files but no index, holds a damaged or
     *                         incompatible index, or is in use by another writer
     */
    public static ArticleIndex open(Path dir) {
        Objects.requireNonNull(dir, "dir");
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new SearchException("Cannot open the search index: " + dir + " is a file, not a folder");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new SearchException("Cannot create the search index folder " + dir + ": " + describe(e), e);
        }
        Analyzer analyzer = IndexSchema.newAnalyzer();
        Directory directory = null;
        IndexWriter writer = null;
        try {
            directory = FSDirectory.open(dir);
            boolean exists = DirectoryReader.indexExists(directory);
            if (!exists) {
                List<String> others = otherFiles(dir);
                if (!others.isEmpty()) {
                    throw new SearchException(dir + " is not a search index: the folder holds other files ("
                            + String.join(", ", others.subList(0, Math.min(3, others.size())))
                            + (others.size() > 3 ? ", ..." : "") + "); give an empty or new folder");
                }
            }
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setCommitOnClose(false);
            writer = new IndexWriter(directory, config);
            if (!exists) {
                writer.commit(); // so that readers can open it at once
            }
            SearcherManager searchers = new SearcherManager(directory, null);
            return new ArticleIndex(dir, directory, analyzer, writer, searchers);
        } catch (Throwable t) {
            closeQuietly(writer, directory, analyzer);
            throw openFailure(dir, t);
        }
    }

    /**
     * Opens the existing index in folder {@code dir} for searching only; takes no write lock, so a writer may hold
     * the index at the same time. The index is seen as of its last commit when opened.
     *
     * @throws SearchException when there is no index in {@code dir}, or it is damaged or incompatible
     */
    public static ArticleIndex openReadOnly(Path dir) {
        Objects.requireNonNull(dir, "dir");
        if (!Files.isDirectory(dir)) {
            throw new SearchException("No search index in " + dir + ": the folder does not exist");
        }
        Analyzer analyzer = IndexSchema.newAnalyzer();
        Directory directory = null;
        try {
            directory = FSDirectory.open(dir);
            if (!DirectoryReader.indexExists(directory)) {
                throw new SearchException("No search index in " + dir + ": the folder holds no Lucene index");
            }
            SearcherManager searchers = new SearcherManager(directory, null);
            return new ArticleIndex(dir, directory, analyzer, null, searchers);
        } catch (Throwable t) {
            closeQuietly(directory, analyzer);
            throw openFailure(dir, t);
        }
    }

    /** The folder of this index. */
    public Path dir() {
        return dir;
    }

    /**
     * Adds an article, or replaces the one with the same id.
     *
     * @param contentHash caller's hash of the article's content, returned by {@link #indexedHashes()}
     */
    public void put(Article article, String contentHash) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(contentHash, "contentHash");
        IndexWriter w = writable();
        try {
            w.updateDocument(new Term(IndexSchema.ID, article.id()), IndexSchema.toDocument(article, contentHash));
        } catch (IOException | AlreadyClosedException e) {
            throw ioFailure("add article " + article.id() + " to", e);
        }
    }

    /** Removes the article with this id, if indexed. */
    public void remove(String id) {
        Objects.requireNonNull(id, "id");
        IndexWriter w = writable();
        try {
            w.deleteDocuments(new Term(IndexSchema.ID, id));
        } catch (IOException | AlreadyClosedException e) {
            throw ioFailure("remove article " + id + " from", e);
        }
    }

    /** The content hash of every article in the last commit, by article id (a new, modifiable map). */
    public Map<String, String> indexedHashes() {
        IndexSearcher searcher = acquire();
        try {
            Map<String, String> hashes = new HashMap<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                LeafReader reader = leaf.reader();
                Bits live = reader.getLiveDocs();
                BinaryDocValues ids = reader.getBinaryDocValues(IndexSchema.ID);
                BinaryDocValues values = reader.getBinaryDocValues(IndexSchema.HASH);
                if (ids == null || values == null) {
                    continue;
                }
                for (int doc = ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc()) {
                    if ((live == null || live.get(doc)) && values.advanceExact(doc)) {
                        hashes.put(ids.binaryValue().utf8ToString(), values.binaryValue().utf8ToString());
                    }
                }
            }
            return hashes;
        } catch (IOException | AlreadyClosedException e) {
            throw ioFailure("read", e);
        } finally {
            release(searcher);
        }
    }

    /**
     * Commits the changes made since the last commit, recording {@code fingerprint} with it (or none when
     * {@code null}); searches see the changes from then on.
     */
    public void commit(String fingerprint) {
        IndexWriter w = writable();
        try {
            w.setLiveCommitData(fingerprint == null ? Map.<String, String>of().entrySet()
                    : Map.of(FINGERPRINT_KEY, fingerprint).entrySet());
            w.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException | AlreadyClosedException e) {
            throw ioFailure("commit", e);
        }
    }

    /** The fingerprint recorded by the last commit, or {@code null} when it recorded none. */
    public String fingerprint() {
        IndexSearcher searcher = acquire();
        try {
            DirectoryReader reader = (DirectoryReader) searcher.getIndexReader();
            return reader.getIndexCommit().getUserData().get(FINGERPRINT_KEY);
        } catch (IOException | AlreadyClosedException e) {
            throw ioFailure("read", e);
        } finally {
            release(searcher);
        }
    }

    /** Number of articles in the last commit. */
    public int size() {
        IndexSearcher searcher = acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            release(searcher);
        }
    }

    /**
     * The articles matching {@code query}, best first; with no query text, every article passing the filters,
     * newest first.
     *
     * @throws SearchException when the query text is not valid query syntax
     */
    public List<SearchHit> search(SearchQuery query) {
        Objects.requireNonNull(query, "query");
        Query textQuery = QueryText.parse(query.text(), analyzer);
        BooleanQuery.Builder builder = new BooleanQuery.Builder()
                .add(textQuery != null ? textQuery : new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        if (query.from() != null || query.to() != null) {
            long from = query.from() != null ? query.from().toEpochDay() : Long.MIN_VALUE;
            long to = query.to() != null ? query.to().toEpochDay() : Long.MAX_VALUE;
            builder.add(LongPoint.newRangeQuery(IndexSchema.DATE, from, to), BooleanClause.Occur.FILTER);
        }
        if (query.source() != null && !query.source().isBlank()) {
            builder.add(new TermQuery(new Term(IndexSchema.SOURCE_KEY, IndexSchema.sourceKey(query.source()))),
                    BooleanClause.Occur.FILTER);
        }
        Query full = builder.build();

        IndexSearcher searcher = acquire();
        try {
            int n = Math.min(query.effectiveLimit(), Math.max(1, searcher.getIndexReader().maxDoc()));
            TopDocs top;
            if (textQuery != null) {
                top = searcher.search(full, n);
            } else {
                SortField newest = new SortField(IndexSchema.DATE, SortField.Type.LONG, true);
                newest.setMissingValue(Long.MIN_VALUE);
                top = searcher.search(full, n, new Sort(newest));
            }
            ScoreDoc[] docs = top.scoreDocs;
            if (docs.length == 0) {
                return List.of();
            }
            int[] docIds = new int[docs.length];
            for (int i = 0; i < docs.length; i++) {
                docIds[i] = docs[i].doc;
            }
            Object[] snippets = new SnippetHighlighter(searcher, analyzer)
                    .snippets(textQuery != null ? textQuery : new MatchAllDocsQuery(), docIds);
            StoredFields stored = searcher.storedFields();
            List<SearchHit> hits = new ArrayList<>(docs.length);
            for (int i = 0; i < docs.length; i++) {
                Document d = stored.document(docs[i].doc, IndexSchema.HIT_FIELDS);
                float score = Float.isNaN(docs[i].score) ? 0f : docs[i].score;
                @SuppressWarnings("unchecked")
                List<Snippet> passages = snippets[i] == null ? List.of() : (List<Snippet>) snippets[i];
                hits.add(new SearchHit(d.get(IndexSchema.ID), d.get(IndexSchema.TITLE), IndexSchema.date(d),
                        d.get(IndexSchema.SOURCE), d.get(IndexSchema.URL), score, passages));
            }
            return hits;
        } catch (IndexSearcher.TooManyClauses e) {
            throw new SearchException(QueryText.quote(query.text())
                    + " matches too many different words (is a wildcard too broad?)", e);
        } catch (IOException | AlreadyClosedException e) {
            throw ioFailure("search", e);
        } finally {
            release(searcher);
        }
    }

    /** Closes the index, dropping changes not committed, and releasing the write lock. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        IOException failure = null;
        for (Closeable c : new Closeable[] {searchers, writer, directory, analyzer}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                }
            }
        }
        if (failure != null) {
            throw ioFailure("close", failure);
        }
    }

    @Override
    public String toString() {
        return "ArticleIndex[" + dir + (writer == null ? ", read-only]" : "]");
    }

    // ---------------------------------------------------------------------------------------------------------

    /** The UnifiedHighlighter, made to return the {@link SnippetFormatter}'s objects. */
    private static final class SnippetHighlighter extends UnifiedHighlighter {
        SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer) {
            super(UnifiedHighlighter.builder(searcher, analyzer)
                    .withFormatter(new SnippetFormatter())
                    .withMaxLength(Integer.MAX_VALUE - 1)
                    .withMaxNoHighlightPassages(NO_MATCH_PASSAGES));
        }

        Object[] snippets(Query query, int[] docIds) throws IOException {
            return highlightFieldsAsObjects(new String[] {IndexSchema.TEXT}, query, docIds,
                    new int[] {MAX_PASSAGES}).get(IndexSchema.TEXT);
        }
    }

    private IndexWriter writable() {
        ensureOpen();
        if (writer == null) {
            throw new SearchException("The search index in " + dir + " is open read-only");
        }
        return writer;
    }

    private void ensureOpen() {
        if (closed) {
            throw new SearchException("The search index in " + dir + " is closed");
        }
    }

    private IndexSearcher acquire() {
        ensureOpen();
        try {
            return searchers.acquire();
        } catch (IOException | AlreadyClosedException e) {
            throw ioFailure("read", e);
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw ioFailure("read", e);
        }
    }

    private SearchException ioFailure(String what, Exception e) {
        return new SearchException("Cannot " + what + " the search index in " + dir + ": " + describe(e), e);
    }

    private static RuntimeException openFailure(Path dir, Throwable t) {
        if (t instanceof SearchException se) {
            return se;
        }
        if (t instanceof Error error) {
            throw error;
        }
        if (t instanceof LockObtainFailedException) {
            return new SearchException("The search index in " + dir
                    + " is in use by another writer (is another dyadic command running?)", t);
        }
        if (t instanceof IndexFormatTooOldException || t instanceof IndexFormatTooNewException) {
            return new SearchException("The search index in " + dir
                    + " was written by an incompatible Lucene version; delete the folder and index again", t);
        }
        if (t instanceof CorruptIndexException) {
            return new SearchException(dir + " does not hold a readable search index (damaged or not a Lucene"
                    + " index); delete the folder and index again", t);
        }
        return new SearchException("Cannot open the search index in " + dir + ": " + describe(t), t);
    }

    /** Entries of {@code dir} other than Lucene's lock file and hidden files. */
    private static List<String> otherFiles(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString())
                    .filter(name -> !name.equals(LOCK_FILE) && !name.startsWith("."))
                    .sorted()
                    .toList();
        }
    }

    private static String describe(Throwable t) {
        String message = t.getMessage();
        if (message == null || message.isBlank()) {
            return t.getClass().getSimpleName();
        }
        int eol = message.indexOf('\n');
        return eol < 0 ? message : message.substring(0, eol);
    }

    private static void closeQuietly(Closeable... closeables) {
        for (Closeable c : closeables) {
            if (c != null) {
                try {
                    c.close();
                } catch (IOException | RuntimeException ignored) {
                    // already failing: the first error is the one to report
                }
            }
        }
    }
}
