package dev.dyadic.cli;

import dev.dyadic.actors.ActorDictionary;
import dev.dyadic.actors.ActorResolver;
import dev.dyadic.actors.DocumentMemory;
import dev.dyadic.coder.CodingTrace;
import dev.dyadic.coder.EventCoder;
import dev.dyadic.model.Actor;
import dev.dyadic.model.ActorMention;
import dev.dyadic.model.AnalyzedArticle;
import dev.dyadic.model.Article;
import dev.dyadic.model.Event;
import dev.dyadic.model.Sentence;
import dev.dyadic.model.Token;
import dev.dyadic.nlp.CoreNlpAnalyzer;
import dev.dyadic.store.EventJson;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyadic explain}: the parse, the actors and why each word was or was not coded, for a sentence or two. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Prints how Dyadic reads TEXT: each sentence's tokens (lemma, part of speech, named-entity class, "
                + "normalised date) and dependency parse, the actors it names, why each verb or event noun was or was "
                + "not coded (the pattern that fired, negation, condition, ...), and the events as `dyadic code` prints them."})
final class ExplainCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "TEXT", description = "One or more sentences, read as one article.")
    String text;

    @Option(names = "--date", description = "The article's publication date, YYYY-MM-DD (default: today); "
            + "relative dates (\"on Thursday\") are read against it.")
    LocalDate date = LocalDate.now();

    @Mixin
    ActorFilesOption actorFiles = new ActorFilesOption();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ActorDictionary dictionary = actorFiles.dictionary(spec.commandLine().getErr());
        if (dictionary == null) {
            return 2;
        }
        EventCoder coder = EventCoder.withActors(new ActorResolver(dictionary));
        Article article = new Article("explain", date, null, null, null, text, "command line");
        AnalyzedArticle analyzed = CoreNlpAnalyzer.shared().analyze(article);
        DocumentMemory memory = new DocumentMemory(date);
        out.println("date: " + date);
        for (Sentence s : analyzed.sentences()) {
            CodingTrace trace = new CodingTrace();
            List<Event> events = coder.code(analyzed, s, memory, trace);
            out.println();
            out.println("sentence " + s.index() + ": " + s.text());
            out.println("cascade: " + (coder.mayHoldEvent(s.withoutParse()) ? "parsed (an event word and a possible actor)"
                    : "not parsed by ingest and code (no event word with a possible actor); shown parsed here"));
            out.println("tokens (index word lemma POS NER [date] <-relation head):");
            for (Token t : s.tokens()) {
                int head = s.head(t.index());
                out.printf("  %3d %-16s %-14s %-5s %-12s%s <-%s %s%n", t.index(), t.word(), t.lemma(), t.pos(), t.ner(),
                        t.normalizedTime() == null ? "" : " [" + t.normalizedTime() + "]", s.relation(t.index()),
                        head > 0 ? head + ":" + s.token(head).word() : "ROOT");
            }
            out.println("actors:");
            if (trace.actors().isEmpty()) {
                out.println("  (none)");
            }
            for (ActorMention m : trace.actors()) {
                Actor a = m.actor();
                out.printf("  \"%s\" (head %d): %s%s%n", s.span(m.firstToken(), m.lastToken()), m.head(), a.code(),
                        a.name() == null ? "" : ", " + a.name() + (a.role() == null ? "" : ", " + a.role()));
            }
            out.println("decisions:");
            if (trace.decisions().isEmpty()) {
                out.println("  (no verb or noun of the sentence has a pattern)");
            }
            for (CodingTrace.Decision d : trace.decisions()) {
                out.printf("  %s (%d): %s: %s%n", d.word(), d.token(), d.outcome(), d.reason());
            }
            out.println("events:");
            if (events.isEmpty()) {
                out.println("  (none)");
            }
            for (Event e : events) {
                out.println("  " + EventJson.toJson(e));
            }
        }
        out.flush();
        return 0;
    }
}
