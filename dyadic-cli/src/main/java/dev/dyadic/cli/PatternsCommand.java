package dev.dyadic.cli;

import dev.dyadic.coder.PetrarchVerbConverter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyadic patterns}: work on the event pattern files. */
@Command(name = "patterns", mixinStandardHelpOptions = true,
        description = "Converts the PETRARCH-2 verb dictionary into Dyadic's event patterns.",
        subcommands = {PatternsCommand.ConvertPetrarch.class})
public final class PatternsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "convert-petrarch", mixinStandardHelpOptions = true,
            description = {"Converts PETRARCH-2's CAMEO verb dictionary (CAMEO.2.0.txt) into Dyadic's pattern syntax and"
                    + " prints what was converted and what was left out, by reason.",
                    "The shipped dyadic-coder/src/main/resources/dyadic/coder/petrarch-verbs.txt was made with it."})
    static final class ConvertPetrarch implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--from", required = true, paramLabel = "FILE", description = "the verb dictionary, CAMEO.2.0.txt")
        Path from;

        @Option(names = "--to", required = true, paramLabel = "FILE", description = "the pattern file to write")
        Path to;

        @Override
        public Integer call() throws Exception {
            PetrarchVerbConverter.convert(from, to).describe().forEach(spec.commandLine().getOut()::println);
            return 0;
        }
    }
}
