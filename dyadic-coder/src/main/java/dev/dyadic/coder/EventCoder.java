package dev.dyadic.coder;

import dev.dyadic.actors.ActorResolver;
import dev.dyadic.actors.DocumentMemory;
import dev.dyadic.actors.SentenceActors;
import dev.dyadic.model.Actor;
import dev.dyadic.model.AnalyzedArticle;
import dev.dyadic.model.CameoCodebook;
import dev.dyadic.model.Dependency;
import dev.dyadic.model.Event;
import dev.dyadic.model.EventDate;
import dev.dyadic.model.Evidence;
import dev.dyadic.model.Sentence;
import dev.dyadic.model.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Codes events: for each verb of a sentence, the first pattern of the {@link PatternBook} whose conditions hold,
 * with source and target actors from its arguments, unless the verb is negated, conditional or in a question.
 * Thread-safe.
 */
public final class EventCoder {
    /** Target slot: when nothing else names a target, the actors of a compound subject act on each other. */
    static final String MUTUAL = "mutual";
    /** Suffix of a target slot that must name an actor for the pattern to apply ("release|free -> obj!"). */
    static final String REQUIRED = "!";
    private final ActorResolver actors;
    private final PatternBook patterns;
    private final Modality modality;
    private final CameoCodebook codebook;

    public EventCoder(ActorResolver actors, PatternBook patterns, Modality modality, CameoCodebook codebook) {
        this.actors = actors;
        this.patterns = patterns;
        this.modality = modality;
        this.codebook = codebook;
    }

    public static EventCoder standard() {
        return new EventCoder(ActorResolver.standard(), PatternBook.standard(), Modality.standard(), CameoCodebook.standard());
    }

    public List<Event> code(AnalyzedArticle article) {
        List<Event> events = new ArrayList<>();
        DocumentMemory memory = new DocumentMemory(article.article().date());
        for (Sentence s : article.sentences()) {
            events.addAll(code(article, s, memory));
        }
        return events;
    }

    /** The events of one sentence read on its own, in the order of their verbs. */
    public List<Event> code(AnalyzedArticle article, Sentence s) {
        return code(article, s, new DocumentMemory(article.article().date()));
    }

    /** The events of one sentence, with what the article said before it, in the order of their verbs. */
    public List<Event> code(AnalyzedArticle article, Sentence s, DocumentMemory memory) {
        List<Event> out = new ArrayList<>();
        SentenceActors sentenceActors = actors.resolve(s, memory);
        if (isQuestion(s)) {
            return out;
        }
        Set<Integer> coded = new HashSet<>();
        for (Token t : s.tokens()) {
            if (!t.isVerb()) {
                continue;
            }
            if (isComplementOfCoded(s, t.index(), coded)) {
                // "urged Belarus to release", "threatened to expel", "agreed to hold talks", "denied that it
                // attacked": the act in the complement is what the coded verb is about, not a second event
                continue;
            }
            List<EventPattern> candidates = patterns.forVerb(t.lemma().toLowerCase(Locale.ROOT));
            if (candidates.isEmpty() || isNegated(s, t.index()) || isConditional(s, t.index())) {
                continue;
            }
            Clause clause = new Clause(s, t.index());
            for (EventPattern p : candidates) {
                int object = p.objects().isEmpty() ? 0 : objectMatching(s, clause, p);
                if (!p.objects().isEmpty() && object == 0) {
                    continue;
                }
                if (p.preposition() != null && !clause.governs(p.preposition())) {
                    continue;
                }
                List<Actor> source = actorsOf(sentenceActors, clause.subjects());
                List<Actor> target = target(sentenceActors, clause, p, object);
                if (target.isEmpty() && !source.isEmpty() && p.targets().contains("obj")) {
                    // "shelled Iraqi towns", "condemned Serbia's suppression of ...": the object's country, when the act
                    // already has a source (this never makes an event on its own)
                    target = ownerCountries(sentenceActors, clause.objects());
                }
                if (target.isEmpty() && !source.isEmpty() && p.targets().contains("comp")) {
                    target = ownerCountries(sentenceActors, clause.complementObjects()); // "threatened to shell Iraqi towns"
                }
                if (source.equals(target)) {
                    target = List.of();
                }
                if (target.isEmpty() && p.targets().stream().anyMatch(slot -> slot.endsWith(REQUIRED))) {
                    continue;
                }
                if (target.isEmpty() && p.targets().contains(MUTUAL) && source.size() > 1) {
                    // "China and Syria held talks": each acts on the other
                    for (Actor a : source) {
                        List<Actor> others = source.stream().filter(o -> !o.country().equals(a.country())).toList();
                        if (!others.isEmpty()) {
                            add(out, event(article, s, t, clause, p, object, List.of(a), others));
                        }
                    }
                } else if (!source.isEmpty() || !target.isEmpty()) {
                    add(out, event(article, s, t, clause, p, object, source, target));
                }
                coded.add(t.index());
                break;
            }
        }
        return out;
    }

    private Event event(AnalyzedArticle article, Sentence s, Token verb, Clause clause, EventPattern p, int object,
                        List<Actor> source, List<Actor> target) {
        String code = isIntended(s, verb.index()) ? modality.intentCode(p.code()) : p.code();
        String own = clause.ownDate();
        EventDate date = own != null ? new EventDate(own, EventDate.SENTENCE)
                : article.article().date() != null ? new EventDate(article.article().date().toString(), EventDate.ARTICLE)
                : EventDate.unknown();
        String trigger = object > 0 ? verb.word() + " ... " + s.token(object).word() : verb.word();
        return new Event(article.article().id(), source, target, code, codebook.plover(code), codebook.goldstein(code),
                codebook.quadClass(code), date, new Evidence(s.index(), s.begin(), s.end(), s.text()), p.source(), trigger);
    }

    /**
     * Adds an event unless the sentence already has it: the same code between the same countries ("will visit
     * Russia and meet with Russian President Putin" is one intent). Of two such, the one with more precise actors stays.
     */
    private static void add(List<Event> out, Event e) {
        for (int i = 0; i < out.size(); i++) {
            Event o = out.get(i);
            if (o.cameo().equals(e.cameo()) && countries(o.source()).equals(countries(e.source()))
                    && countries(o.target()).equals(countries(e.target()))) {
                if (precision(e) > precision(o)) {
                    out.set(i, e);
                }
                return;
            }
        }
        out.add(e);
    }

    private static List<String> countries(List<Actor> actors) {
        return actors.stream().map(Actor::country).toList();
    }

    private static int precision(Event e) {
        return java.util.stream.Stream.concat(e.source().stream(), e.target().stream()).mapToInt(a -> a.code().length()).sum();
    }

    /** The object token whose lemma the pattern requires, or 0. */
    private static int objectMatching(Sentence s, Clause clause, EventPattern p) {
        for (int o : clause.objects()) {
            Token t = s.token(o);
            if (p.objects().contains(t.lemma().toLowerCase(Locale.ROOT)) || p.objects().contains(t.lowerWord())) {
                return o;
            }
            for (int c : s.children(o, "compound")) {
                if (p.objects().contains(s.token(c).lowerWord())) {
                    return o;
                }
            }
        }
        return 0;
    }

    /**
     * The first slot of the pattern that names an actor. A preposition slot also looks at the required object's own
     * modifiers: "held a phone call with X", "signed an agreement with X".
     */
    private static List<Actor> target(SentenceActors sentenceActors, Clause clause, EventPattern p, int object) {
        for (String written : p.targets()) {
            String slot = written.endsWith(REQUIRED) ? written.substring(0, written.length() - 1) : written;
            if (slot.equals(MUTUAL)) {
                continue;
            }
            List<Integer> heads = switch (slot) {
                case "obj" -> clause.objects();
                case "iobj" -> clause.indirectObjects();
                case "conj" -> clause.coordinatedNouns();
                case "comp" -> clause.complementObjects();
                default -> slot.startsWith("obj.") ? clause.objectModifiers(slot.substring(4))
                        : clause.obliques(clause.verb(), slot);
            };
            List<Actor> found = actorsOf(sentenceActors, heads);
            if (found.isEmpty() && slot.equals("obj") && object == 0) {
                // "condemned the EU sanctions", "welcomed China's plan": the object's owner is the target
                found = actorsOf(sentenceActors, clause.objectOwners());
            }
            if (found.isEmpty() && object > 0 && !slot.startsWith("obj") && !slot.equals("iobj") && !slot.equals("conj")) {
                found = actorsOf(sentenceActors, clause.obliques(object, slot));
            }
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    private static List<Actor> ownerCountries(SentenceActors sentenceActors, List<Integer> heads) {
        List<Actor> out = new ArrayList<>();
        for (int h : heads) {
            Actor a = sentenceActors.ownerCountry(h);
            if (a != null) {
                out.add(a);
            }
        }
        return out;
    }

    private static List<Actor> actorsOf(SentenceActors sentenceActors, List<Integer> heads) {
        List<Actor> out = new ArrayList<>();
        for (int h : heads) {
            out.addAll(sentenceActors.actorsAt(h));
        }
        return out;
    }

    private boolean isNegated(Sentence s, int verb) {
        for (Dependency d : s.children(verb)) {
            String rel = d.baseRelation();
            String lemma = s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT);
            if ((rel.equals("advmod") || rel.equals("neg") || rel.equals("cc")) && modality.isNegation(lemma)) {
                return true;
            }
        }
        // "did not condemn X or criticise Y": a coordinated verb without its own subject shares the negation
        int head = s.head(verb);
        if (s.relation(verb).equals("conj") && head > 0 && s.children(verb, "nsubj").isEmpty()
                && s.children(verb, "cc").stream().anyMatch(c -> s.token(c).lowerWord().equals("or"))) {
            return isNegated(s, head);
        }
        return false;
    }

    /** Whether the verb is the complement (xcomp, ccomp) of a verb already coded in this sentence. */
    private static boolean isComplementOfCoded(Sentence s, int verb, Set<Integer> coded) {
        String rel = s.relation(verb);
        return (rel.equals("xcomp") || rel.equals("ccomp")) && coded.contains(s.head(verb));
    }

    /** Whether the verb, or a clause it belongs to, is introduced by "if"/"unless". */
    private boolean isConditional(Sentence s, int verb) {
        for (int v = verb, depth = 0; v > 0 && depth < 6; v = s.head(v), depth++) {
            for (int m : s.children(v, "mark")) {
                if (modality.isCondition(s.token(m).lowerWord())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Future ("will visit"), or the complement of an intention ("plans to visit", "invited him to visit"). */
    private boolean isIntended(Sentence s, int verb) {
        for (int a : s.children(verb, "aux")) {
            if (modality.isFuture(s.token(a).lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        int head = s.head(verb);
        if (head <= 0) {
            return false;
        }
        String rel = s.relation(verb);
        if (rel.equals("xcomp") && modality.isIntention(s.token(head).lemma().toLowerCase(Locale.ROOT))) {
            return true;
        }
        return (rel.equals("conj") || rel.equals("xcomp")) && s.children(verb, "aux").isEmpty() && isIntended(s, head);
    }

    private static boolean isQuestion(Sentence s) {
        String t = s.text().strip();
        while (!t.isEmpty() && "\"')]".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1);
        }
        return t.endsWith("?");
    }

    @Override
    public String toString() {
        return "EventCoder(" + Objects.requireNonNull(patterns).patterns().size() + " patterns)";
    }
}
