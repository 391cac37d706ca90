package dev.dyadic.sources;

/** Tells binary content from text by its first 8 KB: a NUL, or more than 30% control characters. */
final class Binary {
    /** How much of the start is looked at. */
    static final int SAMPLE = 8192;

    private Binary() {
    }

    static boolean looksBinary(byte[] bytes, int offset, int length) {
        int n = Math.min(length, SAMPLE);
        int control = 0;
        for (int i = offset; i < offset + n; i++) {
            int c = bytes[i] & 0xff;
            if (c == 0) {
                return true;
            }
            if (isControl(c)) {
                control++;
            }
        }
        return n > 0 && control * 10L > n * 3L;
    }

    static boolean looksBinary(CharSequence text) {
        int n = Math.min(text.length(), SAMPLE);
        int control = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (isControl(c)) {
                control++;
            }
        }
        return n > 0 && control * 10L > n * 3L;
    }

    private static boolean isControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7f;
    }
}
