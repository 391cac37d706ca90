package dev.dyadic.web;

import io.javalin.http.Context;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * A front-end library the pages load from {@code /lib/NAME/}, served from its WebJar on the classpath; the list is
 * {@code /dyadic/web/libraries.tsv}.
 *
 * @param name      the folder under {@code /lib/}
 * @param version   the version of the WebJar found on the classpath
 * @param classpath the classpath folder served there
 */
record WebJarLibrary(String name, String version, String classpath) {

    /** Sends one file of the library (a path below its folder: "echarts.min.js"); 404 when there is none. */
    void serve(String file, Context ctx) throws IOException {
        if (file.contains("..") || file.contains("\\") || file.startsWith("/")) {
            throw new NotFound("no file " + file + " in " + name);
        }
        InputStream in = WebJarLibrary.class.getResourceAsStream(classpath + "/" + file);
        if (in == null) {
            throw new NotFound("no file " + file + " in " + name + " " + version);
        }
        String type = file.endsWith(".js") ? "text/javascript; charset=utf-8"
                : file.endsWith(".css") ? "text/css; charset=utf-8"
                : file.endsWith(".map") || file.endsWith(".json") ? "application/json" : "application/octet-stream";
        ctx.contentType(type).header("Cache-Control", "max-age=86400").result(in);
    }

    /** Every library of the list, found on the classpath. */
    static List<WebJarLibrary> all() {
        List<WebJarLibrary> out = new ArrayList<>();
        try (InputStream in = WebJarLibrary.class.getResourceAsStream("/dyadic/web/libraries.tsv")) {
            if (in == null) {
                throw new IllegalStateException("/dyadic/web/libraries.tsv is missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 4) {
                    throw new IllegalStateException("libraries.tsv: four tab-separated columns expected in '" + line + "'");
                }
                out.add(find(f[0].trim(), f[1].trim(), f[2].trim(), f[3].trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static WebJarLibrary find(String name, String group, String artifact, String folder) throws IOException {
        String pom = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = WebJarLibrary.class.getResourceAsStream(pom)) {
            if (in == null) {
                throw new IllegalStateException("the WebJar " + group + ":" + artifact + " of " + name
                        + " is not on the classpath (" + pom + ")");
            }
            Properties p = new Properties();
            p.load(in);
            String version = p.getProperty("version");
            String path = "/META-INF/resources/webjars/" + artifact + "/" + version + (folder.equals(".") ? "" : "/" + folder);
            return new WebJarLibrary(name, version, path);
        }
    }
}
