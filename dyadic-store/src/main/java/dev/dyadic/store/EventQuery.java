package dev.dyadic.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

    public EventQuery {
        dyads = dyads == null ? List.of() : List.copyOf(dyads);
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
