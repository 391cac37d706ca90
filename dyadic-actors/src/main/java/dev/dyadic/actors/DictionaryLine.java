package dev.dyadic.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** One data line of a tab-separated dictionary file, with its place for messages. */
record DictionaryLine(String file, int number, String[] fields) {
    static final String DIR = "/dyadic/actors/";

    String where() {
        return file + ":" + number;
    }

    String field(int i) {
        if (i >= fields.length || fields[i].isBlank()) {
            throw new IllegalStateException(where() + ": column " + (i + 1) + " is missing");
        }
        return fields[i].trim();
    }

    List<String> list(int i) {
        List<String> out = new ArrayList<>();
        if (i < fields.length) {
            for (String s : fields[i].split("\\|")) {
                if (!s.isBlank()) {
                    out.add(s.trim());
                }
            }
        }
        return out;
    }

    /** The data lines of a file shipped under {@code /dyadic/actors/}; comments and blank lines are skipped. */
    static List<DictionaryLine> resource(String name) {
        try (InputStream in = DictionaryLine.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("actor dictionary missing: " + DIR + name);
            }
            return read(name, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<DictionaryLine> read(String name, InputStream in) throws IOException {
        List<DictionaryLine> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String s;
        int n = 0;
        while ((s = r.readLine()) != null) {
            n++;
            if (!s.isBlank() && !s.startsWith("#")) {
                out.add(new DictionaryLine(name, n, s.split("\t", -1)));
            }
        }
        return out;
    }
}
