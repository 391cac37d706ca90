package dev.dyadic.cli;

import picocli.CommandLine.Option;

/** {@code --parse-all}, shared by the commands that code articles. */
final class CascadeOption {
    @Option(names = "--parse-all",
            description = "Parse every sentence. By default the NLP cascade parses only sentences with a pattern's event "
                    + "word and a possible actor, which gives the same events (see README) in a fraction of the time.")
    boolean parseAll;
}
