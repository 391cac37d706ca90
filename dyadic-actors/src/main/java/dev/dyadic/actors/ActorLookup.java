package dev.dyadic.actors;

import dev.dyadic.model.Actor;
import dev.dyadic.model.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Explains, step by step, how a name with the words before it is resolved on a date: what the context says
 * (country, office), whether the name is in the dictionary, who held the office then, and how alike the names are.
 * The same dictionary, matcher and thresholds as in coding, without the NLP pipeline.
 */
public final class ActorLookup {
    private final ActorDictionary dictionary;
    private final OfficeHolders holders;

    public ActorLookup(ActorDictionary dictionary) {
        this.dictionary = dictionary;
        this.holders = new OfficeHolders(dictionary);
    }

    /** The actor found (or {@code null}) and the steps that led there. */
    public record Result(Actor actor, List<String> steps) {
    }

    public Result lookup(String name, String context, LocalDate date) {
        List<String> steps = new ArrayList<>();
        String text = (context == null ? "" : context.strip() + " ") + name.strip();
        List<Token> tokens = tokens(text, context == null ? 0 : tokens(context.strip(), 0).size());
        List<TermMatch> matches = dictionary.match(tokens);
        steps.add("date: " + date);
        String country = null;
        String sector = "";
        Offices.Office office = null;
        String title = null;
        TermMatch named = null;
        for (TermMatch m : matches) {
            String words = span(tokens, m);
            Term t = m.term();
            switch (t.kind()) {
                case COUNTRY, ADJECTIVE, METONYM -> {
                    country = t.code();
                    steps.add("\"" + words + "\": country " + t.code() + (t.kind() == Term.Kind.METONYM ? ", sector " + t.sector() : ""));
                    if (t.kind() == Term.Kind.METONYM && sector.isEmpty()) {
                        sector = t.sector();
                    }
                }
                case ORGANISATION -> {
                    country = t.code();
                    steps.add("\"" + words + "\": organisation " + t.code());
                }
                case SECTOR -> {
                    sector = t.sector();
                    if (t.office() != null) {
                        office = t.office();
                        title = words;
                    }
                    steps.add("\"" + words + "\": sector " + t.sector() + (t.office() != null ? ", office " + t.office().name() : ""));
                }
                case NAMED -> {
                    named = m;
                    steps.add("\"" + words + "\": in the dictionary as " + t.actor().name() + " (" + t.actor().origin() + ")");
                }
                case NOT_ACTOR -> {
                    steps.add("\"" + words + "\": " + t.code() + ", never an actor");
                    return new Result(null, steps);
                }
            }
        }
        if (named != null) {
            ActorEntry e = named.term().actor();
            Role r = e.roleOn(date);
            steps.add(r != null ? "on " + date + ": " + (r.title() != null ? r.title() : "coded") + " (" + r.code() + ", "
                    + (r.from() == null ? "?" : r.from()) + " to " + (r.to() == null ? "today" : r.to()) + ")"
                    : "on " + date + ": no dated role; code " + e.code());
            Actor a = SentenceActors.named(e, date, text);
            steps.add("resolved: " + describe(a));
            return new Result(a, steps);
        }
        if (country != null && office != null) {
            List<OfficeHolders.Candidate> c = holders.candidates(name, country, office, date);
            if (c.isEmpty()) {
                steps.add("no holder of " + country + " " + office.name() + " on " + date + " in the dictionary");
            }
            for (OfficeHolders.Candidate k : c) {
                steps.add(String.format(Locale.ROOT, "holder of %s %s on %s: %s, similarity to \"%s\" %.2f (at least %.2f needed)",
                        country, office.name(), date, k.holding().actor().name(), name, k.similarity(), OfficeHolders.MIN_SIMILARITY));
            }
            OfficeHolders.Candidate best = holders.nearMiss(name, country, office, date);
            if (best != null) {
                Actor a = SentenceActors.holder(best.holding(), text);
                steps.add("resolved: " + describe(a));
                return new Result(a, steps);
            }
        } else {
            steps.add("no title with a nationality in the context, so an unknown name is not matched to anyone");
        }
        if (country != null) {
            Actor a = Actor.of(country, sector, null, title, text);
            steps.add("resolved without a person: " + describe(a));
            return new Result(a, steps);
        }
        steps.add("unresolved");
        return new Result(null, steps);
    }

    private static String describe(Actor a) {
        return a.code() + (a.name() != null ? ", " + a.name() : "") + (a.role() != null ? ", " + a.role() : "");
    }

    private static String span(List<Token> tokens, TermMatch m) {
        StringBuilder b = new StringBuilder();
        for (int i = m.first(); i <= m.last(); i++) {
            b.append(i > m.first() ? " " : "").append(tokens.get(i - 1).word());
        }
        return b.toString();
    }

    /** Words split as CoreNLP would, roughly ("China's" -> "China", "'s"); tokens from {@code nameFrom} on are PERSON. */
    static List<Token> tokens(String text, int nameFrom) {
        List<Token> out = new ArrayList<>();
        for (String w : TermTrie.words(text.replaceAll("([,;:()\"])", " $1 ").replace("-", " - "))) {
            int i = out.size();
            out.add(new Token(i + 1, w, w.toLowerCase(Locale.ROOT), "NNP", i >= nameFrom ? "PERSON" : "O", null, 0, 0));
        }
        return out;
    }
}
