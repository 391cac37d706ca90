package dev.dyadic.sources;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Short messages for input/output errors (the path itself is already in the problem's {@code where}). */
final class IoMessages {
    private IoMessages() {
    }

    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder, skipped";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied, skipped";
        }
        String m = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        return "could not read (" + (m == null || m.isBlank() ? e.getClass().getSimpleName() : m) + "), skipped";
    }
}
