package dev.dyadic.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The store contract on a real PostgreSQL server: the one named by {@code DYADIC_TEST_POSTGRES}
 * ({@code scripts/test-postgres.sh start} starts one on loopback; {@code .ci/run} does). Each test works in a schema of
 * its own, dropped afterwards. Without the variable the tests are skipped, unless {@code DYADIC_REQUIRE_POSTGRES} is set,
 * as in CI, where they fail.
 */
class PostgresEventStoreTest extends EventStoreContract {
    private String server;
    private String schema;

    /** The server's address from the environment; skips (or, when required, fails) without one. */
    static String server() {
        String url = System.getenv("DYADIC_TEST_POSTGRES");
        if (url == null || url.isBlank()) {
            if (System.getenv("DYADIC_REQUIRE_POSTGRES") != null) {
                fail("DYADIC_REQUIRE_POSTGRES is set but DYADIC_TEST_POSTGRES names no server");
            }
            Assumptions.abort("no PostgreSQL server: run scripts/test-postgres.sh start and set DYADIC_TEST_POSTGRES");
        }
        return url;
    }

    @BeforeEach
    void createSchema() throws Exception {
        server = server();
        schema = "test_" + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);
        EventStores.Server s = EventStores.Server.parse(server);
        try (Connection c = DriverManager.getConnection(s.jdbcUrl(), s.properties()); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        }
    }

    @AfterEach
    void dropSchema() throws Exception {
        if (server == null) {
            return;
        }
        EventStores.Server s = EventStores.Server.parse(server);
        try (Connection c = DriverManager.getConnection(s.jdbcUrl(), s.properties()); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    private String address() {
        return server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @Override
    EventStore open() {
        return EventStores.open(address());
    }

    @Override
    EventStore openReadOnly() {
        return EventStores.openReadOnly(address());
    }

    @Test
    void twoWritersTakeTurnsAndTheirReportsStillMerge() throws Exception {
        try (EventStore one = open(); EventStore two = open()) {
            one.store(article("a1", "one", "Xinhua"), List.of(event("a1", "CHNGOV", "RUSGOV", "040", "2023-03-16")));
            two.store(article("a2", "two", "Tass"), List.of(event("a2", "CHNGOV", "RUSGOV", "042", "2023-03-16")));
            assertEquals(1, one.eventCount());
            assertEquals(2, two.events(EventQuery.all()).get(0).numSources());
        }
    }

    @Test
    void namesTheServerWithoutItsPassword() {
        StoreException e = assertThrows(StoreException.class,
                () -> EventStores.open("postgresql://someone:secret@127.0.0.1:1/nothing"));
        assertTrue(e.getMessage().startsWith("cannot connect to postgresql://someone@127.0.0.1:1/nothing: "), e.getMessage());
        assertFalse(e.getMessage().contains("secret"), e.getMessage());
        StoreException bad = assertThrows(StoreException.class, () -> EventStores.open("postgresql://me:pw@host-only"));
        assertFalse(bad.getMessage().contains("pw"), bad.getMessage());
    }
}
