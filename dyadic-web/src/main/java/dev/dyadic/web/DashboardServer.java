package dev.dyadic.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dyadic.search.ArticleIndex;
import dev.dyadic.store.EventStore;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.util.List;

/**
 * The dashboard: the pages under {@code /} (from {@code /dyadic/web/public} on the classpath), their libraries under
 * {@code /lib/} (from WebJars) and the JSON API under {@code /api} ({@link DashboardApi}), over a store opened for
 * reading. A bad parameter is HTTP 400, something missing 404, any other failure 500; each with {@code {"error"}}
 * and never a stack trace.
 */
public final class DashboardServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Javalin app;
    private final List<WebJarLibrary> libraries;

    private DashboardServer(Javalin app, List<WebJarLibrary> libraries) {
        this.app = app;
        this.libraries = libraries;
    }

    /**
     * Starts serving.
     *
     * @param store the database, opened read-only
     * @param index the search index, or {@code null} for a dashboard without search
     * @param names the names of actor codes, for labels
     * @param host  the address to listen on ("127.0.0.1" for this machine only)
     * @param port  the port, or 0 for any free one
     */
    public static DashboardServer start(EventStore store, ArticleIndex index, ActorNames names, String host, int port) {
        List<WebJarLibrary> libraries = WebJarLibrary.all();
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/dyadic/web/public";
                files.location = Location.CLASSPATH;
            });
        });
        for (WebJarLibrary lib : libraries) {
            app.get("/lib/" + lib.name() + "/<file>", ctx -> lib.serve(ctx.pathParam("file"), ctx));
        }
        new DashboardApi(store, index, names).register(app);
        app.exception(BadRequest.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        app.exception(NotFound.class, (e, ctx) -> error(ctx, 404, e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            System.err.println("dyadic serve: " + ctx.method() + " " + ctx.path() + " failed: " + e);
            error(ctx, 500, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        });
        app.error(404, ctx -> {
            if (ctx.path().startsWith("/api/") && !(ctx.result() != null && ctx.result().startsWith("{"))) {
                error(ctx, 404, "no API call " + ctx.method() + " " + ctx.path());
            }
        });
        app.start(host, port);
        return new DashboardServer(app, libraries);
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status).contentType("application/json; charset=utf-8")
                .result(JSON.createObjectNode().put("error", message).toString());
    }

    /** The port it listens on. */
    public int port() {
        return app.port();
    }

    /** The front-end libraries served, with their versions ("echarts 5.5.0"). */
    public List<String> libraries() {
        return libraries.stream().map(l -> l.name() + " " + l.version()).toList();
    }

    @Override
    public void close() {
        app.stop();
    }
}
