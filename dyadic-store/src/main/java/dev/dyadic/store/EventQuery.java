package dev.dyadic.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which stored events to list; {@code null} fields (and an empty dyad list) do not filter. Build one with
 * {@link #all()} and the {@code with} methods.
 *
 * @param actor         prefix of a source or target actor code ("CHN", "CHNGOV", "IGO")
 * @param dyads         source and target code prefixes; an event matches when it matches any of them
 * @param person        part of the name of a person among the event's actors ("Wang Yi", "lavrov"), any case
 * @param cameo         prefix of the CAMEO code ("04", "041")
 * @param plover        PLOVER event type ("CONSULT"), any case
 * @param quadClass     GDELT quad class, 1 to 4
 * @param from          events that may have happened on or after this day (a month-precise date overlaps if any day does)
 * @param to            events that may have happened on or before this day
 * @param source        publisher of an article that reports the event ("Xinhua"), any case
 * @param articleId     events reported by one article
 * @param minConfidence events whose confidence (the highest of their mentions) is at least this
 * @param limit         at most this many events; 0 for all
 */
public record EventQuery(String actor, List<Dyad> dyads, String person, String cameo, String plover, Integer quadClass,
                         LocalDate from, LocalDate to, String source, String articleId, double minConfidence, int limit) {

    /** A directed pair of actor code prefixes: source first. */
    public record Dyad(String source, String target) {
        /** "CHN,RUS" -> source CHN, target RUS. */
        public static Dyad parse(String pair) {
            String[] parts = pair.split(",", -1);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new IllegalArgumentException("a dyad is two actor codes separated by a comma (CHN,RUS), not '" + pair + "'");
            }
            return new Dyad(parts[0].trim(), parts[1].trim());
        }
    }

    /**
     * A filter value that cannot be used as given. The message names filters as {@code {from}}; {@link #render} writes
     * them as the caller names its options ("--from" on the command line, "'from'" in the web API).
     *
     * @param filter  the filter at fault ("cameo", "min_confidence")
     * @param message what it takes: "{cameo} takes 2 to 4 digits (04, 042), not '4'"
     */
    public record Problem(String filter, String message) {
        private static final Pattern NAME = Pattern.compile("\\{([a-z_]+)}");

        /** The message with each {@code {name}} replaced by {@code style.apply(name)}. */
        public String render(UnaryOperator<String> style) {
            return NAME.matcher(message).replaceAll(m -> Matcher.quoteReplacement(style.apply(m.group(1))));
        }
    }

    public EventQuery {
        dyads = dyads == null ? List.of() : List.copyOf(dyads);
    }

    /** What is wrong with the values of this query, in the order of its fields; empty when it can run. */
    public List<Problem> problems() {
        List<Problem> out = new ArrayList<>();
        if (actor != null && !isCode(actor)) {
            out.add(new Problem("actor", "{actor} takes a code of letters and digits (CHN, CHNGOV), not '" + actor + "'"));
        }
        for (Dyad d : dyads) {
            if (!isCode(d.source()) || !isCode(d.target())) {
                out.add(new Problem("dyad", "{dyad} takes two codes of letters and digits (CHN,RUS), not '"
                        + d.source() + "," + d.target() + "'"));
            }
        }
        if (cameo != null && !cameo.matches("\\d{2,4}")) {
            out.add(new Problem("cameo", "{cameo} takes 2 to 4 digits (04, 042), not '" + cameo + "'"));
        }
        if (quadClass != null && (quadClass < 1 || quadClass > 4)) {
            out.add(new Problem("quad", "{quad} takes 1, 2, 3 or 4, not " + quadClass));
        }
        if (from != null && to != null && from.isAfter(to)) {
            out.add(new Problem("from", "{from} " + from + " is after {to} " + to));
        }
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            out.add(new Problem("min_confidence", "{min_confidence} takes a number from 0 to 1, not " + minConfidence));
        }
        if (limit < 0) {
            out.add(new Problem("limit", "{limit} takes 0 (all) or more, not " + limit));
        }
        return out;
    }

    private static boolean isCode(String code) {
        return code.matches("[A-Za-z0-9]+");
    }

    public static EventQuery all() {
        return new EventQuery(null, List.of(), null, null, null, null, null, null, null, null, 0, 0);
    }

    public EventQuery withActor(String a) {
        return new EventQuery(a, dyads, person, cameo, plover, quadClass, from, to, source, articleId, minConfidence, limit);
    }

    public EventQuery withDyad(Dyad d) {
        List<Dyad> more = new ArrayList<>(dyads);
        more.add(d);
        return new EventQuery(actor, more, person, cameo, plover, quadClass, from, to, source, articleId, minConfidence, limit);
    }

    public EventQuery withPerson(String p) {
        return new EventQuery(actor, dyads, p, cameo, plover, quadClass, from, to, source, articleId, minConfidence, limit);
    }

    public EventQuery withCameo(String c) {
        return new EventQuery(actor, dyads, person, c, plover, quadClass, from, to, source, articleId, minConfidence, limit);
    }

    public EventQuery withPlover(String p) {
        return new EventQuery(actor, dyads, person, cameo, p, quadClass, from, to, source, articleId, minConfidence, limit);
    }

    public EventQuery withQuadClass(Integer q) {
        return new EventQuery(actor, dyads, person, cameo, plover, q, from, to, source, articleId, minConfidence, limit);
    }

    public EventQuery withDates(LocalDate f, LocalDate t) {
        return new EventQuery(actor, dyads, person, cameo, plover, quadClass, f, t, source, articleId, minConfidence, limit);
    }

    public EventQuery withSource(String s) {
        return new EventQuery(actor, dyads, person, cameo, plover, quadClass, from, to, s, articleId, minConfidence, limit);
    }

    public EventQuery withArticle(String id) {
        return new EventQuery(actor, dyads, person, cameo, plover, quadClass, from, to, source, id, minConfidence, limit);
    }

    public EventQuery withMinConfidence(double c) {
        return new EventQuery(actor, dyads, person, cameo, plover, quadClass, from, to, source, articleId, c, limit);
    }

    public EventQuery withLimit(int n) {
        return new EventQuery(actor, dyads, person, cameo, plover, quadClass, from, to, source, articleId, minConfidence, n);
    }
}
