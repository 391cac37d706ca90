package dev.dyadic.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dyadic} command line. */
@Command(name = "dyadic", mixinStandardHelpOptions = true, version = "dyadic 0.1.0",
        description = "Codes political events (who did what to whom, when) from news articles, with evidence.",
        subcommands = {IngestCommand.class, EventsCommand.class, SearchCommand.class, StatsCommand.class, ExportCommand.class,
                ServeCommand.class, QueryBenchCommand.class, CodeCommand.class, ExplainCommand.class, BenchCommand.class, ActorsCommand.class, PatternsCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:failure (for example the database is in use or cannot be written)",
                "2:bad command-line usage", "3:finished, but some inputs were skipped (each named on standard error)"})
public final class Dyadic {
    /** Finished, but some inputs were bad and skipped. */
    public static final int EXIT_SKIPPED = 3;

    public static void main(String[] args) {
        CommandLine cl = commandLine();
        cl.setOut(new java.io.PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true));
        cl.setErr(new java.io.PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true));
        System.exit(cl.execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Dyadic());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("dyadic: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
            return 1;
        });
        return cl;
    }
}
