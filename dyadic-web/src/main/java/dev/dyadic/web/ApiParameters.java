package dev.dyadic.web;

import dev.dyadic.store.EventPage;
import dev.dyadic.store.EventQuery;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The query parameters of the API, read and checked: every malformed or unknown parameter is a {@link BadRequest}
 * naming it, so a typo never silently widens a query. Empty values count as absent (HTML forms send them).
 */
final class ApiParameters {
    /** The event filters, as {@code dyadic events} has them. */
    static final Set<String> FILTERS = Set.of("actor", "dyad", "person", "cameo", "plover", "quad", "from", "to", "source",
            "article", "min_confidence");
    static final int MAX_PER_PAGE = 500;

    private final Map<String, List<String>> params;

    ApiParameters(Map<String, List<String>> params) {
        this.params = params;
    }

    /** Fails on a parameter that is neither a filter (when {@code filters}) nor one of {@code others}. */
    ApiParameters allow(boolean filters, String... others) {
        Set<String> allowed = new TreeSet<>(List.of(others));
        if (filters) {
            allowed.addAll(FILTERS);
        }
        for (String name : params.keySet()) {
            if (!allowed.contains(name)) {
                throw new BadRequest("unknown parameter '" + name + "'" + (allowed.isEmpty() ? "; this call takes none"
                        : "; this call takes " + String.join(", ", allowed)));
            }
        }
        return this;
    }

    /** The single value of a parameter, or {@code null} when absent or empty. */
    String text(String name) {
        List<String> values = params.getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).toList();
        if (values.size() > 1) {
            throw new BadRequest("'" + name + "' is given " + values.size() + " times; give it once");
        }
        return values.isEmpty() ? null : values.get(0).trim();
    }

    String text(String name, String fallback) {
        String v = text(name);
        return v == null ? fallback : v;
    }

    int integer(String name, int fallback, int min, int max) {
        String v = text(name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw new BadRequest("'" + name + "' takes a number from " + min + " to " + max + ", not " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BadRequest("'" + name + "' takes a whole number, not '" + v + "'");
        }
    }

    LocalDate date(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new BadRequest("'" + name + "' takes a date as YYYY-MM-DD, not '" + v + "'");
        }
    }

    /** One of {@code choices} (any case), or the fallback when absent. */
    String choice(String name, String fallback, String... choices) {
        String v = text(name);
        if (v == null) {
            return fallback;
        }
        for (String c : choices) {
            if (c.equalsIgnoreCase(v)) {
                return c;
            }
        }
        throw new BadRequest("'" + name + "' takes one of " + String.join(", ", choices) + ", not '" + v + "'");
    }

    /** The event filter the parameters give. */
    EventQuery filter() {
        Integer quad = text("quad") == null ? null : integer("quad", 0, Integer.MIN_VALUE, Integer.MAX_VALUE);
        double minConfidence = 0;
        String c = text("min_confidence");
        if (c != null) {
            try {
                minConfidence = Double.parseDouble(c);
            } catch (NumberFormatException e) {
                throw new BadRequest("'min_confidence' takes a number from 0 to 1, not '" + c + "'");
            }
        }
        EventQuery q = EventQuery.all().withActor(text("actor")).withPerson(text("person")).withCameo(text("cameo"))
                .withPlover(text("plover")).withQuadClass(quad).withDates(date("from"), date("to")).withSource(text("source"))
                .withArticle(text("article")).withMinConfidence(minConfidence);
        for (String d : params.getOrDefault("dyad", List.of())) {
            if (!d.isBlank()) {
                try {
                    q = q.withDyad(EventQuery.Dyad.parse(d));
                } catch (IllegalArgumentException e) {
                    throw new BadRequest("'dyad': " + e.getMessage());
                }
            }
        }
        return checked(q);
    }

    /** The query, or a {@link BadRequest} naming the first value it cannot use. */
    static EventQuery checked(EventQuery q) {
        List<EventQuery.Problem> problems = q.problems();
        if (!problems.isEmpty()) {
            throw new BadRequest(problems.get(0).render(name -> "'" + name + "'"));
        }
        return q;
    }

    /** The page {@code page} (from 1) of {@code per_page} events, sorted by {@code sort} in {@code order}. */
    EventPage page() {
        int perPage = integer("per_page", 50, 1, MAX_PER_PAGE);
        int page = integer("page", 1, 1, Integer.MAX_VALUE / MAX_PER_PAGE);
        return new EventPage((page - 1) * perPage, perPage, sort(), descending());
    }

    EventPage.Sort sort() {
        String s = text("sort");
        try {
            return s == null ? EventPage.Sort.DATE : EventPage.Sort.of(s);
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
    }

    boolean descending() {
        return choice("order", "asc", "asc", "desc").equals("desc");
    }

    /** "country" or "code": how finely actors are told apart. */
    ActorLevel level() {
        return ActorLevel.valueOf(choice("level", "country", "country", "code").toUpperCase(Locale.ROOT));
    }
}
