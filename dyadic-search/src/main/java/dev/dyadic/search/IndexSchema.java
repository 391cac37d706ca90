package dev.dyadic.search;

import dev.dyadic.model.Article;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;

/** The one place that says how an article becomes a Lucene document: field names, field types and the analyzer. */
final class IndexSchema {
    /** Article id: an indexed term (update, delete), a stored value and a doc value (listing). */
    static final String ID = "id";
    /** Caller's content hash: a stored value and a doc value (listing without reading the stored text). */
    static final String HASH = "hash";
    static final String TITLE = "title";
    static final String TEXT = "text";
    /** Epoch day: a point (range filter), a doc value (sorting) and a stored value. */
    static final String DATE = "date";
    /** Publisher as given, stored only. */
    static final String SOURCE = "source";
    /** Publisher lower-cased, indexed as one term for exact filtering. */
    static final String SOURCE_KEY = "source_key";
    static final String URL = "url";

    /** Fields searched by the query parser, and their boosts. */
    static final String[] SEARCHED = {TITLE, TEXT};
    static final float TITLE_BOOST = 1.5f;

    /** Stored fields read back for a hit. */
    static final Set<String> HIT_FIELDS = Set.of(ID, TITLE, DATE, SOURCE, URL);

    /** Analysed, stored, with offsets in the postings so the highlighter locates matches exactly. */
    private static final FieldType ANALYSED_WITH_OFFSETS;

    static {
        FieldType t = new FieldType();
        t.setTokenized(true);
        t.setStored(true);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        ANALYSED_WITH_OFFSETS = t;
    }

    private IndexSchema() {
    }

    /** The analyzer used both to index and to parse queries: English, with stop words and Porter stemming. */
    static Analyzer newAnalyzer() {
        return new EnglishAnalyzer();
    }

    /** The key a publisher is filtered by. */
    static String sourceKey(String source) {
        return source.strip().toLowerCase(Locale.ROOT);
    }

    static Document toDocument(Article article, String contentHash) {
        Document doc = new Document();
        doc.add(new StringField(ID, article.id(), Field.Store.YES));
        doc.add(new BinaryDocValuesField(ID, new BytesRef(article.id())));
        doc.add(new StoredField(HASH, contentHash));
        doc.add(new BinaryDocValuesField(HASH, new BytesRef(contentHash)));
        if (article.title() != null) {
            doc.add(new Field(TITLE, article.title(), ANALYSED_WITH_OFFSETS));
        }
        doc.add(new Field(TEXT, article.text(), ANALYSED_WITH_OFFSETS));
        if (article.date() != null) {
            long day = article.date().toEpochDay();
            doc.add(new LongPoint(DATE, day));
            doc.add(new NumericDocValuesField(DATE, day));
            doc.add(new StoredField(DATE, day));
        }
        if (article.source() != null && !article.source().isBlank()) {
            doc.add(new StoredField(SOURCE, article.source()));
            doc.add(new StringField(SOURCE_KEY, sourceKey(article.source()), Field.Store.NO));
        }
        if (article.url() != null) {
            doc.add(new StoredField(URL, article.url()));
        }
        return doc;
    }

    static LocalDate date(Document doc) {
        IndexableField f = doc.getField(DATE);
        return f == null || f.numericValue() == null ? null : LocalDate.ofEpochDay(f.numericValue().longValue());
    }
}
