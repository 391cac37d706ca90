package dev.dyadic.cli;

import dev.dyadic.actors.ActorDictionary;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dyadic.model.Article;
import dev.dyadic.model.Event;
import dev.dyadic.sources.ArticleReader;
import dev.dyadic.sources.SourceRecord;
import dev.dyadic.store.EventJson;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dyadic code}: codes {"id","date","text"} lines and prints their events, nothing stored. */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = {"Codes one {\"id\",\"date\",\"text\"} JSON object a line and prints, for each, one line "
                + "{\"id\":...,\"events\":[...]} in the format ../shared/eval/score.py reads. Nothing is stored.",
                "Bad lines are named on standard error and skipped (exit code 3)."})
final class CodeCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--in", description = "Input file of JSON lines (default: standard input).")
    Path in;

    @Option(names = "--out", description = "Output file (default: standard output).")
    Path out;

    @Option(names = "--threads", description = "Worker threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--min-confidence", defaultValue = "0", paramLabel = "C",
            description = "Keep only events whose confidence is at least C (0 to 1; default: ${DEFAULT-VALUE}, all).")
    double minConfidence;

    @Mixin
    ActorFilesOption actorFiles = new ActorFilesOption();

    @Mixin
    CascadeOption cascade = new CascadeOption();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        ArticleReader reader = new ArticleReader();
        Iterator<SourceRecord> records = in == null ? reader.read(System.in, "jsonl") : reader.readJsonLines(in);
        ActorDictionary actors = actorFiles.dictionary(err);
        if (actors == null) {
            return 2;
        }
        ArticleCoder coder = ArticleCoder.withActors(actors, cascade.parseAll).withMinConfidence(minConfidence);
        int[] bad = {0};
        try (PrintWriter writer = out == null ? new PrintWriter(spec.commandLine().getOut()) {
                 @Override
                 public void close() {
                     flush();
                 }
             } : new PrintWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8));
             OrderedWorkers<Story, String> workers = new OrderedWorkers<>(Math.max(1, threads),
                     story -> output(story, coder), result -> {
                 if (result.failure() != null) {
                     bad[0]++;
                     err.println("failed: " + result.input().origin() + ": " + result.failure());
                 } else {
                     writer.println(result.value());
                 }
             })) {
            Story story = null;
            while (records.hasNext()) {
                SourceRecord r = records.next();
                if (r instanceof SourceRecord.Problem p) {
                    bad[0]++;
                    err.println(p.where() + ": " + p.message());
                } else if (r instanceof SourceRecord.Read read) {
                    read.warnings().forEach(w -> err.println("warning: " + read.article().origin() + ": " + w));
                    if (story != null && story.continuedBy(read)) {
                        if (story.hasRoomFor(read.article())) {
                            story.add(read.article());
                            continue;
                        }
                        err.println("warning: " + read.article().origin() + ": story " + story.id() + " is longer than "
                                + ArticleReader.DEFAULT_MAX_ARTICLE_BYTES / (1024 * 1024) + " MiB, the most read as one "
                                + "article; its lines from here on are read as another");
                    }
                    if (story != null) {
                        workers.submit(story);
                    }
                    story = new Story(read.partOf(), read.article());
                }
            }
            if (story != null) {
                workers.submit(story);
            }
            workers.finish();
        }
        err.flush();
        return bad[0] > 0 ? Dyadic.EXIT_SKIPPED : 0;
    }

    /**
     * A whole article (no {@code id} of a story), or the consecutive lines that name the same {@code article} and
     * date: passages of one story, coded together.
     */
    static final class Story {
        private final String id;
        private final List<Article> passages = new ArrayList<>();
        private long length;

        Story(String id, Article first) {
            this.id = id;
            add(first);
        }

        String id() {
            return id;
        }

        List<Article> passages() {
            return passages;
        }

        void add(Article passage) {
            passages.add(passage);
            length += passage.text().length() + ArticleCoder.PASSAGE_BREAK.length();
        }

        /** Whether the next line is a further passage of this story (the same {@code article}, the same date). */
        boolean continuedBy(SourceRecord.Read next) {
            return id != null && id.equals(next.partOf())
                    && Objects.equals(passages.get(0).date(), next.article().date());
        }

        /** Whether the story with this passage added would still be no longer than the longest article read. */
        boolean hasRoomFor(Article passage) {
            return length + passage.text().length() <= ArticleReader.DEFAULT_MAX_ARTICLE_BYTES;
        }

        String origin() {
            Article first = passages.get(0);
            return passages.size() == 1 ? first.origin()
                    : first.origin() + " to " + passages.get(passages.size() - 1).origin() + " (story " + id + ")";
        }
    }

    private static String output(Story story, ArticleCoder coder) {
        if (story.id() == null) {
            return line(story.passages().get(0).id(), coder.code(story.passages().get(0)).events());
        }
        List<List<Event>> events = coder.codePassages(story.id(), story.passages());
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < story.passages().size(); i++) {
            lines.append(i == 0 ? "" : System.lineSeparator()).append(line(story.passages().get(i).id(), events.get(i)));
        }
        return lines.toString();
    }

    private static String line(String id, List<Event> coded) {
        ObjectNode line = JSON.createObjectNode();
        line.put("id", id);
        ArrayNode events = line.putArray("events");
        for (Event e : coded) {
            events.add(EventJson.toNode(e));
        }
        return line.toString();
    }
}
