package dev.dyadic.sources;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Test helpers: input files, all records of an iterator, and one by kind. */
final class Records {
    private Records() {
    }

    /** Writes a UTF-8 file below {@code dir}, creating its folders. */
    static Path write(Path dir, String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, content, StandardCharsets.UTF_8);
    }

    static List<SourceRecord> all(Iterator<SourceRecord> it) {
        List<SourceRecord> list = new ArrayList<>();
        it.forEachRemaining(list::add);
        return list;
    }

    static SourceRecord.Read onlyRead(Iterator<SourceRecord> it) {
        List<SourceRecord> list = all(it);
        if (list.size() != 1 || !(list.get(0) instanceof SourceRecord.Read r)) {
            throw new AssertionError("expected one article, got " + list);
        }
        return r;
    }

    static SourceRecord.Problem onlyProblem(Iterator<SourceRecord> it) {
        List<SourceRecord> list = all(it);
        if (list.size() != 1 || !(list.get(0) instanceof SourceRecord.Problem p)) {
            throw new AssertionError("expected one problem, got " + list);
        }
        return p;
    }

    static List<SourceRecord.Read> reads(List<SourceRecord> records) {
        return records.stream().filter(SourceRecord.Read.class::isInstance).map(SourceRecord.Read.class::cast).toList();
    }

    static List<SourceRecord.Problem> problems(List<SourceRecord> records) {
        return records.stream().filter(SourceRecord.Problem.class::isInstance).map(SourceRecord.Problem.class::cast).toList();
    }
}
