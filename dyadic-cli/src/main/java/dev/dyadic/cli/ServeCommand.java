package dev.dyadic.cli;

import dev.dyadic.actors.ActorDictionary;
import dev.dyadic.search.ArticleIndex;
import dev.dyadic.search.SearchException;
import dev.dyadic.store.EventStore;
import dev.dyadic.web.ActorNames;
import dev.dyadic.web.DashboardServer;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dyadic serve}: the dashboard and its JSON API over a database, opened read-only. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the dashboard (overview, dyads, network, event table, articles with their evidence, search) "
                + "and its JSON API under /api, on this machine only unless --host says otherwise.",
                "The database is opened read-only; with DuckDB, stop the server before running ingest on the same file. "
                        + "Ctrl-C stops it."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database = new DatabaseOption();

    @Option(names = "--port", defaultValue = "7070", paramLabel = "PORT", description = "Port (default: ${DEFAULT-VALUE}; 0 for any free port).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 opens the dashboard "
                    + "and its data to the network, without any password).")
    String host;

    /** What {@link #start} opened: stop it with {@link #close}. */
    record Running(DashboardServer server, EventStore store, ArticleIndex index) implements AutoCloseable {
        @Override
        public void close() {
            server.close();
            if (index != null) {
                index.close();
            }
            store.close();
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Running running = start(spec.commandLine().getErr());
        out.printf(Locale.ROOT, "Dyadic dashboard on http://%s:%d/ (%s: %d articles, %d events); Ctrl-C stops it%n",
                host.contains(":") ? "[" + host + "]" : host, running.server().port(), running.store().location(),
                running.store().articleCount(), running.store().eventCount());
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            running.close();
            stopped.countDown();
        }));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** Opens the database and its search index and starts the server. */
    Running start(PrintWriter err) {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port takes 0 to 65535, not " + port);
        }
        EventStore store = database.openReadOnly(spec);
        ArticleIndex index = null;
        try {
            try {
                index = SearchIndexSync.openCurrent(store, database.indexDir(), err);
            } catch (SearchException e) {
                err.println("warning: " + e.getMessage() + "; the dashboard runs without search");
            }
            if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("::1")) {
                err.println("warning: listening on " + host + ": anyone who can reach this address can read the database");
            }
            return new Running(DashboardServer.start(store, index, actorNames(), host, port), store, index);
        } catch (RuntimeException e) {
            if (index != null) {
                index.close();
            }
            store.close();
            throw e;
        }
    }

    /** Country and organisation names of the actor dictionary. */
    private static ActorNames actorNames() {
        ActorDictionary dictionary = ActorDictionary.standard();
        Map<String, String> names = new HashMap<>(dictionary.countries());
        names.putAll(dictionary.organisations());
        return ActorNames.of(names);
    }
}
