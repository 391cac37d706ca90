package dev.dyadic.cli;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Peak heap use of this process, two ways. The heap in use is sampled every 100 ms from the first call on (garbage
 * not yet collected included: it depends on how much heap the JVM was given). The live heap is what is left in use
 * right after a full (major) collection: what the process really had to keep.
 */
final class Heap {
    private static volatile long peakUsed;
    private static volatile long peakLive;

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
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                        if (!info.getGcAction().contains("major")) {
                            return; // a young collection leaves the old generation's garbage in place
                        }
                        long live = 0;
                        for (var e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                            if (isHeapPool(e.getKey())) {
                                live += e.getValue().getUsed();
                            }
                        }
                        peakLive = Math.max(peakLive, live);
                    }
                }, null, null);
            }
        }
    }

    private Heap() {
    }

    private static boolean isHeapPool(String name) {
        for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getName().equals(name)) {
                return pool.getType() == java.lang.management.MemoryType.HEAP;
            }
        }
        return false;
    }

    /** Starts sampling (call early). */
    static void watch() {
        // the static initialiser does the work
    }

    /** Forgets the peaks seen so far (between two measured phases). */
    static void reset() {
        Runtime rt = Runtime.getRuntime();
        peakUsed = rt.totalMemory() - rt.freeMemory();
        peakLive = 0;
    }

    /** The largest heap in use seen so far, garbage included. */
    static long peakBytes() {
        Runtime rt = Runtime.getRuntime();
        return Math.max(peakUsed, rt.totalMemory() - rt.freeMemory());
    }

    /** The largest heap left in use after a full collection since the last reset (0 if none ran). */
    static long peakLiveBytes() {
        return peakLive;
    }

    /** The heap in use now, after asking for a full collection. */
    static long liveNow() {
        System.gc();
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return heap.getUsed();
    }

    static String format(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.2f GiB", bytes / (double) (1L << 30)); // the unit of java -Xmx
    }
}
