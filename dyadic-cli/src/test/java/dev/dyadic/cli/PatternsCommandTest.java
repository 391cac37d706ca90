package dev.dyadic.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PatternsCommandTest {

    @Test
    void convertPetrarchWritesThePatternsAndPrintsTheCounts(@TempDir Path dir) throws Exception {
        Path from = dir.resolve("CAMEO.2.0.txt");
        Files.writeString(from, """
                ---  RUSH   [---]  ---
                RUSH
                - * AID                [070]
                - * (BEFORE COURT)     [:173]
                """);
        Path to = dir.resolve("out").resolve("petrarch-verbs.txt");
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(new PatternsCommand());
        cl.setOut(new PrintWriter(out, true));
        int code = cl.execute("convert-petrarch", "--from", from.toString(), "--to", to.toString());

        assertEquals(0, code, out.toString());
        assertTrue(out.toString().contains("patterns read: 2, converted: 1"), out.toString());
        assertTrue(out.toString().contains("1  only a reverse code ([:173])"), out.toString());
        assertTrue(Files.readString(to).contains(
                "\n070  rush aid -> obj iobj comp to against with on for into between  # CAMEO.2.0.txt:3\n"));
    }

    @Test
    void aMissingDictionaryIsAnErrorNotACrash(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new PatternsCommand());
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute("convert-petrarch", "--from", dir.resolve("none.txt").toString(),
                "--to", dir.resolve("out.txt").toString());
        assertNotEquals(0, code);
        assertFalse(Files.exists(dir.resolve("out.txt")));
    }
}
