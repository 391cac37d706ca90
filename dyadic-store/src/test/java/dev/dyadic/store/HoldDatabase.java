package dev.dyadic.store;

import java.nio.file.Path;

/** Test helper run in a separate JVM: opens a store, says "open", and holds it until its input ends. */
public final class HoldDatabase {
    private HoldDatabase() {
    }

    public static void main(String[] args) throws Exception {
        try (EventStore store = EventStores.open(Path.of(args[0]))) {
            System.out.println("open " + store.articleCount());
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the test to close our input
            }
        }
    }
}
