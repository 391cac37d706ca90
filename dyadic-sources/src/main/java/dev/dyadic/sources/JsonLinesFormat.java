package dev.dyadic.sources;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.dyadic.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * JSON lines: one object a line with {@code id}, {@code date}, {@code title}, {@code source}, {@code url},
 * {@code text}, and {@code article} when the line is a passage of a longer story. Streams the input a line at a time (files can be gigabytes); a bad line gives a problem and reading
 * goes on with the next one. The input is opened on the first call to {@code hasNext} and closed at its end.
 */
final class JsonLinesFormat implements Iterator<SourceRecord> {
    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final int MAX_MESSAGE = 160;

    /** Opens the input; called once, lazily. */
    interface Opener {
        InputStream open() throws IOException;
    }

    private final Opener opener;
    private final String name;
    private final String stem;
    private final long maxBytes;
    private final boolean close;
    private BoundedLineReader lines;
    private boolean done;
    private boolean sawLine;
    private SourceRecord next;

    /**
     * @param opener   opens the input
     * @param name     the file as shown in origins and problems ("x.jsonl", "&lt;stdin&gt;")
     * @param stem     start of the ids made up for lines without one ("x" gives "x-3")
     * @param maxBytes longest line read
     * @param close    whether to close the input at its end
     */
    JsonLinesFormat(Opener opener, String name, String stem, long maxBytes, boolean close) {
        this.opener = opener;
        this.name = name;
        this.stem = stem;
        this.maxBytes = maxBytes;
        this.close = close;
    }

    @Override
    public boolean hasNext() {
        while (next == null && !done) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public SourceRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        SourceRecord r = next;
        next = null;
        return r;
    }

    /** The next record, or null for a line that gives none (blank) or at the end. */
    private SourceRecord advance() {
        try {
            if (lines == null) {
                Optional<SourceRecord.Problem> p = open();
                if (p.isPresent()) {
                    finish();
                    return p.get();
                }
            }
            if (!lines.next()) {
                finish();
                return sawLine ? null : new SourceRecord.Problem(name, "empty file, skipped");
            }
            return line();
        } catch (IOException e) {
            String where = lines == null ? name : name + ":" + (lines.number() + 1);
            finish();
            return new SourceRecord.Problem(where, IoMessages.describe(e));
        } catch (RuntimeException e) {
            String where = lines == null ? name : name + ":" + lines.number();
            if (lines == null) {
                finish();
            }
            return new SourceRecord.Problem(where, "could not read (" + e + "), skipped");
        }
    }

    private Optional<SourceRecord.Problem> open() throws IOException {
        lines = new BoundedLineReader(opener.open(), maxBytes);
        byte[] head = lines.peek(Binary.SAMPLE);
        if (Utf8.hasUtf16Bom(head, head.length)) {
            return Optional.of(new SourceRecord.Problem(name, "UTF-16 JSON lines are not supported (convert to UTF-8), skipped"));
        }
        if (Binary.looksBinary(head, 0, head.length)) {
            return Optional.of(new SourceRecord.Problem(name, "binary file, skipped"));
        }
        return Optional.empty();
    }

    private SourceRecord line() {
        long n = lines.number();
        String where = name + ":" + n;
        if (lines.tooLong()) {
            sawLine = true;
            return new SourceRecord.Problem(where, Sizes.tooLarge("line", lines.totalLength(), maxBytes));
        }
        byte[] bytes = lines.bytes();
        int bom = n == 1 ? Utf8.bomLength(bytes, 0, lines.length()) : 0;
        String json;
        try {
            json = Utf8.decode(bytes, bom, lines.length() - bom);
        } catch (Utf8.Malformed e) {
            sawLine = true;
            return new SourceRecord.Problem(where, "not valid UTF-8 (at byte " + (bom + e.offset) + " of the line), skipped");
        }
        if (json.isBlank()) {
            return null;
        }
        sawLine = true;
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return new SourceRecord.Problem(where, "broken JSON (" + shortMessage(e) + "), skipped");
        }
        if (node == null || !node.isObject()) {
            return new SourceRecord.Problem(where, "not a JSON object, skipped");
        }
        try {
            return article(node, n, where);
        } catch (Skip s) {
            return new SourceRecord.Problem(where, s.getMessage());
        }
    }

    private SourceRecord.Read article(JsonNode node, long n, String where) throws Skip {
        JsonNode textNode = node.get("text");
        if (textNode == null || textNode.isNull() || (textNode.isTextual() && textNode.asText().isBlank())) {
            throw new Skip("no text, skipped");
        }
        if (!textNode.isTextual()) {
            throw new Skip("text is not a string, skipped");
        }
        List<String> warnings = new ArrayList<>();
        String madeUpId = stem + "-" + n;
        String id = madeUpId;
        JsonNode idNode = node.get("id");
        if (idNode != null && (idNode.isTextual() || idNode.isNumber())) {
            id = idNode.asText().isBlank() ? madeUpId : idNode.asText();
        } else if (idNode != null && !idNode.isNull()) {
            warnings.add("id is not a string or number; using '" + madeUpId + "'");
        }
        LocalDate date = null;
        JsonNode dateNode = node.get("date");
        if (dateNode != null && !dateNode.isNull() && !(dateNode.isTextual() && dateNode.asText().isBlank())) {
            date = dateNode.isTextual() ? Dates.parse(dateNode.asText()).orElse(null) : null;
            if (date == null) {
                warnings.add("unreadable date '" + (dateNode.isTextual() ? dateNode.asText() : dateNode.toString()) + "'");
            }
        }
        String text = LineEndings.normalize(textNode.asText());
        Article article = new Article(id, date, string(node, "title"), string(node, "source"), string(node, "url"), text, where,
                string(node, "language") != null ? string(node, "language") : string(node, "lang"));
        return new SourceRecord.Read(article, warnings, string(node, "article"));
    }

    private static String string(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isValueNode() || v.isNull()) {
            return null;
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }

    static String shortMessage(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        int nl = m.indexOf('\n');
        if (nl >= 0) {
            m = m.substring(0, nl);
        }
        int marker = m.indexOf(" (start marker at");
        if (marker > 0) {
            m = m.substring(0, marker);
        }
        m = m.strip();
        return m.length() > MAX_MESSAGE ? m.substring(0, MAX_MESSAGE) + "..." : m;
    }

    private void finish() {
        done = true;
        if (lines != null && close) {
            try {
                lines.close();
            } catch (IOException ignored) {
                // nothing more to read from it anyway
            }
        }
    }
}
