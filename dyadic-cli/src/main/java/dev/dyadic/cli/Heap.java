package dev.dyadic.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Peak heap use of this process. The pools' own peaks cannot be added up (young and old generations peak at
 * different times), so the heap in use is sampled every 100 ms from the first call on, and the retained heap (the
 * old generation after collections) is reported beside it.
 */
final class Heap {
    private static volatile long peakUsed;

    static {
        Thread sampler = new Thread(() -> {
            Runtime rt = Runtime.getRuntime();
            while (true) {
                peakUsed = Math.max(peakUsed, rt.totalMemory() - rt.freeMemory());
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private Heap() {
    }

    /** Starts sampling (call early). */
    static void watch() {
        // the static initialiser does the work
    }

    /** The largest heap in use seen so far, garbage included. */
    static long peakBytes() {
        Runtime rt = Runtime.getRuntime();
        return Math.max(peakUsed, rt.totalMemory() - rt.freeMemory());
    }

    /** The largest old-generation use left after a collection: what the process really had to keep. */
    static long peakRetainedBytes() {
        long max = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null
                    && (pool.getName().contains("Old") || pool.getName().contains("Tenured"))) {
                max = Math.max(max, pool.getCollectionUsage().getUsed());
            }
        }
        return max;
    }

    static String format(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.2f GB", bytes / 1e9);
    }
}
