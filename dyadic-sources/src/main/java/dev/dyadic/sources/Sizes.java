package dev.dyadic.sources;

import java.util.Locale;

/** Messages about sizes over the limit, in units that make the two numbers readable and different. */
final class Sizes {
    private static final double MB = 1024.0 * 1024.0;
    private static final double KB = 1024.0;

    private Sizes() {
    }

    /** "file too large (51.0 MB > 5.0 MB limit), skipped". */
    static String tooLarge(String what, long size, long limit) {
        String[] both = both(size, limit);
        return what + " too large (" + both[0] + " > " + both[1] + " limit), skipped";
    }

    private static String[] both(long size, long limit) {
        double unit = limit >= MB ? MB : limit >= 10 * KB ? KB : 0;
        if (unit == 0) {
            return new String[] {size + " bytes", limit + " bytes"};
        }
        String name = unit == MB ? " MB" : " KB";
        for (int decimals = 1; decimals <= 3; decimals++) {
            String a = String.format(Locale.ROOT, "%." + decimals + "f", size / unit);
            String b = String.format(Locale.ROOT, "%." + decimals + "f", limit / unit);
            if (!a.equals(b)) {
                return new String[] {a + name, b + name};
            }
        }
        return new String[] {size + " bytes", limit + " bytes"};
    }
}
