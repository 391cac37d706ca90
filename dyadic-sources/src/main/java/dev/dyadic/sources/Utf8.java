package dev.dyadic.sources;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict decoding: bad bytes are reported with their position, never replaced. */
final class Utf8 {

    /** Bytes that are not valid in the charset, at {@code offset} (counted from the start of the decoded range). */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;
        final long offset;

        Malformed(long offset) {
            super("malformed input at byte " + offset, null, false, false);
            this.offset = offset;
        }
    }

    private Utf8() {
    }

    /** Length of a UTF-8 byte order mark at {@code offset}: 3 or 0. */
    static int bomLength(byte[] bytes, int offset, int length) {
        return length >= 3 && (bytes[offset] & 0xff) == 0xEF && (bytes[offset + 1] & 0xff) == 0xBB
                && (bytes[offset + 2] & 0xff) == 0xBF ? 3 : 0;
    }

    /** Whether the bytes start with a UTF-16 byte order mark (either order). */
    static boolean hasUtf16Bom(byte[] bytes, int length) {
        if (length < 2) {
            return false;
        }
        int a = bytes[0] & 0xff;
        int b = bytes[1] & 0xff;
        return (a == 0xFE && b == 0xFF) || (a == 0xFF && b == 0xFE);
    }

    static String decode(byte[] bytes, int offset, int length) throws Malformed {
        return decode(StandardCharsets.UTF_8, bytes, offset, length);
    }

    static String decode(Charset charset, byte[] bytes, int offset, int length) throws Malformed {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
                (long) Math.ceil(length * (double) decoder.maxCharsPerByte()) + 16));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new Malformed(in.position() - (long) offset);
        }
        return out.flip().toString();
    }
}
