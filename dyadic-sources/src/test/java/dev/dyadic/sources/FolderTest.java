package dev.dyadic.sources;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderTest {
    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader();

    private Path write(String name, String content) throws IOException {
        return Records.write(dir, name, content);
    }

    @Test
    void foldersAreSearchedRecursivelyInSortedOrder() throws IOException {
        write("b.txt", "Date: 2024-01-02\n\nB.");
        write("a/z.html", "<html><head><meta name=\"date\" content=\"2024-01-01\"></head><body><p>Z.</p></body></html>");
        write("a/c.jsonl", "{\"id\": \"c1\", \"date\": \"2024-01-01\", \"text\": \"C1.\"}\n"
                + "{\"id\": \"c2\", \"date\": \"2024-01-01\", \"text\": \"C2.\"}\n");
        write("d/e.text", "Date: 2024-01-03\n\nE.");
        write("picture.png", "not read");
        write(".hidden.txt", "Date: 2024-01-03\n\nHidden.");
        write(".git/f.txt", "Date: 2024-01-03\n\nHidden folder.");
        Files.write(dir.resolve("d/photo.PNG"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});

        List<SourceRecord> records = Records.all(reader.read(List.of(dir)));
        assertEquals(List.of(), Records.problems(records));
        assertEquals(List.of("c1", "c2", "a/z", "b", "d/e"),
                Records.reads(records).stream().map(r -> r.article().id()).toList());
    }

    @Test
    void namedFilesProblemsAndFoldersInTheGivenOrder() throws IOException {
        Path folder = dir.resolve("f");
        write("f/one.txt", "Date: 2024-01-01\n\nOne.");
        Path csv = write("table.csv", "a,b\n");
        Path missing = dir.resolve("missing.txt");
        Path two = write("two.txt", "Date: 2024-01-01\n\nTwo.");

        List<SourceRecord> records = Records.all(reader.read(List.of(two, csv, missing, folder)));
        assertEquals(4, records.size());
        assertEquals("two", ((SourceRecord.Read) records.get(0)).article().id());
        assertEquals(new SourceRecord.Problem(csv.toString(), "unsupported file type (.csv), skipped"), records.get(1));
        assertEquals(new SourceRecord.Problem(missing.toString(), "no such file or folder, skipped"), records.get(2));
        assertEquals("one", ((SourceRecord.Read) records.get(3)).article().id());
    }

    @Test
    void badFileInAFolderDoesNotStopTheOthers() throws IOException {
        Files.createDirectories(dir.resolve("x"));
        Files.write(dir.resolve("x/1.txt"), new byte[] {'a', 0, 'b'});
        write("x/2.txt", "");
        write("x/3.txt", "Date: 2024-01-01\n\nGood.");
        List<SourceRecord> records = Records.all(reader.read(List.of(dir.resolve("x"))));
        assertEquals(List.of("binary file, skipped", "empty file, skipped"),
                Records.problems(records).stream().map(SourceRecord.Problem::message).toList());
        assertEquals(List.of("3"), Records.reads(records).stream().map(r -> r.article().id()).toList());
    }

    @Test
    void filesOfTheSameNameInDifferentSubfoldersGetDifferentIds() throws IOException {
        write("in/asia/report.txt", "Date: 2024-01-01\n\nOne.");
        write("in/europe/report.txt", "Date: 2024-01-01\n\nTwo.");
        List<SourceRecord> records = Records.all(reader.read(List.of(dir.resolve("in"))));
        assertEquals(List.of("asia/report", "europe/report"), Records.reads(records).stream().map(r -> r.article().id()).toList());
    }
}
