package dev.dyadic.sources;

import java.util.Locale;
import java.util.Optional;

/** The input formats, found from a file name's extension or named for standard input. */
enum Format {
    TXT, HTML, JSONL;

    /** The format of a file, by extension; a file without extension is text. */
    static Optional<Format> ofFileName(String fileName) {
        return switch (extension(fileName)) {
            case "", "txt", "text" -> Optional.of(TXT);
            case "html", "htm" -> Optional.of(HTML);
            case "jsonl", "ndjson", "json" -> Optional.of(JSONL);
            default -> Optional.empty();
        };
    }

    /** The format named on the command line for standard input ("jsonl", "txt", "html" and their file extensions). */
    static Optional<Format> ofName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        return n.isEmpty() ? Optional.empty() : ofFileName("x." + (n.startsWith(".") ? n.substring(1) : n));
    }

    /** Lower-case extension without the dot; "" when none (a leading dot does not start an extension). */
    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The file name without its extension. */
    static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? fileName : fileName.substring(0, dot);
    }
}
