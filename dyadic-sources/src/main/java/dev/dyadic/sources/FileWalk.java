package dev.dyadic.sources;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/**
 * The files to read for a list of paths, lazily: named files as they are, folders searched recursively in sorted
 * order. In folders, hidden files and folders (name starting with a dot) and files of other types are passed over
 * silently, and links to folders are not followed; a named file of another type, or a path that does not exist,
 * is a problem.
 */
final class FileWalk implements Iterator<FileWalk.Item> {

    /** One file to read, or one problem. */
    sealed interface Item {
    }

    /**
     * A file to read in a format, with the id its article gets: the file name without extension for a named file;
     * for a file found in a folder, its path below that folder without extension ("asia/hanoi-talks"), so that
     * files of the same name in different subfolders stay apart.
     */
    record Found(Path path, Format format, String id) implements Item {
    }

    /** A path that cannot be read. */
    record Failed(SourceRecord.Problem problem) implements Item {
    }

    private final Iterator<Path> roots;
    private final Deque<Iterator<Path>> folders = new ArrayDeque<>();
    private Path root;
    private Item next;

    FileWalk(List<Path> paths) {
        this.roots = List.copyOf(paths).iterator();
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public Item next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Item item = next;
        next = null;
        return item;
    }

    private Item advance() {
        while (true) {
            if (!folders.isEmpty()) {
                Iterator<Path> folder = folders.peek();
                if (!folder.hasNext()) {
                    folders.pop();
                    continue;
                }
                Item item = inFolder(folder.next());
                if (item != null) {
                    return item;
                }
            } else if (roots.hasNext()) {
                Item item = named(roots.next());
                if (item != null) {
                    return item;
                }
            } else {
                return null;
            }
        }
    }

    private Item named(Path path) {
        if (!Files.exists(path)) {
            return failed(path, "no such file or folder, skipped");
        }
        if (Files.isDirectory(path)) {
            root = path;
            return enter(path);
        }
        String name = fileName(path);
        return Format.ofFileName(name).<Item>map(f -> new Found(path, f, Format.stem(name)))
                .orElseGet(() -> failed(path, "unsupported file type (." + Format.extension(name) + "), skipped"));
    }

    private Item inFolder(Path path) {
        String name = fileName(path);
        if (name.startsWith(".")) {
            return null;
        }
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            return enter(path);
        }
        if (!Files.isRegularFile(path)) {
            return null;
        }
        Path folder = root.relativize(path).getParent();
        String id = folder == null ? Format.stem(name) : folder.toString().replace(java.io.File.separatorChar, '/') + "/" + Format.stem(name);
        return Format.ofFileName(name).<Item>map(f -> new Found(path, f, id)).orElse(null);
    }

    /** Lists a folder to walk next; a problem if it cannot be listed. */
    private Item enter(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            folders.push(children.sorted().toList().iterator());
            return null;
        } catch (IOException | RuntimeException e) {
            return failed(folder, e instanceof IOException io ? IoMessages.describe(io)
                    : "could not list the folder (" + e.getMessage() + "), skipped");
        }
    }

    private static Item failed(Path path, String message) {
        return new Failed(new SourceRecord.Problem(path.toString(), message));
    }

    private static String fileName(Path path) {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }
}
