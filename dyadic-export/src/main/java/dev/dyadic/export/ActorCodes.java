package dev.dyadic.export;

import dev.dyadic.model.Actor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A CAMEO actor code split into its three-letter parts and what they mean, after the table
 * {@code /dyadic/export/cameo-actor-codes.tsv}: "CHNGOVMIL" is country CHN with types GOV and MIL; "IGOUNOKID" is
 * type IGO, with the known groups UNO and KID; "IGOMOSOIC" is type IGO, religion MOS, known group OIC.
 *
 * @param country     the country or region (first part, or a region part after a non-country first part), or ""
 * @param knownGroup  the known group or organisation: the last part that is not in the table (not the first), or ""
 * @param ethnic      the ethnic group, or ""
 * @param religions   religion parts, in order
 * @param types       type (sector) parts, in order, the first part first when it is a type ("IGO", "NGO")
 * @param otherGroups parts not in the table before the known group ("UNO" in "IGOUNOKID")
 */
record ActorCodes(String country, String knownGroup, String ethnic, List<String> religions, List<String> types,
                  List<String> otherGroups) {
    static final String TYPE = "type";
    static final String REGION = "region";
    static final String RELIGION = "religion";
    static final String ETHNIC = "ethnic";

    private static final Map<String, String> KINDS = load();

    /** The parts of an actor's code. */
    static ActorCodes of(Actor a) {
        String code = a.code() == null || a.code().isEmpty() ? a.country() : a.code();
        return of(code == null ? "" : code);
    }

    /** The parts of a code ("CHNGOV"); a trailing piece shorter than three letters is ignored. */
    static ActorCodes of(String code) {
        String country = "";
        String knownGroup = "";
        String ethnic = "";
        List<String> religions = new ArrayList<>();
        List<String> types = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        for (int i = 0; i + 3 <= code.length(); i += 3) {
            String part = code.substring(i, i + 3);
            String kind = KINDS.get(part);
            if (TYPE.equals(kind)) {
                types.add(part);
            } else if (RELIGION.equals(kind)) {
                religions.add(part);
            } else if (ETHNIC.equals(kind) && i > 0 && ethnic.isEmpty()) {
                ethnic = part;
            } else if (i == 0 || REGION.equals(kind) && country.isEmpty()) {
                country = part;
            } else {
                groups.add(part);
            }
        }
        if (!groups.isEmpty()) {
            knownGroup = groups.remove(groups.size() - 1);
        }
        return new ActorCodes(country, knownGroup, ethnic, List.copyOf(religions), List.copyOf(types),
                List.copyOf(groups));
    }

    /** What a three-letter part means ("type", "region", "religion", "ethnic"), or {@code null} when not listed. */
    static String kind(String part) {
        return KINDS.get(part);
    }

    private static Map<String, String> load() {
        Map<String, String> kinds = new HashMap<>();
        for (String[] row : Tsv.read("/dyadic/export/cameo-actor-codes.tsv")) {
            if (row.length >= 2) {
                kinds.put(row[0].trim(), row[1].trim());
            }
        }
        return Map.copyOf(kinds);
    }

    /** Reads the tab-separated resource tables of this package. */
    static final class Tsv {
        private Tsv() {
        }

        /** The rows of a resource, comment lines (starting with "#") and blank lines left out. */
        static List<String[]> read(String resource) {
            try (InputStream in = ActorCodes.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("export resource missing: " + resource);
                }
                List<String[]> rows = new ArrayList<>();
                try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                    for (String line = r.readLine(); line != null; line = r.readLine()) {
                        if (!line.isBlank() && !line.startsWith("#")) {
                            rows.add(line.split("\t", -1));
                        }
                    }
                }
                return rows;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
