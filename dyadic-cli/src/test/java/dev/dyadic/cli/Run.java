package dev.dyadic.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the dyadic command line in this process and keeps what it printed. */
record Run(int exitCode, String out, String err) {

    static Run dyadic(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = Dyadic.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    java.util.List<String> outLines() {
        return out.lines().filter(l -> !l.isBlank()).toList();
    }
}
