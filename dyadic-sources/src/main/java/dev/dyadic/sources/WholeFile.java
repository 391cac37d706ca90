package dev.dyadic.sources;

import java.nio.charset.StandardCharsets;

/**
 * Checks and decodes the bytes of a whole text or HTML file: empty, binary, not valid UTF-8 are skipped; a UTF-8
 * byte order mark is dropped, UTF-16 with a byte order mark is decoded; line endings become LF.
 */
final class WholeFile {
    private WholeFile() {
    }

    static String decode(byte[] bytes, int length) throws Skip {
        if (length == 0) {
            throw new Skip("empty file, skipped");
        }
        String text;
        if (Utf8.hasUtf16Bom(bytes, length)) {
            try {
                text = Utf8.decode(StandardCharsets.UTF_16, bytes, 0, length);
            } catch (Utf8.Malformed e) {
                throw new Skip("not valid UTF-16 (at byte " + e.offset + "), skipped");
            }
            if (Binary.looksBinary(text)) {
                throw new Skip("binary file, skipped");
            }
        } else {
            if (Binary.looksBinary(bytes, 0, length)) {
                throw new Skip("binary file, skipped");
            }
            int bom = Utf8.bomLength(bytes, 0, length);
            try {
                text = Utf8.decode(bytes, bom, length - bom);
            } catch (Utf8.Malformed e) {
                throw new Skip("not valid UTF-8 (at byte " + (bom + e.offset) + "), skipped");
            }
        }
        if (text.isBlank()) {
            throw new Skip("empty file, skipped");
        }
        return LineEndings.normalize(text);
    }
}
