package dev.dyadic.sources;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads articles from files, folders and streams: plain text ({@code .txt}, {@code .text} or no extension, with
 * optional {@code Title:}/{@code Date:}/{@code Source:}/{@code URL:} headers), HTML ({@code .html}, {@code .htm})
 * and JSON lines ({@code .jsonl}, {@code .ndjson}, {@code .json}: one object a line).
 *
 * <p>Reading is lazy and streaming: files are opened one at a time as the iterator is advanced, and JSON lines are
 * read a line at a time. Bad input never throws: it gives a {@link SourceRecord.Problem} naming the file or line,
 * and reading goes on. An article without a publication date gets the date its text states ({@link DateInText}),
 * with a warning either way. Text is kept as read, except that line endings become LF and a byte order mark is
 * dropped. Instances are immutable and may be shared.
 */
public final class ArticleReader {
    /** Articles (whole files, or JSON lines) larger than this are skipped by default: 5 MB. */
    public static final long DEFAULT_MAX_ARTICLE_BYTES = 5L * 1024 * 1024;
    private static final String STDIN = "<stdin>";

    private final long maxArticleBytes;

    public ArticleReader() {
        this(DEFAULT_MAX_ARTICLE_BYTES);
    }

    /** @param maxArticleBytes larger files and JSON lines are skipped; must be positive */
    public ArticleReader(long maxArticleBytes) {
        if (maxArticleBytes <= 0) {
            throw new IllegalArgumentException("maxArticleBytes must be positive: " + maxArticleBytes);
        }
        this.maxArticleBytes = Math.min(maxArticleBytes, Integer.MAX_VALUE - 16L);
    }

    /**
     * Reads files and folders (searched recursively in sorted order, hidden files and folders and files of other
     * types passed over), in the order given.
     */
    public Iterator<SourceRecord> read(List<Path> paths) {
        return new Flattening<>(new FileWalk(paths), this::records);
    }

    /**
     * Reads a stream, such as standard input, in a format: "jsonl", "txt" or "html". Problems and origins name it
     * {@code <stdin>} ({@code <stdin>:N} for lines); ids made up for JSON lines without one are {@code stdin-N},
     * a text or HTML article gets the id {@code stdin}. The stream is not closed.
     */
    public Iterator<SourceRecord> read(InputStream in, String format) {
        Objects.requireNonNull(in, "in");
        Optional<Format> f = Format.ofName(format);
        if (f.isEmpty()) {
            return single(new SourceRecord.Problem(STDIN, "unknown format '" + format + "' (use jsonl, txt or html), skipped"));
        }
        Iterator<SourceRecord> records = f.get() == Format.JSONL
                ? new JsonLinesFormat(() -> in, STDIN, "stdin", maxArticleBytes, false)
                : new Once(() -> wholeStream(in, f.get()));
        return withDatesCompleted(records);
    }

    /**
     * Reads a file as JSON lines whatever its name ({@code dyadic code --in FILE}); problems name it and its line,
     * ids made up for lines without one are {@code STEM-N}; a line with no date is dated and warned about as in any
     * other read.
     */
    public Iterator<SourceRecord> readJsonLines(Path file) {
        Objects.requireNonNull(file, "file");
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        Iterator<SourceRecord> records = new JsonLinesFormat(() -> Files.newInputStream(file), file.toString(), Format.stem(name),
                maxArticleBytes, true);
        return withDatesCompleted(records);
    }

    /** One source's records, each article without a date dated and warned about as any read does ({@link MissingDate}). */
    private static Iterator<SourceRecord> withDatesCompleted(Iterator<SourceRecord> records) {
        return new Flattening<>(List.of(records).iterator(), it -> it);
    }

    private Iterator<SourceRecord> records(FileWalk.Item item) {
        if (item instanceof FileWalk.Failed failed) {
            return single(failed.problem());
        }
        FileWalk.Found found = (FileWalk.Found) item;
        Path path = found.path();
        if (found.format() == Format.JSONL) {
            return new JsonLinesFormat(() -> Files.newInputStream(path), path.toString(), found.id(), maxArticleBytes, true);
        }
        return new Once(() -> wholeFile(path, found.id(), found.format()));
    }

    private SourceRecord wholeFile(Path path, String id, Format format) {
        String where = path.toString();
        try {
            long size = Files.size(path);
            if (size > maxArticleBytes) {
                return new SourceRecord.Problem(where, Sizes.tooLarge("file", size, maxArticleBytes));
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes((int) maxArticleBytes + 1);
            }
            if (bytes.length > maxArticleBytes) { // it grew, or its size was not known
                return new SourceRecord.Problem(where, Sizes.tooLarge("file", Math.max(Files.size(path), bytes.length), maxArticleBytes));
            }
            return parse(bytes, id, where, format);
        } catch (IOException e) {
            return new SourceRecord.Problem(where, IoMessages.describe(e));
        }
    }

    private SourceRecord wholeStream(InputStream in, Format format) {
        try {
            byte[] bytes = in.readNBytes((int) maxArticleBytes + 1);
            if (bytes.length > maxArticleBytes) {
                long size = bytes.length + in.transferTo(OutputStream.nullOutputStream());
                return new SourceRecord.Problem(STDIN, Sizes.tooLarge("input", size, maxArticleBytes));
            }
            return parse(bytes, "stdin", STDIN, format);
        } catch (IOException e) {
            return new SourceRecord.Problem(STDIN, IoMessages.describe(e));
        }
    }

    private static SourceRecord parse(byte[] bytes, String id, String where, Format format) {
        try {
            String content = WholeFile.decode(bytes, bytes.length);
            return format == Format.HTML ? HtmlFileFormat.parse(content, id, where) : TextFileFormat.parse(content, id, where);
        } catch (Skip s) {
            return new SourceRecord.Problem(where, s.getMessage());
        } catch (RuntimeException e) {
            return new SourceRecord.Problem(where, "could not read (" + e + "), skipped");
        }
    }

    private static Iterator<SourceRecord> single(SourceRecord record) {
        return List.of(record).iterator();
    }
}
