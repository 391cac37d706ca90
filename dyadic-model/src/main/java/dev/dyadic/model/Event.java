package dev.dyadic.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A coded event: who did what to whom, when and where, with the sentences that show it.
 *
 * @param articleId  the article it was coded from
 * @param source     the actors who act (more than one for compound actors); may be empty
 * @param target     the actors acted upon; may be empty ("not specified")
 * @param cameo      CAMEO event code ("041")
 * @param plover     PLOVER 2.0 code for the CAMEO code (type, mode, context)
 * @param goldstein  Goldstein weight of the CAMEO code
 * @param quadClass  GDELT quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param date       when it happened
 * @param evidence   the sentence that shows it first
 * @param pattern    the pattern that fired (its line in the pattern file), for explanation
 * @param trigger    the words the pattern matched
 * @param place      where it happened, or {@code null} when the clause names no place
 * @param confidence how sure the coder is, from 0 to 1 (see the coder's documentation)
 * @param mentions   further sentences of the same article that tell the same event (empty when told once)
 */
public record Event(String articleId, List<Actor> source, List<Actor> target, String cameo, PloverCode plover,
                    double goldstein, int quadClass, EventDate date, Evidence evidence, String pattern, String trigger,
                    Place place, double confidence, List<Evidence> mentions) {
    public Event {
        source = List.copyOf(source);
        target = List.copyOf(target);
        mentions = List.copyOf(mentions);
    }

    /** An event told once, with no place and full confidence. */
    public Event(String articleId, List<Actor> source, List<Actor> target, String cameo, PloverCode plover,
                 double goldstein, int quadClass, EventDate date, Evidence evidence, String pattern, String trigger) {
        this(articleId, source, target, cameo, plover, goldstein, quadClass, date, evidence, pattern, trigger, null, 1.0,
                List.of());
    }

    /** This event on another date. */
    public Event withDate(EventDate other) {
        return new Event(articleId, source, target, cameo, plover, goldstein, quadClass, other, evidence, pattern, trigger,
                place, confidence, mentions);
    }

    /** This event as told in another text: another article's id, and where the telling is in that text. */
    public Event toldIn(String otherArticleId, Evidence where) {
        return new Event(otherArticleId, source, target, cameo, plover, goldstein, quadClass, date, where, pattern, trigger,
                place, confidence, List.of());
    }

    /** This event told once more, in {@code other}. */
    public Event withMention(Evidence other) {
        List<Evidence> more = new ArrayList<>(mentions);
        more.add(other);
        return new Event(articleId, source, target, cameo, plover, goldstein, quadClass, date, evidence, pattern, trigger,
                place, confidence, more);
    }
}
