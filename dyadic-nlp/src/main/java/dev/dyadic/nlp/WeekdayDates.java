package dev.dyadic.nlp;

import dev.dyadic.model.Sentence;
import dev.dyadic.model.Token;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Re-resolves bare weekdays ("on Monday", "last Friday") against the article date the way news is written: a
 * weekday in a report names the most recent such day on or before the publication date, unless the sentence speaks
 * of the future ("will meet on Monday", "next Monday"), when it names the next one. SUTime resolves within a
 * calendar week instead, which puts "on Monday" in a Friday article on the following Monday.
 */
final class WeekdayDates {
    private static final Set<String> FUTURE_WORDS = Set.of("will", "shall", "'ll", "next", "upcoming", "scheduled");
    private static final Set<String> FILLER = Set.of("on", "this", "last", "next", "past", "the", "coming");

    private WeekdayDates() {
    }

    static Sentence resolve(Sentence sentence, LocalDate articleDate) {
        if (articleDate == null) {
            return sentence;
        }
        List<Token> tokens = sentence.tokens();
        List<Token> out = null;
        boolean future = tokens.stream().anyMatch(t -> FUTURE_WORDS.contains(t.lowerWord()));
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (!"DATE".equals(t.ner()) || t.normalizedTime() == null) {
                i++;
                continue;
            }
            int j = i;
            while (j < tokens.size() && "DATE".equals(tokens.get(j).ner()) && t.normalizedTime().equals(tokens.get(j).normalizedTime())) {
                j++;
            }
            DayOfWeek day = null;
            boolean only = true;
            String modifier = "";
            for (int k = i; k < j; k++) {
                String w = tokens.get(k).lowerWord();
                DayOfWeek d = weekday(w);
                if (d != null && day == null) {
                    day = d;
                } else if (FILLER.contains(w)) {
                    modifier = w.equals("on") || w.equals("the") ? modifier : w;
                } else {
                    only = false;
                }
            }
            if (day != null && only) {
                LocalDate resolved = switch (modifier) {
                    case "next", "coming" -> articleDate.with(TemporalAdjusters.next(day));
                    case "last", "past" -> articleDate.with(TemporalAdjusters.previous(day));
                    default -> future ? articleDate.with(TemporalAdjusters.nextOrSame(day))
                            : articleDate.with(TemporalAdjusters.previousOrSame(day));
                };
                if (out == null) {
                    out = new ArrayList<>(tokens);
                }
                for (int k = i; k < j; k++) {
                    Token o = tokens.get(k);
                    out.set(k, new Token(o.index(), o.word(), o.lemma(), o.pos(), o.ner(), resolved.toString(), o.begin(), o.end()));
                }
            }
            i = j;
        }
        return out == null ? sentence
                : new Sentence(sentence.index(), sentence.begin(), sentence.end(), sentence.text(), out, sentence.dependencies());
    }

    private static DayOfWeek weekday(String word) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().toLowerCase(Locale.ROOT).equals(word)) {
                return d;
            }
        }
        return null;
    }
}
