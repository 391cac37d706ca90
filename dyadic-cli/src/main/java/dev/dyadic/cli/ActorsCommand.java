package dev.dyadic.cli;

import dev.dyadic.actors.ActorDictionary;
import dev.dyadic.actors.ActorLookup;
import dev.dyadic.actors.PhoenixConverter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dyadic actors}: look into the actor dictionary. */
@Command(name = "actors", mixinStandardHelpOptions = true,
        description = "Explains how a name is resolved, or converts the Phoenix dictionaries.",
        subcommands = {ActorsCommand.Lookup.class, ActorsCommand.ConvertPhoenix.class})
public final class ActorsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "lookup", mixinStandardHelpOptions = true,
            description = {"Explains how a name is resolved to an actor on a date, step by step.",
                    "Example: dyadic actors lookup \"Culba\" --date 2023-03-16 --context \"Ukrainian Foreign Minister\"",
                    "Exit code 0 when an actor is found, 1 when not, 2 when an actor file cannot be read."})
    static final class Lookup implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME", description = "the name as written in the text")
        String name;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "the date of the event (default: today)")
        LocalDate date;

        @Option(names = "--context", paramLabel = "WORDS", description = "the words before the name: title, nationality (\"Ukrainian Foreign Minister\")")
        String context = "";

        @Mixin
        ActorFilesOption actorFiles = new ActorFilesOption();

        @Override
        public Integer call() {
            ActorDictionary dictionary = actorFiles.dictionary(spec.commandLine().getErr());
            if (dictionary == null) {
                return 2;
            }
            ActorLookup.Result r = new ActorLookup(dictionary).lookup(name, context, date != null ? date : LocalDate.now());
            r.steps().forEach(spec.commandLine().getOut()::println);
            return r.actor() != null ? 0 : 1;
        }
    }

    @Command(name = "convert-phoenix", mixinStandardHelpOptions = true,
            description = {"Converts the Phoenix actor and agent dictionaries into Dyadic's actor files.",
                    "The shipped files under dyadic-actors/src/main/resources/dyadic/actors/phoenix/ were made with it."})
    static final class ConvertPhoenix implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--from", required = true, paramLabel = "DIR", description = "folder with Phoenix.Countries.actors.txt, ...")
        Path from;

        @Option(names = "--to", required = true, paramLabel = "DIR", description = "folder to write countries.actors, ... into")
        Path to;

        @Override
        public Integer call() throws Exception {
            PhoenixConverter converter = new PhoenixConverter(ActorDictionary.standardCountries());
            converter.convert(from, to).forEach(spec.commandLine().getOut()::println);
            if (!converter.dropped().isEmpty()) {
                spec.commandLine().getOut().println("codes left out (country not in countries.tsv): " + converter.dropped());
            }
            return 0;
        }
    }
}
