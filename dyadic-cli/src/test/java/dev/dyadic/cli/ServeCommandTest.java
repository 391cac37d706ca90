package dev.dyadic.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyadic.store.EventStores;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void listensOnThisMachineOnlyByDefault() throws IOException {
        Path db = dir.resolve("empty.duckdb");
        EventStores.open(db).close();
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs("--db", db.toString(), "--port", "0");
        StringWriter err = new StringWriter();
        try (ServeCommand.Running running = serve.start(new PrintWriter(err, true))) {
            int port = running.server().port();
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2000);
            }
            Optional<InetAddress> outside = siteAddress();
            if (outside.isPresent()) {
                assertThrows(IOException.class, () -> {
                    try (Socket s = new Socket()) {
                        s.connect(new InetSocketAddress(outside.get(), port), 2000);
                    }
                }, "not reachable on " + outside.get());
            }
            assertEquals("", err.toString(), "no warning for the default address");
        }
    }

    /** An address of this machine that is not the loopback, when it has one. */
    private static Optional<InetAddress> siteAddress() throws IOException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                    if (a instanceof java.net.Inet4Address) {
                        return Optional.of(a);
                    }
                }
            }
        }
        return Optional.empty();
    }

    @Test
    void namesAMissingDatabaseAndABadPort() {
        Run missing = Run.dyadic("serve", "--db", dir.resolve("none.duckdb").toString(), "--port", "0");
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("no database at " + dir.resolve("none.duckdb")), missing.err());
        Run port = Run.dyadic("serve", "--db", dir.resolve("none.duckdb").toString(), "--port", "70000");
        assertEquals(2, port.exitCode());
        assertTrue(port.err().contains("--port takes 0 to 65535, not 70000"), port.err());
        assertEquals(List.of(), missing.outLines());
    }
}
