package dev.dyadic.sources;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnmappableCharacterException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Reads a whole article file as text, refusing what is not one: too large, empty, binary, not UTF-8. */
final class FileText {

    /** Why a file cannot be read as text; the message ends in ", skipped". */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    private FileText() {
    }

    static String read(Path file, long maxBytes) throws Refused, IOException {
        long size = Files.size(file);
        if (size > maxBytes) {
            throw new Refused("file too large (" + mb(size) + " > " + mb(maxBytes) + " limit), skipped");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) Math.min(size + 1, maxBytes + 1));
        }
        return decode(bytes, "");
    }

    /** Decodes one file or line; {@code unit} names it in messages (" of the line"). */
    static String decode(byte[] bytes, String unit) throws Refused {
        String text;
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            text = new String(bytes, StandardCharsets.UTF_16);
        } else {
            if (isBinary(bytes)) {
                throw new Refused("binary file, skipped");
            }
            text = utf8(bytes, unit);
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new Refused("empty file, skipped");
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** A NUL byte, or many control characters, in the first 8 KB. */
    static boolean isBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return n > 0 && control > n * 0.3;
    }

    private static String utf8(byte[] bytes, String unit) throws Refused {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            CharBuffer out = decoder.decode(in);
            return out.toString();
        } catch (MalformedInputException | UnmappableCharacterException e) {
            throw new Refused("not valid UTF-8 (at byte " + in.position() + unit + "), skipped");
        } catch (CharacterCodingException e) {
            throw new Refused("not valid UTF-8" + unit + ", skipped");
        }
    }

    static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
