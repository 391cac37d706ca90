package dev.dyadic.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes actor files: entries of {@code key: value} lines, each starting with {@code actor:}
 * (see {@code dyadic/actors/people/README.md}). Errors name the file and line.
 */
public final class ActorFile {
    /** Office written in a role line whose source names none (Phoenix dates codes, not offices). */
    public static final String NO_OFFICE = "-";

    private ActorFile() {
    }

    public static List<ActorEntry> read(String file, Reader in, Offices offices) throws IOException {
        List<ActorEntry> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(in);
        Builder current = null;
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            String where = file + ":" + n;
            int colon = s.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException(where + ": expected \"key: value\", found \"" + s + "\"");
            }
            String key = s.substring(0, colon).strip();
            String value = s.substring(colon + 1).strip();
            if (key.equals("actor")) {
                if (current != null) {
                    out.add(current.build(offices));
                }
                if (value.isEmpty()) {
                    throw new IllegalArgumentException(where + ": actor without a name");
                }
                current = new Builder(value, where);
                continue;
            }
            if (current == null) {
                throw new IllegalArgumentException(where + ": \"" + key + ":\" before the first \"actor:\" line");
            }
            switch (key) {
                case "code" -> current.code = code(value, where);
                case "aliases" -> {
                    for (String a : value.split("\\|")) {
                        if (!a.isBlank()) {
                            current.aliases.add(a.strip());
                        }
                    }
                }
                case "role" -> current.roleLines.add(new String[] {value, where});
                default -> throw new IllegalArgumentException(where + ": unknown key \"" + key + "\" (actor, code, aliases, role)");
            }
        }
        if (current != null) {
            out.add(current.build(offices));
        }
        return out;
    }

    private static final class Builder {
        final String name;
        final String where;
        String code;
        final List<String> aliases = new ArrayList<>();
        final List<String[]> roleLines = new ArrayList<>();

        Builder(String name, String where) {
            this.name = name;
            this.where = where;
        }

        /** Role lines are parsed once the entry's code is known: it is their default code. */
        ActorEntry build(Offices offices) {
            if (code == null) {
                throw new IllegalArgumentException(where + ": actor \"" + name + "\" has no \"code:\" line");
            }
            List<Role> roles = new ArrayList<>();
            for (String[] rl : roleLines) {
                roles.add(role(rl[0], rl[1], code, offices));
            }
            return new ActorEntry(name, code, aliases, roles, where);
        }
    }

    static Role role(String value, String where, String defaultCode, Offices offices) {
        String[] f = value.split("\\|", -1);
        if (f.length < 3 || f.length > 4) {
            throw new IllegalArgumentException(where + ": a role is \"office | from | to\" or \"office | from | to | CODE\", found \""
                    + value + "\"");
        }
        String title = f[0].strip();
        Offices.Office office = null;
        if (!title.equals(NO_OFFICE)) {
            office = offices.byTitle(title);
            if (office == null) {
                throw new IllegalArgumentException(where + ": unknown office \"" + title + "\" (add it to offices.tsv)");
            }
        }
        LocalDate from = date(f[1].strip(), true, where);
        LocalDate to = date(f[2].strip(), false, where);
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException(where + ": role starts (" + from + ") after it ends (" + to + ")");
        }
        String code = f.length == 4 && !f[3].isBlank() ? code(f[3].strip(), where) : defaultCode;
        return new Role(office, title.equals(NO_OFFICE) ? null : title, code, from, to);
    }

    /** YYYY-MM-DD, YYYY-MM or YYYY; a partial date is its first day for a start and its last day for an end. */
    static LocalDate date(String s, boolean start, String where) {
        if (s.isEmpty()) {
            return null;
        }
        try {
            if (s.length() == 4) {
                int y = Integer.parseInt(s);
                return start ? LocalDate.of(y, 1, 1) : LocalDate.of(y, 12, 31);
            }
            if (s.length() == 7) {
                YearMonth ym = YearMonth.parse(s);
                return start ? ym.atDay(1) : ym.atEndOfMonth();
            }
            return LocalDate.parse(s);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException(where + ": \"" + s + "\" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)");
        }
    }

    static String code(String s, String where) {
        if (!s.matches("[A-Z]{3}([A-Z]{3})*")) {
            throw new IllegalArgumentException(where + ": \"" + s + "\" is not a code (three capital letters, then sectors of three)");
        }
        return s;
    }

    /** The entry as lines of an actor file. */
    public static String write(ActorEntry e) {
        StringBuilder out = new StringBuilder();
        out.append("actor: ").append(e.name()).append('\n');
        out.append("code: ").append(e.code()).append('\n');
        if (!e.aliases().isEmpty()) {
            out.append("aliases: ").append(String.join(" | ", e.aliases())).append('\n');
        }
        for (Role r : e.roles()) {
            out.append("role: ").append(r.title() == null ? NO_OFFICE : r.title())
                    .append(" | ").append(r.from() == null ? "" : r.from())
                    .append(" | ").append(r.to() == null ? "" : r.to());
            if (!r.code().equals(e.code())) {
                out.append(" | ").append(r.code());
            }
            out.append('\n');
        }
        return out.toString();
    }
}
