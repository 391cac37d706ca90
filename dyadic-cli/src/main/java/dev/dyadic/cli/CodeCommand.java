package dev.dyadic.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dyadic.model.Article;
import dev.dyadic.model.Event;
import dev.dyadic.store.EventJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dyadic code}: codes {"id","date","text"} lines and prints their events, nothing stored. */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = {"Codes one {\"id\",\"date\",\"text\"} JSON object a line and prints, for each, one line "
                + "{\"id\":...,\"events\":[...]} in the format ../shared/eval/score.py reads. Nothing is stored."})
final class CodeCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--in", description = "Input file (default: standard input).")
    Path in;

    @Option(names = "--out", description = "Output file (default: standard output).")
    Path out;

    @Option(names = "--threads", description = "Worker threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    /** One input line, parsed, or the reason it could not be. */
    private record Input(int line, String id, Article article, String problem) {
    }

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        String name = in == null ? "<stdin>" : in.toString();
        ArticleCoder coder = ArticleCoder.standard();
        int[] bad = {0};
        try (BufferedReader reader = in == null
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(in, StandardCharsets.UTF_8);
             PrintWriter writer = out == null ? new PrintWriter(spec.commandLine().getOut()) {
                 @Override
                 public void close() {
                     flush();
                 }
             } : new PrintWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8));
             OrderedWorkers<Input, String> workers = new OrderedWorkers<>(Math.max(1, threads),
                     input -> output(input, coder), result -> {
                 if (result.failure() != null) {
                     bad[0]++;
                     err.println("failed: " + result.failure());
                 } else if (result.value() != null) {
                     writer.println(result.value());
                 }
             })) {
            String line;
            int n = 0;
            while ((line = reader.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                Input input = parse(name, n, line, err);
                if (input.problem() != null) {
                    bad[0]++;
                    err.println("skipped: " + name + ":" + n + ": " + input.problem());
                }
                if (input.id() != null) {
                    workers.submit(input);
                }
            }
            workers.finish();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        err.flush();
        return bad[0] > 0 ? Dyadic.EXIT_SKIPPED : 0;
    }

    private static Input parse(String name, int n, String line, PrintWriter err) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (IOException e) {
            return new Input(n, null, null, "broken JSON (" + firstLine(e.getMessage()) + ")");
        }
        if (!node.isObject()) {
            return new Input(n, null, null, "not a JSON object");
        }
        String id = node.hasNonNull("id") ? node.get("id").asText() : name + ":" + n;
        String text = node.path("text").asText("");
        if (text.isBlank()) {
            return new Input(n, id, null, "no text");
        }
        LocalDate date = null;
        String dateText = node.path("date").asText("");
        if (!dateText.isBlank()) {
            try {
                date = LocalDate.parse(dateText.length() > 10 ? dateText.substring(0, 10) : dateText);
            } catch (DateTimeParseException e) {
                err.println("warning: " + name + ":" + n + ": unreadable date '" + dateText + "', coded without one");
            }
        }
        return new Input(n, id, new Article(id, date, null, null, null, text, name + ":" + n), null);
    }

    private static String output(Input input, ArticleCoder coder) {
        ObjectNode line = JSON.createObjectNode();
        line.put("id", input.id());
        ArrayNode events = line.putArray("events");
        if (input.article() != null) {
            for (Event e : coder.code(input.article()).events()) {
                events.add(EventJson.toNode(e));
            }
        }
        return line.toString();
    }

    private static String firstLine(String message) {
        String m = message == null ? "" : message.lines().findFirst().orElse("");
        return m.length() > 100 ? m.substring(0, 100) + "..." : m;
    }
}
