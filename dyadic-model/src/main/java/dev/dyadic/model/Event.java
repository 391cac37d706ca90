package dev.dyadic.model;

import java.util.List;

/**
 * A coded event: who did what to whom, when, with the sentence that shows it.
 *
 * @param articleId the article it was coded from
 * @param source    the actors who act (more than one for compound actors); may be empty
 * @param target    the actors acted upon; may be empty ("not specified")
 * @param cameo     CAMEO event code ("041")
 * @param plover    PLOVER 2.0 code for the CAMEO code (type, mode, context)
 * @param goldstein Goldstein weight of the CAMEO code
 * @param quadClass GDELT quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param date      when it happened
 * @param evidence  the sentence
 * @param pattern   the pattern that fired (its line in the pattern file), for explanation
 * @param trigger   the words that triggered it
 */
public record Event(String articleId, List<Actor> source, List<Actor> target, String cameo, PloverCode plover,
                    double goldstein, int quadClass, EventDate date, Evidence evidence, String pattern, String trigger) {
    public Event {
        source = List.copyOf(source);
        target = List.copyOf(target);
    }
}
