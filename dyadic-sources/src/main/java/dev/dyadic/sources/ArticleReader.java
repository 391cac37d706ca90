package dev.dyadic.sources;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dyadic.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads articles from files, folders (recursively, in name order, hidden files left out) and streams:
 * {@code .txt} with optional headers, {@code .html}, and {@code .jsonl} (one article a line, streamed). Bad input
 * becomes a {@link SourceRecord.Problem} that names the file (and line) and reading goes on.
 */
public final class ArticleReader {
    public static final long DEFAULT_MAX_ARTICLE_BYTES = 5L * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final long maxArticleBytes;

    public ArticleReader() {
        this(DEFAULT_MAX_ARTICLE_BYTES);
    }

    /** @param maxArticleBytes larger files (and JSON lines) are skipped */
    public ArticleReader(long maxArticleBytes) {
        this.maxArticleBytes = maxArticleBytes;
    }

    /** Kinds of input, by file extension. */
    enum Format {
        TXT, HTML, JSONL;

        static Optional<Format> of(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            int dot = name.lastIndexOf('.');
            String ext = dot < 0 ? "" : name.substring(dot + 1);
            return switch (ext) {
                case "", "txt", "text" -> Optional.of(TXT);
                case "html", "htm" -> Optional.of(HTML);
                case "jsonl", "ndjson", "json" -> Optional.of(JSONL);
                default -> Optional.empty();
            };
        }
    }

    /** Reads files and folders lazily, in the order given (folder contents in name order). */
    public Iterator<SourceRecord> read(List<Path> paths) {
        return new LazyRecords(paths);
    }

    /** Reads one stream in the given format ("jsonl", "txt" or "html"); messages call it {@code <stdin>}. */
    public Iterator<SourceRecord> read(InputStream in, String format) {
        String where = "<stdin>";
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "jsonl", "json", "ndjson" -> new JsonLines(in, where, "stdin");
            case "txt", "text", "html", "htm" -> {
                try {
                    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxArticleBytes + 1));
                    if (bytes.length > maxArticleBytes) {
                        yield List.<SourceRecord>of(new SourceRecord.Problem(where, "input too large (more than "
                                + FileText.mb(maxArticleBytes) + " limit), skipped")).iterator();
                    }
                    String text = FileText.decode(bytes, "");
                    Format f = format.toLowerCase(Locale.ROOT).startsWith("htm") ? Format.HTML : Format.TXT;
                    yield List.of(article(text, f, "stdin", where)).iterator();
                } catch (FileText.Refused r) {
                    yield List.<SourceRecord>of(new SourceRecord.Problem(where, r.getMessage())).iterator();
                } catch (IOException e) {
                    yield List.<SourceRecord>of(new SourceRecord.Problem(where, "cannot read (" + e.getMessage() + "), skipped")).iterator();
                }
            }
            default -> throw new IllegalArgumentException("unknown input format '" + format + "' (jsonl, txt or html)");
        };
    }

    /** Walks the paths one file at a time; a JSON-lines file is itself streamed. */
    private final class LazyRecords implements Iterator<SourceRecord> {
        private final Deque<Path> pending;
        private Iterator<SourceRecord> current = Collections.emptyIterator();
        private SourceRecord next;

        LazyRecords(List<Path> paths) {
            pending = new ArrayDeque<>(paths);
        }

        @Override
        public boolean hasNext() {
            while (next == null) {
                if (current.hasNext()) {
                    next = current.next();
                } else if (pending.isEmpty()) {
                    return false;
                } else {
                    current = open(pending.removeFirst(), true);
                }
            }
            return true;
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

        private Iterator<SourceRecord> open(Path path, boolean named) {
            if (Files.isDirectory(path)) {
                List<Path> files = new ArrayList<>();
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(p -> !hidden(path, p)).filter(p -> Format.of(p).isPresent())
                            .sorted().forEach(files::add);
                } catch (IOException | UncheckedIOException e) {
                    return one(new SourceRecord.Problem(path.toString(), "cannot list the folder (" + e.getMessage() + ")"));
                }
                for (int i = files.size() - 1; i >= 0; i--) {
                    pending.addFirst(files.get(i));
                }
                return Collections.emptyIterator();
            }
            if (!Files.exists(path)) {
                return one(new SourceRecord.Problem(path.toString(), "no such file or folder"));
            }
            Optional<Format> format = Format.of(path);
            if (format.isEmpty()) {
                String name = path.getFileName().toString();
                return one(new SourceRecord.Problem(path.toString(), "unsupported file type (" + name.substring(name.lastIndexOf('.'))
                        + "; .txt, .html or .jsonl), skipped"));
            }
            String where = path.toString();
            if (format.get() == Format.JSONL) {
                try {
                    return new JsonLines(Files.newInputStream(path), where, stem(path));
                } catch (IOException e) {
                    return one(new SourceRecord.Problem(where, "cannot read (" + e.getMessage() + "), skipped"));
                }
            }
            try {
                return one(article(FileText.read(path, maxArticleBytes), format.get(), stem(path), where));
            } catch (FileText.Refused r) {
                return one(new SourceRecord.Problem(where, r.getMessage()));
            } catch (IOException e) {
                return one(new SourceRecord.Problem(where, "cannot read (" + e.getMessage() + "), skipped"));
            }
        }
    }

    private static boolean hidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static Iterator<SourceRecord> one(SourceRecord r) {
        return List.of(r).iterator();
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** A whole-file article in text or HTML form. */
    private static SourceRecord article(String content, Format format, String id, String where) {
        List<String> warnings = new ArrayList<>();
        String title;
        String dateText;
        String source;
        String url;
        String body;
        if (format == Format.HTML) {
            HtmlArticle h = HtmlArticle.parse(content);
            title = h.title;
            dateText = h.date;
            source = h.source;
            url = h.url;
            body = h.body;
        } else {
            TextArticle t = TextArticle.parse(content);
            title = t.headers.get("title");
            dateText = t.headers.get("date");
            source = t.headers.get("source");
            url = t.headers.get("url");
            body = t.body;
        }
        if (body.isBlank()) {
            return new SourceRecord.Problem(where, "no article text, skipped");
        }
        LocalDate date = date(dateText, title, body, warnings);
        return new SourceRecord.Read(new Article(id, date, title, source, url, body, where), warnings);
    }

    /** The publication date as given, or one found in the text, with a warning when it is not given. */
    private static LocalDate date(String given, String title, String body, List<String> warnings) {
        if (given != null && !given.isBlank()) {
            Optional<LocalDate> d = Dates.parse(given);
            if (d.isPresent()) {
                return d.get();
            }
            warnings.add("unreadable date '" + given + "'");
        }
        Optional<LocalDate> found = DateInText.find(title == null ? body : title + "\n" + body);
        if (found.isPresent()) {
            warnings.add("no publication date; using " + found.get() + " found in the text");
            return found.get();
        }
        warnings.add("no publication date; relative dates such as 'on Thursday' cannot be resolved");
        return null;
    }

    /** A stream of JSON lines, read one bounded line at a time. */
    private final class JsonLines implements Iterator<SourceRecord> {
        private final InputStream in;
        private final BoundedLineReader lines;
        private final String where;
        private final String stem;
        private SourceRecord next;
        private boolean done;

        JsonLines(InputStream in, String where, String stem) {
            this.in = in;
            this.lines = new BoundedLineReader(in, maxArticleBytes);
            this.where = where;
            this.stem = stem;
        }

        @Override
        public boolean hasNext() {
            while (next == null && !done) {
                try {
                    BoundedLineReader.Line line = lines.next();
                    if (line == null) {
                        finish();
                    } else {
                        next = record(line);
                    }
                } catch (IOException e) {
                    next = new SourceRecord.Problem(where, "cannot read further (" + e.getMessage() + ")");
                    finish();
                }
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

        private void finish() {
            done = true;
            try {
                in.close();
            } catch (IOException e) {
                // nothing more to read anyway
            }
        }

        private SourceRecord record(BoundedLineReader.Line line) {
            String at = where + ":" + line.number();
            if (line.tooLong()) {
                return new SourceRecord.Problem(at, "line too large (" + FileText.mb(line.length()) + " > "
                        + FileText.mb(maxArticleBytes) + " limit), skipped");
            }
            if (line.number() == 1 && FileText.isBinary(line.bytes())) {
                done = true;
                return new SourceRecord.Problem(where, "binary file, skipped");
            }
            String text;
            try {
                text = FileText.decode(line.bytes(), " of the line");
            } catch (FileText.Refused r) {
                return r.getMessage().startsWith("empty") ? null : new SourceRecord.Problem(at, r.getMessage());
            }
            JsonNode node;
            try {
                node = JSON.readTree(text);
            } catch (JsonProcessingException e) {
                return new SourceRecord.Problem(at, "broken JSON (" + e.getOriginalMessage().lines().findFirst().orElse("") + "), skipped");
            }
            if (node == null || !node.isObject()) {
                return new SourceRecord.Problem(at, "not a JSON object, skipped");
            }
            String body = node.path("text").isTextual() ? node.get("text").asText() : "";
            if (body.isBlank()) {
                return new SourceRecord.Problem(at, "no text, skipped");
            }
            String id = node.hasNonNull("id") && !node.get("id").asText().isBlank() ? node.get("id").asText() : stem + "-" + line.number();
            String title = textOrNull(node, "title");
            List<String> warnings = new ArrayList<>();
            String dateText = node.hasNonNull("date") ? node.get("date").asText() : null;
            LocalDate date = date(dateText, title, body, warnings);
            return new SourceRecord.Read(new Article(id, date, title, textOrNull(node, "source"), textOrNull(node, "url"),
                    body.replace("\r\n", "\n"), at), warnings);
        }
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }
}
