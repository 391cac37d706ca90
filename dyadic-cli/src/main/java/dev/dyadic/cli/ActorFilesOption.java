package dev.dyadic.cli;

import dev.dyadic.actors.ActorDictionary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --actors FILE}, shared by the commands that resolve actors. */
final class ActorFilesOption {
    @Option(names = "--actors", paramLabel = "FILE",
            description = "An actor file (format: see README) that adds to or overrides the shipped dictionary; repeatable.")
    List<Path> files = new ArrayList<>();

    /**
     * The shipped dictionary with the user's files read last; {@code null} after naming the file and line of an entry
     * that cannot be read on {@code err} (the command then exits with 2).
     */
    ActorDictionary dictionary(PrintWriter err) {
        try {
            return ActorDictionary.withUserFiles(files);
        } catch (IllegalArgumentException e) {
            err.println("dyadic: " + e.getMessage());
            return null;
        }
    }
}
