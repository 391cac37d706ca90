package dev.dyadic.sources;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads lines of bytes (ending in LF, an optional CR before it is dropped) and keeps at most {@code maxBytes} of a
 * line in memory: a longer line is read past and reported as too long, with its length.
 */
final class BoundedLineReader implements Closeable {
    private final InputStream in;
    private final int maxBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private int pos;
    private int limit;
    private boolean eof;

    private byte[] line = new byte[1024];
    private int lineLength;
    private long totalLength;
    private long number;

    BoundedLineReader(InputStream in, long maxBytes) {
        this.in = in;
        this.maxBytes = (int) Math.min(maxBytes, Integer.MAX_VALUE - 16L);
    }

    /** Up to {@code n} (at most 64 KB) bytes from the start of the input, without consuming them; call before {@link #next}. */
    byte[] peek(int n) throws IOException {
        int want = Math.min(n, buffer.length);
        while (limit < want && !eof) {
            int r = in.read(buffer, limit, want - limit);
            if (r < 0) {
                eof = true;
            } else {
                limit += r;
            }
        }
        return Arrays.copyOfRange(buffer, pos, Math.min(limit, pos + want));
    }

    /** Reads the next line; false at the end of the input. */
    boolean next() throws IOException {
        lineLength = 0;
        totalLength = 0;
        boolean any = false;
        while (true) {
            if (pos >= limit) {
                if (eof || !fill()) {
                    if (!any) {
                        return false;
                    }
                    break;
                }
            }
            any = true;
            int newline = -1;
            for (int i = pos; i < limit; i++) {
                if (buffer[i] == '\n') {
                    newline = i;
                    break;
                }
            }
            int end = newline < 0 ? limit : newline;
            append(pos, end - pos);
            if (newline >= 0) {
                pos = newline + 1;
                break;
            }
            pos = limit;
        }
        if (!tooLong() && lineLength > 0 && line[lineLength - 1] == '\r') {
            lineLength--;
        }
        number++;
        return true;
    }

    private boolean fill() throws IOException {
        int r = in.read(buffer, 0, buffer.length);
        while (r == 0) {
            r = in.read(buffer, 0, buffer.length);
        }
        if (r < 0) {
            eof = true;
            pos = limit = 0;
            return false;
        }
        pos = 0;
        limit = r;
        return true;
    }

    private void append(int from, int count) {
        long total = totalLength + count;
        if (total <= maxBytes) {
            if (total > line.length) {
                line = Arrays.copyOf(line, (int) Math.min(maxBytes, Math.max(total, 2L * line.length)));
            }
            System.arraycopy(buffer, from, line, lineLength, count);
            lineLength += count;
        }
        totalLength = total;
    }

    /** 1-based number of the current line. */
    long number() {
        return number;
    }

    /** Whether the current line was longer than the limit (its bytes are then not kept). */
    boolean tooLong() {
        return totalLength > maxBytes;
    }

    /** Length of the current line in bytes, also when too long. */
    long totalLength() {
        return totalLength;
    }

    /** The bytes of the current line (valid up to {@link #length()}, until the next call). */
    byte[] bytes() {
        return line;
    }

    int length() {
        return lineLength;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
