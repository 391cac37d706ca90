package dev.dyadic.coder;

import dev.dyadic.actors.ActorResolver;
import dev.dyadic.actors.DocumentMemory;
import dev.dyadic.actors.PersonGender;
import dev.dyadic.actors.SentenceActors;
import dev.dyadic.coder.EventPattern.Group;
import dev.dyadic.coder.EventPattern.Noun;
import dev.dyadic.model.Actor;
import dev.dyadic.model.ActorMention;
import dev.dyadic.model.AnalyzedArticle;
import dev.dyadic.model.CameoCodebook;
import dev.dyadic.model.CodedArticle;
import dev.dyadic.model.Dependency;
import dev.dyadic.model.Event;
import dev.dyadic.model.EventDate;
import dev.dyadic.model.Evidence;
import dev.dyadic.model.Place;
import dev.dyadic.model.PloverCode;
import dev.dyadic.model.Sentence;
import dev.dyadic.model.Token;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Codes events. For each verb of a sentence, the most specific pattern of the {@link PatternBook} whose conditions
 * hold gives the CAMEO code, with source and target actors from the verb's arguments, unless the verb is negated,
 * conditional or in a question; then nouns that tell an event on their own ("talks between X and Y"). The events of
 * a sentence are listed main act first; an event an article tells twice is one event with two mentions.
 * Thread-safe.
 */
public final class EventCoder {
    /** Prepositions of a noun that sets the scene for its verb's act, rather than being what the act is about. */
    private static final Set<String> SETTING_PREPOSITIONS = Set.of("during", "after", "before", "following", "at", "amid");
    /** Determiners of a known act ("supported the invasion"), not of one in general ("supported strikes"). */
    private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those", "its", "their", "his", "her");
    /** Those of them that set an act at the same moment as the noun ("at the summit", not "after the summit"). */
    private static final List<String> SCENE_PREPOSITIONS = List.of("at", "during");
    /** Sectors whose members often act outside their country: a place does not give them one. */
    private static final Set<String> ABROAD = Set.of("GOV", "MIL", "SPY", "UAF", "IGO", "NGO");
    /** Sectors of a state's own agents, which it sends and deploys (not unidentified armed forces, UAF). */
    private static final Set<String> STATE_AGENTS = Set.of("GOV", "MIL", "SPY");
    /** CAMEO's government sector. */
    private static final String GOVERNMENT = "GOV";
    /** CAMEO 145, protest violently or riot: what the acts of {@link #RIOT_ACTS} are when protesters do them. */
    private static final String RIOT = "145";
    /** CAMEO 020, make an appeal or request. */
    private static final String APPEAL = "020";
    /** CAMEO 13, threaten. */
    private static final String THREATEN = "13";
    /** CAMEO 03, "express intent to cooperate": its codes begin so. */
    private static final String INTENT = "03";
    /** CAMEO 172, impose administrative sanctions, and 163, impose embargo, boycott or sanctions. */
    private static final String ADMINISTRATIVE_SANCTIONS = "172";
    private static final String SANCTIONS = "163";
    /** CAMEO 1724, impose a state of emergency or martial law. */
    private static final String STATE_OF_EMERGENCY = "1724";
    /** Assault (18), fighting (19) and mass violence (20). */
    private static final List<String> VIOLENCE = List.of("18", "19", "20");
    /** Acts whose target capital is a place, not its government ({@link #citiesAsPlaces}). */
    private static final List<String> PLACE_CODES = List.of("15", "171", "18", "19", "20");
    /** Assault (18), fighting (19) and destroying property (1712). */
    private static final List<String> RIOT_ACTS = List.of("18", "19", "1712");
    /** Sectors that act at home: opposition, parties, unions, people, students, police, courts, legislators, rebels. */
    private static final Set<String> DOMESTIC = Set.of("OPP", "PTY", "LAB", "CVL", "EDU", "COP", "JUD", "LEG", "REB", "INS");
    /** CAMEO's sector of scholars, analysts and experts, whose opinions are not coded as acts. */
    private static final String SCHOLARS = "EDU";
    /** CAMEO 04 CONSULT: a meeting, call, visit or negotiation is with someone, unless a noun says what it was. */
    private static final String CONSULT = "04";
    /** CAMEO 14, "protest": demonstrations, strikes, blockades. */
    private static final String PROTEST = "14";
    /** Target slot: when nothing else names a target, the actors of a compound subject act on each other. */
    static final String MUTUAL = "mutual";
    /** Suffix of a target slot that must name an actor for the pattern to apply ("release|free -> obj!"). */
    static final String REQUIRED = "!";
    /** CAMEO 010, "make statement": saying something is not coded; what is said may be. */
    static final String PLAIN_STATEMENT = "010";
    /** "members of Hamas", "activists from the Fatah party": the group a bare plural belongs to. */
    private static final Set<String> MEMBERSHIP_PREPOSITIONS = Set.of("of", "from");
    /** Nouns that count or group what their "of" phrase names ("a round of talks", "hundreds of troops"). */
    private static final Set<String> PARTITIVES = Set.of("round", "series", "wave", "number", "set", "string", "spate", "package",
            "ton", "tons", "tonne", "tonnes", "kg", "kilogram", "kilograms", "truckload", "truckloads", "shipment", "shipments",
            "consignment", "consignments", "batch", "batches", "worth", "amount", "quantity", "supply", "part", "parts", "portion",
            "hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "contingent", "contingents", "group", "groups",
            "half", "third", "quarter", "percent", "bulk", "share", "rest", "majority", "some", "many", "most", "all");
    /** Sectors of armed forces, which often act abroad. */
    private static final Set<String> ARMED = Set.of("MIL", "SPY", "UAF");
    /** CAMEO 15, "exhibit force posture": forces on alert act on no one. */
    private static final int MOBILIZE = 15;
    /** CAMEO 18, "assault": from here on (18 to 20) the codes are of violence. */
    private static final int ASSAULT = 18;
    /** CAMEO's codes for actors of no state: international bodies, NGOs, militarized groups, companies. */
    private static final Set<String> STATELESS = Set.of("IGO", "NGO", "IMG", "MNC");
    /**
     * CAMEO codes whose object is the source's own, sent or moved: forces deployed or put on alert (15), peacekeepers
     * (074), aid (07), troops withdrawn (087), sanctions or an embargo imposed (163). In the passive with no "by"
     * phrase, whose they are is who acts ("Kenyan sanctions imposed on Uganda").
     */
    private static final Set<String> OWN_OBJECT_CODES = Set.of("15", "074", "07", "087", "163");
    /**
     * CAMEO codes of attacks with heavy or aerial weapons (194, 195): when the pattern's object is the weapon, whose it is
     * fires it ("Russian missiles were fired at Kharkiv").
     */
    private static final Set<String> FIRED_CODES = Set.of("194", "195");
    /** CAMEO 100, "make a demand": what is said that another must do. */
    private static final String DEMAND = "100";
    /** Relations by which a clause is what a word of accusation alleges. */
    private static final Set<String> ALLEGED_CONTENT = Set.of("advcl", "acl", "xcomp", "ccomp", "obl", "nmod");
    /** Relations of a clause nested in an alleged act, which is alleged with it ("of sending troops to attack"). */
    private static final Set<String> NESTED_CLAUSES = Set.of("advcl", "xcomp", "ccomp", "obl");
    /** Relations by which the parser hangs a gerund complement on its verb ("proposed sending peacekeepers"). */
    private static final Set<String> GERUND_COMPLEMENTS = Set.of("acl", "ccomp", "dep");
    /** CAMEO 014, "consider policy option": what is considered is not done ("is considering sending aid"). */
    static final String CONSIDER = "014";
    /** Pronouns that open a relative clause and stand for the noun it describes. */
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "whom", "which", "that");
    /** Pronouns that stand for people: the object "@person" of a pattern ("fired him", "the aides who were fired"). */
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "him", "she", "her", "they", "them", "who", "whom");
    /** Modals that, with "have", tell a past that did not happen ("would have", "could have", "might have"; "'d" is "would"). */
    private static final Set<String> COUNTERFACTUAL_MODALS = Set.of("would", "could", "might");
    /** "its troops", "their officials", "his forces": the owner's own. */
    private static final Set<String> OWNING_PRONOUNS = Set.of("its", "their", "his", "her");
    /** CAMEO 016, "deny": what is denied is not coded. */
    static final String DENIAL = "016";
    /** CAMEO's pessimistic comment: a warning of what others do or of what may happen. */
    private static final String PESSIMISM = "012";
    private final ActorResolver actors;
    private final PatternBook patterns;
    private final PatternBook nouns;
    private final Modality modality;
    private final CameoCodebook codebook;
    private final Places places;

    public EventCoder(ActorResolver actors, PatternBook patterns, PatternBook nouns, Modality modality,
                      CameoCodebook codebook, Places places) {
        this.actors = actors;
        this.patterns = patterns;
        this.nouns = nouns;
        this.modality = modality;
        this.codebook = codebook;
        this.places = places;
    }

    /** The coder with the shipped patterns and this actor resolver. */
    public static EventCoder withActors(ActorResolver actors) {
        CameoCodebook codebook = CameoCodebook.standard();
        return new EventCoder(actors, PatternBook.standard(),
                PatternBook.parse("noun-patterns.txt", PatternBook.read("/dyadic/coder/noun-patterns.txt"), codebook),
                Modality.standard(), codebook, Places.standard());
    }

    public static EventCoder standard() {
        return withActors(ActorResolver.standard());
    }

    /** The events of an article; an event told in several sentences is one event with further mentions. */
    public List<Event> code(AnalyzedArticle article) {
        return codeArticle(article).events();
    }

    /**
     * The events of an article, with where its sentences are and the actors its parsed sentences name, located in
     * the text (what the store keeps beside the events).
     */
    public CodedArticle codeArticle(AnalyzedArticle article) {
        return read(article).coded;
    }

    /**
     * Each sentence's events as the sentence tells them (main act first), read with what the rest of the article
     * says: who "he" or "the two sides" are, and when: an act the sentence does not date takes the date of the article's
     * other telling of it ("held talks with Boric" and, later, "met Boric in Lima on Monday (May 13)").
     */
    public List<List<Event>> codeEachSentence(AnalyzedArticle article) {
        Reading r = read(article);
        List<List<Event>> told = new ArrayList<>();
        for (int i = 0; i < r.told.size(); i++) {
            List<Event> dated = new ArrayList<>();
            Set<Integer> seen = new HashSet<>();
            for (int j = 0; j < r.told.get(i).size(); j++) {
                if (!seen.add(r.joined.get(i).get(j))) {
                    continue; // the same act told twice in the sentence ("met Boric and held talks with Chilean officials")
                }
                Event own = r.told.get(i).get(j).event;
                EventDate date = r.coded.events().get(r.joined.get(i).get(j)).date();
                dated.add(EventDate.ARTICLE.equals(own.date().origin()) && !EventDate.ARTICLE.equals(date.origin())
                        ? own.withDate(date) : own);
            }
            told.add(dated);
        }
        return told;
    }

    /**
     * An article read sentence after sentence: its events (an event told twice is one, with a mention), each
     * sentence's own events, and for each of those the index of the article's event it is or joined.
     */
    private record Reading(CodedArticle coded, List<List<Candidate>> told, List<List<Integer>> joined) {
    }

    private Reading read(AnalyzedArticle article) {
        List<Event> events = new ArrayList<>();
        List<List<Candidate>> told = new ArrayList<>();
        List<List<Integer>> joined = new ArrayList<>();
        List<CodedArticle.SentenceSpan> sentences = new ArrayList<>();
        List<CodedArticle.ActorSpan> actorSpans = new ArrayList<>();
        DocumentMemory memory = new DocumentMemory(article.article().date());
        for (Sentence s : article.sentences()) {
            sentences.add(new CodedArticle.SentenceSpan(s.index(), s.begin(), s.end(), s.isParsed()));
            CodingTrace trace = s.isParsed() ? CodingTrace.actorsOnly() : null;
            List<Candidate> own = new ArrayList<>(candidates(article, s, memory, trace));
            List<Integer> at = new ArrayList<>();
            for (Candidate c : own) {
                at.add(merge(events, c.event));
            }
            told.add(own);
            joined.add(at);
            if (trace != null) {
                for (ActorMention m : trace.actors()) {
                    actorSpans.add(actorSpan(article.article().text(), s, m));
                }
            }
        }
        dateByScene(article, events, told, joined);
        return new Reading(new CodedArticle(article.article(), sentences, actorSpans, events), told, joined);
    }

    /**
     * "At the emergency video summit, Kenya urged ..." and, in another sentence, "Ghana convened an emergency video
     * conference on Tuesday (May 14)": an act its own clause does not date, set at a meeting the article dates
     * elsewhere, happened on that meeting's date ({@link EventDate#SCENE}). The meeting is the article's one dated
     * consultation (CAMEO 04) named by the same noun, or by a meeting noun with a word in common ("emergency", "video");
     * when several on different dates would do, none is taken.
     */
    private void dateByScene(AnalyzedArticle article, List<Event> events, List<List<Candidate>> told, List<List<Integer>> joined) {
        Map<Integer, List<Occasion>> meetings = new HashMap<>();
        for (int i = 0; i < told.size(); i++) {
            Sentence s = article.sentences().get(i);
            for (int j = 0; j < told.get(i).size(); j++) {
                Event e = events.get(joined.get(i).get(j));
                if (e.cameo().startsWith(CONSULT) && EventDate.SENTENCE.equals(e.date().origin())) {
                    meetings.computeIfAbsent(joined.get(i).get(j), k -> new ArrayList<>()).addAll(occasionsNaming(s, told.get(i).get(j).token));
                }
            }
        }
        if (meetings.isEmpty()) {
            return;
        }
        for (int i = 0; i < told.size(); i++) {
            Sentence s = article.sentences().get(i);
            for (int j = 0; j < told.get(i).size(); j++) {
                Candidate c = told.get(i).get(j);
                int k = joined.get(i).get(j);
                // another telling's own date (the event it joined) comes before the scene's
                boolean undated = EventDate.ARTICLE.equals(c.event.date().origin()) && EventDate.ARTICLE.equals(events.get(k).date().origin());
                int scene = undated ? scene(s, c.token) : 0;
                if (scene == 0) {
                    continue;
                }
                Occasion setting = Occasion.of(s, scene);
                Set<EventDate> dates = new HashSet<>();
                meetings.forEach((meeting, names) -> {
                    if (names.stream().anyMatch(setting::sameAs)) {
                        dates.add(events.get(meeting).date());
                    }
                });
                if (dates.size() == 1) {
                    EventDate found = dates.iterator().next();
                    EventDate date = new EventDate(found.value(), found.end(), EventDate.SCENE);
                    told.get(i).set(j, new Candidate(c.token, c.event.withDate(date)));
                    events.set(k, events.get(k).withDate(date));
                }
            }
        }
    }

    /**
     * The meeting a verb's act is set at: a meeting noun (one the noun patterns code as a consultation) in a setting
     * phrase ("at", "during") of the verb, or of the verb it is coordinated with or the complement of; else 0.
     */
    private int scene(Sentence s, int trigger) {
        int v = trigger;
        for (int step = 0; step < 4 && v > 0 && s.token(v).isVerb(); step++) {
            Clause clause = new Clause(s, v);
            for (String prep : SCENE_PREPOSITIONS) {
                for (int o : clause.obliques(v, prep)) {
                    if (nouns.forVerb(s.token(o).lemma().toLowerCase(Locale.ROOT)).stream().anyMatch(p -> p.code().startsWith(CONSULT))) {
                        return o;
                    }
                }
            }
            if (!Set.of("conj", "xcomp").contains(s.relation(v))) {
                break;
            }
            v = s.head(v);
        }
        return 0;
    }

    /** The nouns that name a consultation: its own noun, or the nouns its verb takes as objects ("hosted a conference"). */
    private static List<Occasion> occasionsNaming(Sentence s, int trigger) {
        List<Occasion> names = new ArrayList<>();
        if (s.token(trigger).isNoun()) {
            names.add(Occasion.of(s, trigger));
        }
        for (int o : s.children(trigger, "obj")) {
            if (s.token(o).isNoun()) {
                names.add(Occasion.of(s, o));
            }
        }
        return names;
    }

    /** A noun that names an occasion, with the words that describe it ("emergency video summit": summit; emergency, video). */
    private record Occasion(String noun, Set<String> words) {
        static Occasion of(Sentence s, int head) {
            Set<String> words = new HashSet<>();
            for (String rel : List.of("amod", "compound")) {
                for (int m : s.children(head, rel)) {
                    words.add(s.token(m).lemma().toLowerCase(Locale.ROOT));
                }
            }
            return new Occasion(s.token(head).lemma().toLowerCase(Locale.ROOT), words);
        }

        boolean sameAs(Occasion other) {
            return noun.equals(other.noun) || words.stream().anyMatch(other.words::contains);
        }
    }

    /**
     * Where an actor is named: its phrase cut to the words that name it ("with Russian Foreign Minister Sergei Lavrov"
     * -> "Russian Foreign Minister Sergei Lavrov", "between China" -> "China"), or the whole phrase when those words
     * are not found in it as they are written.
     */
    private static CodedArticle.ActorSpan actorSpan(String text, Sentence s, ActorMention m) {
        int begin = s.token(m.firstToken()).begin();
        int end = s.token(m.lastToken()).end();
        String words = m.actor().text();
        if (words != null && !words.isBlank() && text != null && end <= text.length()) {
            int at = text.substring(begin, end).indexOf(words);
            if (at >= 0) {
                begin += at;
                end = begin + words.length();
            }
        }
        return new CodedArticle.ActorSpan(s.index(), begin, end, m.actor());
    }

    /**
     * The cascade's test, on a sentence tagged but not parsed: it has a word some pattern codes (a verb of the verb
     * patterns, a noun of the noun patterns) and a word that may name an actor. Sentences that fail give no event
     * whatever their parse, except through what the article said before ({@link DocumentMemory}).
     */
    public boolean mayHoldEvent(Sentence tagged) {
        return hasEventWord(tagged) && actors.mayNameActor(tagged);
    }

    /**
     * A verb or noun some pattern could code in this sentence: its object, particle and groups are among the
     * sentence's words (a plain statement only with a word of obligation), or it is a verb whose negation is an act
     * ({@code negated-codes.tsv}).
     */
    boolean hasEventWord(Sentence tagged) {
        Set<String> words = new HashSet<>();
        for (Token t : tagged.tokens()) {
            words.add(t.lowerWord());
            words.add(t.lemma().toLowerCase(Locale.ROOT));
        }
        // a plain statement ("said") is an event only as a demand: "said that Iraq must cooperate"
        boolean obligation = words.stream().anyMatch(modality::isObligation);
        java.util.function.Predicate<EventPattern> counts = p -> obligation || !p.code().equals(PLAIN_STATEMENT);
        for (Token t : tagged.tokens()) {
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            if (t.isVerb() && (patterns.mayMatch(lemma, words, counts) || modality.negatedCode(lemma) != null && !patterns.forVerb(lemma).isEmpty())
                    || t.isNoun() && nouns.mayMatch(lemma, words)) {
                return true;
            }
        }
        return false;
    }

    /** The events of one sentence read on its own, main act first. */
    public List<Event> code(AnalyzedArticle article, Sentence s) {
        return code(article, s, new DocumentMemory(article.article().date()), null);
    }

    /**
     * The events of one sentence, with what the article said before it, main act first.
     *
     * @param trace where to note why each word was or was not coded, or {@code null}
     */
    public List<Event> code(AnalyzedArticle article, Sentence s, DocumentMemory memory, CodingTrace trace) {
        return candidates(article, s, memory, trace).stream().map(c -> c.event).toList();
    }

    /** The events of one sentence with the words that told them, main act first. */
    private List<Candidate> candidates(AnalyzedArticle article, Sentence s, DocumentMemory memory, CodingTrace trace) {
        if (!s.isParsed()) {
            note(trace, 0, "", "no event", "not parsed: the NLP cascade found no event word with a possible actor");
            return List.of();
        }
        SentenceActors sentenceActors = actors.resolve(s, memory);
        if (trace != null) {
            trace.actors(sentenceActors.mentions());
        }
        List<Candidate> out = new ArrayList<>();
        if (isQuestion(s)) {
            note(trace, 0, "", "no event", "the sentence is a question");
            return List.of();
        }
        // each word an event covers -> the verb whose event it is (itself, or the coded verb it is the complement of)
        Map<Integer, Integer> coded = new HashMap<>();
        Set<Integer> done = new HashSet<>();
        for (Token t : s.tokens()) {
            if (t.isVerb() && isParticipleDescribingNoun(s, t)) {
                note(trace, t, "no event", "a participle describing a noun, not an act told here");
                continue;
            }
            if (t.isVerb() && isKeptFrom(s, t)) {
                note(trace, t, "no event", "what \"" + s.token(s.head(t.index())).word() + "\" keeps from being done, not an act told here");
                continue;
            }
            if (t.isVerb() && isInfinitiveDescribingNoun(s, t)) {
                note(trace, t, "no event", "what \"" + s.token(s.head(t.index())).word() + "\" is for, not an act told here");
                continue;
            }
            if (t.isVerb() && done.add(t.index())) {
                if (codeIntendedAct(article, s, t, sentenceActors, coded, done, out, trace)) {
                    continue;
                }
                int before = out.size();
                codeVerb(article, s, t, sentenceActors, coded, out, trace);
                if (out.size() > before && isPurpose(s, t) && coded.containsKey(s.head(t.index()))
                        && out.subList(before, out.size()).removeIf(c -> isMaterialPurpose(c.event()))) {
                    // "deployed troops to the border to fight the militants": a material act that is the purpose of an act
                    // coded is not told as done ("provided 28 million euros to pay for aid" tells only the purpose);
                    // "summoned the envoy to complain" is the complaint, made by summoning, as a protest is
                    coded.put(t.index(), t.index()); // its own complements belong to the purpose too
                    note(trace, t, "no event", "the purpose of \"" + s.token(s.head(t.index())).word() + "\", not an act told here");
                }
            }
        }
        for (Token t : s.tokens()) {
            if (t.isNoun() && !nouns.forVerb(t.lemma().toLowerCase(Locale.ROOT)).isEmpty()) {
                codeNoun(article, s, t, sentenceActors, coded, out, trace);
            }
        }
        // the main act first: the clause nearest the root, then word order ("expressed concern and called for" ->
        // the statement, then the appeal)
        out.sort(Comparator.comparingInt((Candidate c) -> depth(s, c.token)).thenComparingInt(c -> c.token));
        return out;
    }

    private record Candidate(int token, Event event) {
    }

    /**
     * "plans to impose sanctions on Georgia", "wants to attack Iran", "agreed to hold talks", "decided to expel": when
     * the complement of an intention or decision verb is an act the patterns code, the event is that act, as intended
     * (its intent or threat code, see {@link #isIntended}) or as decided (the act itself), not the verb's own generic
     * "intent to cooperate". The same for the act a verb of using does ("used drones to attack"), the act ordered of
     * one's own side ("ordered the army to attack") and what one failed to do (not done). Returns whether the
     * complement made an event; the verb is then not coded on its own.
     */
    private boolean codeIntendedAct(AnalyzedArticle article, Sentence s, Token verb, SentenceActors sentenceActors,
                                    Map<Integer, Integer> coded, Set<Integer> done, List<Candidate> out, CodingTrace trace) {
        String lemma = verb.lemma().toLowerCase(Locale.ROOT);
        boolean means = modality.isInstrument(lemma);
        boolean failure = modality.isFailure(lemma);
        boolean command = isOwnCommand(s, verb.index(), sentenceActors);
        boolean threat = modality.isThreat(lemma);
        if (!modality.isIntention(lemma) && !modality.isDecision(lemma) && !means && !failure && !command && !threat
                || isNegated(s, verb.index())
                || isWantingOfAnother(s, verb.index(), sentenceActors)) {
            return false; // "Kenya wants Uganda to end the ban": what Uganda is to do is asked of it, not intended
        }
        List<Integer> complements = new ArrayList<>(s.children(verb.index(), "xcomp"));
        if (modality.isIntention(lemma)) {
            // "proposed sending peacekeepers": a gerund the parser hangs on the verb as a modifier or a clause
            s.children(verb.index()).stream().map(Dependency::dependent).filter(c -> isGerundOfIntention(s, c)).forEach(complements::add);
        }
        if (means) {
            // "used drones to attack the camps": the parser often hangs the infinitive of purpose on the verb as an
            // adverbial clause
            s.children(verb.index(), "advcl").stream().filter(c -> isToInfinitive(s, c)).forEach(complements::add);
        }
        for (int c : complements) {
            Token act = s.token(c);
            if (!act.isVerb() || done.contains(c)) {
                continue;
            }
            if (patterns.forVerb(act.lemma().toLowerCase(Locale.ROOT)).isEmpty()) {
                if (failure) {
                    // "failed to convince Uganda": a failure to do what no pattern codes is no event either (PETRARCH's
                    // bare "fail" is a rejection, 120)
                    coded.put(verb.index(), verb.index());
                    note(trace, verb, "no event", "a failure; its complement \"" + act.word() + "\" was not done");
                    return true;
                }
                continue;
            }
            int before = out.size();
            done.add(c);
            codeVerb(article, s, act, sentenceActors, coded, out, trace);
            if (threat && out.subList(before, out.size()).stream().anyMatch(e -> !e.event().cameo().startsWith(THREATEN))) {
                // "threatened to resign": an act whose intent is no threat (035) leaves the threat to the verb's own code
                out.subList(before, out.size()).clear();
                coded.put(c, verb.index()); // the threat's own pattern covers it, as "urged X to stop" covers "stop"
                if (trace != null) {
                    trace.retract(c);
                }
                note(trace, act, "skipped", "complement of \"" + verb.word() + "\", whose intent is no threat; the verb's own pattern codes the threat");
                return false;
            }
            if (out.size() > before) {
                coded.put(verb.index(), verb.index());
                note(trace, verb, "no event", means ? "names the means; its infinitive \"" + act.word() + "\" is coded as the act done"
                        : threat ? "a threat; its complement \"" + act.word() + "\" says what is threatened (its threat code)"
                        : command ? "an order to its own side; its complement \"" + act.word() + "\" is coded as the act ordered"
                        : failure ? "a failure; its complement \"" + act.word() + "\" is coded as not done"
                        : (modality.isDecision(lemma) ? "a decision" : "an intention")
                        + "; its complement \"" + act.word() + "\" is coded as the act " + (modality.isDecision(lemma) ? "decided" : "intended"));
                return true;
            }
        }
        return false;
    }

    private static boolean isToInfinitive(Sentence s, int verb) {
        return s.token(verb).isVerb() && Clause.hasWord(s, verb, "mark", "to");
    }

    /**
     * The infinitive of a verb of using ("used drones to attack") or of an order to one's own side ("ordered the army to
     * attack"), whose act the verb's subject does.
     */
    private boolean isMeansInfinitive(Sentence s, int verb, SentenceActors sentenceActors) {
        String rel = s.relation(verb);
        int head = s.head(verb);
        return head > 0 && (rel.equals("xcomp") || rel.equals("advcl") && isToInfinitive(s, verb))
                && (modality.isInstrument(s.token(head).lemma().toLowerCase(Locale.ROOT)) || isOwnCommand(s, head, sentenceActors));
    }

    /**
     * A verb of ordering ({@code modality.tsv} {@code command}) whose object is the subject's own side: of the subject's
     * country, or a sector of none ("the Kenyan president ordered the army to attack"). An order to another is a demand.
     */
    private boolean isOwnCommand(Sentence s, int verb, SentenceActors sentenceActors) {
        if (!modality.isCommand(s.token(verb).lemma().toLowerCase(Locale.ROOT)) || s.children(verb, "xcomp").isEmpty()) {
            return false;
        }
        Clause clause = new Clause(s, verb);
        Set<String> countries = new HashSet<>();
        actorsOf(sentenceActors, clause.subjects()).forEach(a -> countries.add(a.country()));
        countries.remove("");
        List<Actor> told = actorsOf(sentenceActors, s.children(verb, "obj"));
        return !countries.isEmpty() && !told.isEmpty()
                && told.stream().allMatch(a -> a.country().isEmpty() ? ARMED.contains(a.sector()) || "COP".equals(a.sector())
                : countries.contains(a.country()));
    }

    private void codeVerb(AnalyzedArticle article, Sentence s, Token t, SentenceActors sentenceActors, Map<Integer, Integer> coded,
                          List<Candidate> out, CodingTrace trace) {
        List<EventPattern> candidates = patterns.forVerb(t.lemma().toLowerCase(Locale.ROOT));
        if (candidates.isEmpty()) {
            return;
        }
        int governor = codedGovernor(s, t.index(), coded);
        if (governor > 0) {
            // "urged Belarus to release", "threatened to expel", "agreed to hold talks", "denied that it attacked":
            // the act in the complement is what the coded verb is about, not a second event
            coded.put(t.index(), governor); // its own complements and nouns are part of the same act
            note(trace, t, "skipped", (s.relation(t.index()).equals("conj") && governor == s.head(t.index()) ? "an alternative to \""
                    : "complement of \"") + s.token(governor).word() + "\", which is coded");
            return;
        }
        if (modality.isNaming(t.lemma().toLowerCase(Locale.ROOT)) && namesWhatItIs(s, t.index())) {
            note(trace, t, "no event", "names what its object is (a statement), not the verb's own act");
            return;
        }
        if (s.children(t.index(), "xcomp").stream().anyMatch(c -> isGoingTo(s, c))) {
            // "is going to visit Uganda": "going" only puts the visit in the future (PETRARCH's bare "go" was a meeting)
            note(trace, t, "no event", "\"going to\" puts its complement in the future; the complement is the act intended");
            return;
        }
        String scholar = scholarSaying(s, t.index(), sentenceActors);
        if (scholar != null) {
            // "Analysts said the call signals that Beijing and Moscow want ...": an opinion, not a state's act
            note(trace, t, "no event", "what a scholar or analyst says (\"" + scholar + "\") is an opinion, not an act");
            return;
        }
        String accusation = allegedBy(s, t.index(), sentenceActors);
        if (accusation != null) {
            // "Kenya accused Somalia of attacking its border posts": the accusation is the act told; what it alleges is not
            note(trace, t, "no event", "what is alleged (\"" + accusation + "\"), not an act told as done");
            return;
        }
        String request = requestedBy(s, t.index(), sentenceActors);
        if (request != null) {
            // "rejected Togo's demand that Ghanaian troops withdraw": the rejection is the act told; the withdrawal is not
            note(trace, t, "no event", "what is asked for or proposed (\"" + request + "\"), not an act told as done");
            return;
        }
        String negatedGovernor = negatedGovernor(s, t.index());
        if (negatedGovernor != null) {
            note(trace, t, "no event", "what \"" + s.token(s.head(t.index())).word() + "\", negated (\"" + negatedGovernor
                    + "\"), was to do: not done");
            return;
        }
        String uncaused = notMadeToAct(s, t.index());
        if (uncaused != null) {
            // "failed to persuade Uganda to release them": not done, and not refused either
            note(trace, t, "no event", "what someone was not made to do (\"" + uncaused + "\")");
            return;
        }
        if (isWantingOfAnother(s, t.index(), sentenceActors)) {
            // "Kenya wants Uganda to end the ban": an appeal to Uganda (PETRARCH read "want" as the wanter's intent)
            candidates = List.of(new EventPattern(APPEAL, Set.of(t.lemma()), null, Set.of(), List.of(), List.of("obj"), List.of(),
                    "modality.tsv: wanting another to act -> " + APPEAL));
        }
        if (isNegated(s, t.index())) {
            String opposite = modality.negatedCode(t.lemma().toLowerCase(Locale.ROOT));
            if (opposite != null) {
                candidates = List.of(new EventPattern(opposite, Set.of(t.lemma()), null, Set.of(), List.of(),
                        List.of("obj", "comp", "to", "with"), List.of(), "negated-codes.tsv: negated \"" + t.lemma() + "\" -> " + opposite));
            } else {
                // "will not lift the embargo", "did not release the pilots": not yielding is a refusal to yield (CAMEO 124)
                boolean future = isIntended(s, t.index());
                candidates = candidates.stream().filter(p -> modality.refusalCode(p.code(), future) != null).map(p -> new EventPattern(
                        modality.refusalCode(p.code(), future), p.verbs(), p.preposition(), p.objects(), p.groups(), p.targets(),
                        p.sources(), p.source() + ", negated: refusal-codes.tsv " + p.code() + " -> " + modality.refusalCode(p.code(), future)))
                        .toList();
                if (candidates.isEmpty()) {
                    note(trace, t, "no event", "negated (\"" + negator(s, t.index()) + "\")");
                    return;
                }
            }
        }
        if (isCounterfactual(s, t.index())) {
            note(trace, t, "no event", "what would or could have happened (\"would have\", \"could have\"), not an act");
            return;
        }
        String obliged = obligation(s, t.index());
        if (obliged != null) {
            note(trace, t, "no event", "an obligation (\"" + obliged + "\"), not an act; said by someone, it is their demand");
            return;
        }
        // "cannot accept" is a negation (above); "may halt mediation if ..." a promise or threat on a condition (an intent)
        String possible = auxiliaryOf(s, t.index(), modality::isPossibility);
        if (possible != null && !isNegated(s, t.index()) && !isIntended(s, t.index())) {
            note(trace, t, "no event", "a possibility (\"" + possible + "\"), not an act");
            return;
        }
        if (isConditional(s, t.index())) {
            note(trace, t, "no event", "in a condition (\"if\", \"unless\", \"whether\")");
            return;
        }
        String forecast = forecastOf(s, t.index());
        if (forecast != null) {
            note(trace, t, "no event", "a forecast (\"" + forecast + "\"), not an act told or intended");
            return;
        }
        Clause clause = new Clause(s, t.index());
        if (isProtesters(s, clause.subjects())) {
            // "protesters set fire to the police station", "rioters attacked the governor's office": violence by protesters
            // is a violent protest (CAMEO 145, PLOVER PROTEST riot), not an assault
            candidates = candidates.stream().map(p -> !p.isEvent() || RIOT_ACTS.stream().noneMatch(p.code()::startsWith) ? p
                    : new EventPattern(RIOT, p.verbs(), p.preposition(), p.objects(), p.groups(), p.targets(), p.sources(),
                    p.source() + ", by protesters (modality.tsv protester): " + p.code() + " -> " + RIOT)).toList();
        }
        List<String> tried = new ArrayList<>();
        for (EventPattern p : candidates) {
            Match m = match(s, clause, p, sentenceActors);
            if (m == null) {
                tried.add(p.source());
                continue;
            }
            if (!p.isEvent()) {
                coded.put(t.index(), t.index());
                note(trace, t, "no event", "the pattern says this is not an event: " + p.source());
                return;
            }
            if (p.code().equals(STATE_OF_EMERGENCY) && isAboutADisaster(s)) {
                // "declared a state of emergency after the floods": the PLOVER manual (COERCE) does not count an emergency
                // declared over a disaster or an epidemic as repression
                note(trace, t, "no event", "a state of emergency over a disaster or an epidemic (" + p.source() + "), not repression");
                return;
            }
            if (p.code().equals(PLAIN_STATEMENT) && codeObligation(article, s, t, clause, sentenceActors, coded, out, trace)) {
                return; // "France said that Iraq must cooperate": a demand
            }
            if (p.specificity() == 0 && isMaterial(p.code()) && clause.objects().isEmpty() && saysAClause(s, t.index())) {
                // "he added that ...", "'We will not give up,' he added": a material verb with a clause for its object
                // is used as a verb of saying; what is said is coded on its own
                note(trace, t, "no event", "used as a verb of saying (its object is a clause); " + p.source() + " does not apply");
                return;
            }
            if (p.code().equals(PLAIN_STATEMENT)) {
                // "The Kenyan side said that Mwangi met the Somali envoy": saying is not the act; what is said is coded
                note(trace, t, "no event", "a plain statement (" + p.source() + "); what it reports is coded on its own");
                return;
            }
            List<Actor> source = actorsOf(sentenceActors, clause.sourceSlots(p.sources()));
            List<Actor> target;
            if (!source.isEmpty()) {
                // the source is elsewhere ("received a visit from X"): the subject is the target
                target = actorsOf(sentenceActors, clause.subjects());
            } else {
                // "used tanks to shell rebel positions": who uses the means does the act, not the means
                source = actorsOf(sentenceActors, isMeansInfinitive(s, t.index(), sentenceActors) ? clause.subjectsPastObjectControl()
                        : isGerundOfIntention(s, t.index()) ? new Clause(s, s.head(t.index())).subjects() : clause.subjects());
                if (source.isEmpty()) {
                    source = actorsOf(sentenceActors, clause.speakersOfPronounSubject()); // "China said it would send aid"
                    String pronoun = clause.subjects().isEmpty() ? "" : s.token(clause.subjects().get(0)).word();
                    if (source.stream().anyMatch(a -> PersonGender.standard().contradicts(pronoun, a))) {
                        source = List.of(); // "Ruto said she would ...": someone else
                    }
                }
                if (source.isEmpty() && !coded.containsKey(s.head(t.index()))) {
                    // "Kenya is willing to send equipment to help defend Somalia": "equipment" controls nothing
                    // (under a coded verb, "urged both sides to end the fighting", the complement is the appeal's, not an act)
                    source = actorsOf(sentenceActors, clause.subjectsPastObjectControl());
                }
                target = target(sentenceActors, clause, p, m, source);
            }
            if (source.isEmpty() && isNaturalForce(s, clause.subjects())) {
                // "flu has ravaged Uruguay", "villages were flattened by the earthquake": a disease or a disaster is no actor
                note(trace, t, "no event", "its subject \"" + s.token(clause.subjects().get(0)).word()
                        + "\" is a force of nature or a disease (modality.tsv nature), not an actor");
                return;
            }
            if (!identified(target) && !source.isEmpty() && (m.object() > 0 || p.targets().contains("obj"))) {
                // "rejected North Korea's demand", "rejected an offer from Afghanistan", "vetoed the EU proposal": whose
                // the object (the pattern's own, else the verb's) is; it names the target better than people of no
                // country in another slot ("rejected a Kenyan request to question the prisoners")
                List<Integer> authors = clause.authorsOf(m.object() > 0 ? List.of(m.object()) : clause.objects());
                List<Actor> owners = actorsOf(sentenceActors, authors);
                if (owners.isEmpty()) {
                    owners = ownerCountries(sentenceActors, authors);
                }
                if (owners.isEmpty() && !target.isEmpty() && m.object() > 0) {
                    owners = ownerCountries(sentenceActors, List.of(m.object())); // "a Togolese request"
                }
                if (target.isEmpty() || identified(owners)) {
                    target = owners;
                }
            }
            if (target.isEmpty() && !source.isEmpty() && p.targets().contains("obj")) {
                // "shelled Iraqi towns", "condemned Serbia's suppression of ...": the object's country, when the act
                // already has a source (this never makes an event on its own)
                target = targetCountries(sentenceActors, s, p.code(), clause.objects());
            }
            if (target.isEmpty() && !source.isEmpty() && p.targets().contains("comp")) {
                // "refused to allow UN aircraft to land", "threatened to shell Somali towns"
                target = whoseThese(sentenceActors, s, clause, p.code(), clause.complementObjects());
                if ((p.code().startsWith(INTENT) || p.code().startsWith(THREATEN))
                        && (isOwnSide(target, source) || isItsOwnAgents(sentenceActors, clause.complementObjects(), target))) {
                    // "agreed to keep Kenyan troops in Somalia", "threatened to send his soldiers": its own, not whom it
                    // is aimed at
                    target = List.of();
                }
            }
            if (!identified(target) && !source.isEmpty()) {
                // "imposed tariffs on Serbian steel"; "launched artillery against Kampuchean camps": a country beats
                // the people or weapons of no country ("artillery") that an earlier slot found
                List<Actor> owners = targetCountries(sentenceActors, s, p.code(), prepositionNouns(clause, p, m));
                if (!owners.isEmpty()) {
                    target = owners;
                }
            }
            if (target.isEmpty() && !source.isEmpty() && p.code().startsWith(PROTEST)) {
                // "began a hunger strike to protest against Sweden's decision": whom the protest's purpose is aimed at
                List<Integer> aims = clause.purposeObjects();
                target = actorsOf(sentenceActors, aims);
                if (target.isEmpty()) {
                    target = whoseThese(sentenceActors, s, clause, p.code(), aims);
                }
            }
            if (target.isEmpty() && !source.isEmpty()) {
                // "agreed to Ethiopia's proposal" ("agree (to proposal)"), "agreed to AU mediation": whose the noun of
                // the pattern's own group or of a target slot is
                List<Integer> nouns = new ArrayList<>(m.tokens());
                nouns.addAll(prepositionNouns(clause, p, m));
                target = actorsOf(sentenceActors, clause.authorsOf(nouns));
            }
            if (source.isEmpty() && (!target.isEmpty() || p.specificity() > 0)) {
                // "a bomb attack by al-Shabaab killed ...", "Kenyan army rockets struck ...": who the
                // subject is from; else "Swiss doctors gave medicine to ...", "Chinese hackers launched cyber attacks":
                // the subject's country; only when the act has a target or a pattern more specific than its verb ("China's
                // pressure increased" is no act)
                source = actorsOf(sentenceActors, clause.authorsOf(clause.subjects()));
                if (source.isEmpty()) {
                    source = ownerCountries(sentenceActors, clause.subjects());
                }
            }
            List<Integer> sent = m.object() > 0 ? List.of(m.object()) : clause.objects();
            if (source.isEmpty() && clause.isPassive() && p.specificity() > 0 && clause.objects().containsAll(sent)
                    && (OWN_OBJECT_CODES.stream().anyMatch(p.code()::startsWith) || m.object() > 0 && FIRED_CODES.contains(p.code()))) {
                // "2,000 Kenyan soldiers were deployed", "Kenyan troops were withdrawn", "Russian missiles were fired": forces
                // sent or weapons fired with no "by" phrase are their own side's act (not "Iranian dissidents were granted
                // asylum", who receive it)
                List<Actor> own = actorsOf(sentenceActors, sent);
                if (own.isEmpty()) {
                    own = ownerCountries(sentenceActors, sent); // "Russian aid was delivered"
                }
                if (identified(own)) {
                    source = own;
                }
            }
            if (m.object() > 0 && actsWithItsOwn(p.code()) && isOwnSide(target, source)
                    && isOwnSide(whoseObject(sentenceActors, clause, m.object()), source)) {
                // "withdrew Kenyan troops", "lifted the US embargo": a state's own agents or measures, named by
                // the pattern's object word, are what it acts with, not on
                target = List.of();
            }
            Place where = place(s, clause, sentenceActors);
            source = locatedIn(source, where);
            target = locatedIn(target, where);
            target = citiesAsPlaces(sentenceActors, p.code(), target);
            target = ofTheSameCountry(target, source);
            if (sameCodes(source, target)) {
                target = List.of(); // "the Americans claimed they had attacked": a state does not act on itself
            }
            if (target.isEmpty() && p.targets().stream().anyMatch(slot -> slot.endsWith(REQUIRED))) {
                tried.add(p.source() + " (its required target names no actor)");
                continue;
            }
            if (source.isEmpty() && p.targets().contains(MUTUAL) && onTheOthers(target).size() > 1) {
                // "the relationship between Chile and Peru was upgraded": the parties named as targets act on each other
                source = target;
                target = List.of();
            }
            boolean mutual = target.isEmpty() && p.targets().contains(MUTUAL) && source.size() > 1;
            if (target.isEmpty() && !mutual && p.specificity() == 0
                    && (isMaterial(p.code()) || modality.isCommand(t.lemma().toLowerCase(Locale.ROOT)))) {
                Integer act = clause.objects().stream()
                        .filter(o -> !nouns.forVerb(s.token(o).lemma().toLowerCase(Locale.ROOT)).isEmpty()).findFirst().orElse(null);
                if (act != null) {
                    // "released a state visit to Argentina" (machine-translated "announced"): a material act matched by
                    // the verb alone, with no target, whose object is an act of its own; the object is what happened
                    // ("threatened sanctions" and "agreed a deal" are not material, and stay the verb's); so is what is
                    // ordered ("ordered air strikes on the camps": the strikes)
                    note(trace, t, "no event", "matched the verb alone (" + p.source() + ") with no target; its object \""
                            + s.token(act).word() + "\" is an act and is coded as a noun");
                    return;
                }
            }
            if (target.isEmpty() && !mutual && p.code().startsWith(CONSULT) && p.specificity() == 0) {
                // "is considering", "will travel": the verb alone, with no one to consult, is too weak a sign
                note(trace, t, "no event", p.source() + " matched the verb alone, and a consultation needs someone it is with");
                return;
            }
            if (source.isEmpty() && !mutual && p.code().startsWith(CONSULT)) {
                // "she arrived in Syria", "who travelled to Kenya", "going to school": a visit or meeting by someone no
                // actor names is a person's journey, not one side's dealings with another; what the journey is for
                // ("travelled to Somalia to attack") is no act told as done either
                coded.put(t.index(), t.index());
                note(trace, t, "no event", "a visit or meeting (" + p.source() + ") whose visitor names no actor");
                return;
            }
            if (p.code().startsWith(CONSULT) && isOwnCountry(source, target)) {
                // "the ambassador visited America", "116 people arrived in Kyrgyzstan": no one is visited or met
                note(trace, t, "no event", "a visit or meeting whose only other side is the source's own country");
                return;
            }
            int warning = p.specificity() == 0 && modality.isWarning(t.lemma().toLowerCase(Locale.ROOT)) ? t.index()
                    : m.object() > 0 && modality.isWarning(s.token(m.object()).lemma().toLowerCase(Locale.ROOT)) ? m.object() : 0;
            if (target.isEmpty() && warning > 0 && p.code().startsWith(THREATEN)
                    && !warnsOfOwnAct(s, warning, source, sentenceActors)) {
                // "the UN warned of a catastrophe", "warned that the assault would lead to chaos": no threat, a
                // pessimistic comment; what it foresees is not told as done
                coded.put(t.index(), t.index());
                EventPattern comment = new EventPattern(PESSIMISM, p.verbs(), p.preposition(), p.objects(), p.groups(), p.targets(),
                        p.sources(), "modality.tsv: warning of what others do or what may happen -> " + PESSIMISM + " (not " + p.source() + ")");
                List<Event> made = enoughActors(source, target, comment)
                        ? List.of(event(article, s, sentenceActors, t, clause, comment, m, source, target, 1.0)) : List.of();
                keep(out, trace, t, comment, made, "a warning of what others do or may happen, by no actor named");
                return;
            }
            if (!p.code().startsWith("01") || p.code().equals(DENIAL) || p.code().equals(CONSIDER)) {
                // its complement is what it is about ("urged X to stop", "denied attacking", "is considering sending aid")
                coded.put(t.index(), t.index());
            }
            if (target.isEmpty() && !mutual && !namesSomeoneUnknown(s, clause.objects())) {
                target = placeTarget(p.code(), source, where);
            }
            if (target.isEmpty() && !mutual && !(isIntended(s, t.index()) && VIOLENCE.stream().anyMatch(p.code()::startsWith))) {
                // not for violence threatened or intended (18 to 20), often aimed abroad ("threatened to attack the base",
                // "will attack the camps"); a curfew or martial law to come is aimed at home
                target = domesticTarget(p.code(), source, sentenceActors, where);
            }
            List<Event> made = new ArrayList<>();
            if (mutual) {
                // "China and Syria held talks": each acts on the other
                for (List<Actor> others : onTheOthers(source)) {
                    made.add(event(article, s, sentenceActors, t, clause, p, m, List.of(others.get(0)),
                            others.subList(1, others.size()), 1.0));
                }
            } else if (enoughActors(source, target, p)) {
                made.add(event(article, s, sentenceActors, t, clause, onWhom(p, source, target), m, source, target, 1.0));
            }
            keep(out, trace, t, p, made, "pattern " + p.source() + " matched, but no actor is named as source or target"
                    + " (a sector alone, such as \"police\", needs the other side or a pattern more specific than its verb)");
            return;
        }
        note(trace, t, "no event", "no pattern's conditions hold; tried: " + String.join(" | ", tried));
    }

    private void codeNoun(AnalyzedArticle article, Sentence s, Token t, SentenceActors sentenceActors, Map<Integer, Integer> coded,
                          List<Candidate> out, CodingTrace trace) {
        // "a mediation mission between Syria and the PLO": the act noun modifies the head of its phrase, which holds the
        // phrase's relations
        int noun = phraseHead(s, t.index());
        int governor = s.head(noun);
        boolean governorMadeEvent = governor > 0 && coded.containsKey(governor)
                && (coded.get(governor) != governor || out.stream().anyMatch(c -> c.token() == governor));
        if (governorMadeEvent && !isSetting(s, noun)) {
            return; // "held talks with", "issued a warrant for": the verb's pattern coded it
        }
        if (!sentenceActors.actorsAt(noun).isEmpty()) {
            // "the Summit" as a name of an actor (the noun's own words: "the withdrawal of troops" names no actor, though
            // its troops are one)
            note(trace, t, "no event", "names an actor, not an act");
            return;
        }
        if (governor > 0 && (isNegated(s, governor) || negatedGovernor(s, governor) != null)) {
            note(trace, t, "no event", "the verb it depends on is negated");
            return;
        }
        String obliged = governor > 0 ? obligation(s, governor) : null;
        if (obliged != null) {
            note(trace, t, "no event", "the verb it depends on is an obligation (\"" + obliged + "\"), not an act");
            return;
        }
        String prospect = governor > 0 ? prospectOf(s, noun, governor) : null;
        if (prospect != null) {
            note(trace, t, "no event", "what \"" + prospect + "\" is about, not an act told as done");
            return;
        }
        Clause clause = new Clause(s, noun);
        // "will pay a state visit to Kazakhstan from July 2nd to 4th": time, place and intent are the verb's
        Clause setting = governor > 0 && s.token(governor).isVerb() ? new Clause(s, governor) : clause;
        for (EventPattern p : nouns.forVerb(t.lemma().toLowerCase(Locale.ROOT))) {
            Match m = match(s, clause, p, sentenceActors);
            if (m == null) {
                continue;
            }
            List<Actor> source = nounSource(s, noun, sentenceActors);
            List<Actor> target = target(sentenceActors, clause, p, m, source);
            List<Event> made = new ArrayList<>();
            if (p.targets().contains(MUTUAL) && target.size() > 1 && !clause.obliques(noun, "between").isEmpty()) {
                for (List<Actor> others : onTheOthers(target)) {
                    made.add(event(article, s, sentenceActors, t, setting, p, m, List.of(others.get(0)),
                            others.subList(1, others.size()), 0.8));
                }
            } else if (!source.isEmpty() && !target.isEmpty() && !sameCodes(source, target)) {
                made.add(event(article, s, sentenceActors, t, setting, p, m, source, target, 0.8));
            } else if (p.targets().contains(MUTUAL) && target.isEmpty() && onTheOthers(source).size() > 1 && isStatement(s, governor)) {
                // "China and Syria announced the establishment of a partnership": the parties who announce it act on
                // each other (not "Syria and Israel violated agreements": the verb's meaning is not the noun's)
                for (List<Actor> others : onTheOthers(source)) {
                    made.add(event(article, s, sentenceActors, t, setting, p, m, List.of(others.get(0)),
                            others.subList(1, others.size()), 0.8));
                }
            }
            Token told = sameWordCoded(s, t, made, coded, out);
            if (told != null) {
                // "will visit Argentina ... and said the visit to Argentina is friendly": the verb's act named again
                note(trace, t, "no event", "the act of \"" + told.word() + "\", already coded, named again");
                return;
            }
            keep(out, trace, t, p, made, "noun pattern " + p.source() + " needs a source and a target");
            return;
        }
    }

    /**
     * Whether both sides are the same actors of a named country: the same codes, names and offices ("Iraq" and "Iraq's";
     * not "officials" and "officials", who may be anyone's, nor two ministers of one government).
     */
    private static boolean sameCodes(List<Actor> source, List<Actor> target) {
        if (source.stream().anyMatch(x -> x.country().isEmpty())) {
            return source.equals(target);
        }
        return identities(source).equals(identities(target));
    }

    private static Set<List<String>> identities(List<Actor> actors) {
        Set<List<String>> out = new HashSet<>();
        actors.forEach(a -> out.add(Arrays.asList(a.code(), a.name(), a.role())));
        return out;
    }

    /** Whether the token is a verb of saying ("announced", "said"): one that PETRARCH codes 010. */
    private boolean isStatement(Sentence s, int verb) {
        return verb > 0 && patterns.forVerb(s.token(verb).lemma().toLowerCase(Locale.ROOT)).stream()
                .anyMatch(p -> p.code().equals(PLAIN_STATEMENT) && p.specificity() == 0);
    }

    /**
     * "The US said that China must drop its barriers", "Kenya said Uganda must be ready to mediate": what someone
     * says another must do is their demand on them (CAMEO 10), not the other's act. Returns whether it made an event.
     */
    private boolean codeObligation(AnalyzedArticle article, Sentence s, Token statement, Clause clause,
                                   SentenceActors sentenceActors, Map<Integer, Integer> coded, List<Candidate> out, CodingTrace trace) {
        List<Integer> saidClauses = new ArrayList<>(s.children(statement.index(), "ccomp"));
        saidClauses.addAll(s.children(statement.index(), "dep")); // "says Israel must end ...", parsed as obj + dep
        for (int said : saidClauses) {
            String obliged = obligation(s, said);
            if (obliged == null) {
                continue;
            }
            List<Actor> source = actorsOf(sentenceActors, clause.subjects());
            boolean misparsed = s.relation(said).equals("dep") && !clause.objects().isEmpty();
            List<Actor> target = actorsOf(sentenceActors, misparsed ? clause.objects() : new Clause(s, said).subjects());
            if (!identified(source) || !identified(target) || sameCodes(source, target)) {
                continue;
            }
            EventPattern demand = new EventPattern(DEMAND, Set.of(statement.lemma()), null, Set.of(), List.of(), List.of("comp"),
                    List.of(), "modality.tsv: obligation \"" + obliged + "\" in what is said -> " + DEMAND);
            coded.put(statement.index(), statement.index());
            Match m = new Match(0, List.of(said));
            keep(out, trace, statement, demand, List.of(event(article, s, sentenceActors, statement, clause, demand, m, source, target, 1.0)), "");
            return true;
        }
        return false;
    }

    /**
     * The word that makes the verb, or the clause it completes, an obligation ("must", "must be ready to"), or the verb
     * itself when it is a "that" clause in the subjunctive ("insisted that Uganda withdraw its troops", "that the
     * talks be held"), or {@code null}.
     */
    private String obligation(Sentence s, int verb) {
        String auxiliary = auxiliaryOf(s, verb, modality::isObligation);
        return auxiliary != null ? auxiliary : isSubjunctive(s, verb) ? "that ... " + s.token(verb).word() : null;
    }

    /**
     * A "that" clause whose verb, or only auxiliary, is the bare form with a subject ("that Uganda withdraw", "that the
     * talks be held"): what someone requires, not what is told as done. A plural subject's present tense looks the
     * same ("that the rebels attack villages") and is read as told.
     */
    private static boolean isSubjunctive(Sentence s, int verb) {
        if (!s.relation(verb).equals("ccomp") || !Clause.hasWord(s, verb, "mark", "that") || Clause.hasWord(s, verb, "mark", "to")
                || s.children(verb, "nsubj").isEmpty()) { // with nsubj:pass
            return false;
        }
        List<Integer> auxiliaries = new ArrayList<>(s.children(verb, "aux")); // with aux:pass
        auxiliaries.addAll(s.children(verb, "cop"));
        return auxiliaries.isEmpty() ? s.token(verb).pos().equals("VB")
                : auxiliaries.size() == 1 && s.token(auxiliaries.get(0)).pos().equals("VB");
    }

    /**
     * The word that makes the act a forecast ({@code modality.tsv} prediction), or {@code null}: an adjective whose
     * infinitive the verb is ("Uganda is likely to attack"), or an adverb of the verb when it has a future auxiliary
     * ("will probably attack", "would likely anger").
     */
    private String forecastOf(Sentence s, int verb) {
        int head = s.head(verb);
        if (head > 0 && s.relation(verb).equals("xcomp") && s.token(head).pos().startsWith("JJ")
                && modality.isPrediction(s.token(head).lemma().toLowerCase(Locale.ROOT))) {
            return s.token(head).word();
        }
        if (auxiliaryOf(s, verb, modality::isFuture) == null) {
            return null;
        }
        for (int a : s.children(verb, "advmod")) {
            if (modality.isPrediction(s.token(a).lemma().toLowerCase(Locale.ROOT))) {
                return s.token(a).word();
            }
        }
        return null;
    }

    /**
     * The auxiliary of this kind on the verb, or on the clause it completes or shares its auxiliary with ("must be ready
     * to", "could ensure security and provide ..."), or {@code null}.
     */
    private static String auxiliaryOf(Sentence s, int verb, Predicate<String> kind) {
        for (int v = verb, depth = 0; v > 0 && depth < 4; v = s.head(v), depth++) {
            for (int a : s.children(v, "aux")) {
                if (kind.test(s.token(a).lemma().toLowerCase(Locale.ROOT))) {
                    return s.token(a).word();
                }
            }
            boolean sharesTheAuxiliary = s.relation(v).equals("conj") && s.children(v, "aux").isEmpty() && s.children(v, "nsubj").isEmpty();
            if (!s.relation(v).equals("xcomp") && !sharesTheAuxiliary) { // "must ensure security and provide ..."
                break;
            }
        }
        return null;
    }

    /**
     * For a mutual act of several actors, each actor followed by those of other countries it acts on ("China and
     * Syria held talks": [CHN, SYR], [SYR, CHN]); actors with no other country to act on are left out.
     */
    private static List<List<Actor>> onTheOthers(List<Actor> actors) {
        List<List<Actor>> out = new ArrayList<>();
        for (Actor a : actors) {
            List<Actor> one = new ArrayList<>(List.of(a));
            actors.stream().filter(o -> !party(o).equals(party(a))).forEach(one::add);
            if (one.size() > 1) {
                out.add(one);
            }
        }
        return out;
    }

    /**
     * A verb of the same word ("visit") coded in this sentence, when an event already kept is between the same
     * countries as one of these; {@code null} otherwise.
     */
    private static Token sameWordCoded(Sentence s, Token noun, List<Event> made, Map<Integer, Integer> coded, List<Candidate> out) {
        for (Map.Entry<Integer, Integer> c : coded.entrySet()) {
            Token verb = s.token(c.getKey());
            if (!c.getKey().equals(c.getValue()) || !verb.isVerb() || !verb.lemma().equalsIgnoreCase(noun.lemma())) {
                continue;
            }
            for (Event e : made) {
                for (Candidate kept : out) {
                    if (countries(e.source()).equals(countries(kept.event().source()))
                            && countries(e.target()).equals(countries(kept.event().target()))) {
                        return verb;
                    }
                }
            }
        }
        return null;
    }

    /** Adds the events a word made to the sentence's, noting each, or why it made none. */
    private static void keep(List<Candidate> out, CodingTrace trace, Token t, EventPattern p, List<Event> made, String whyNone) {
        if (made.isEmpty()) {
            note(trace, t, "no event", whyNone);
        }
        for (Event e : made) {
            note(trace, t, "event", describe(e, p));
            add(out, new Candidate(t.index(), e));
        }
    }

    /**
     * Whether a noun tells when or where its verb's act happened ("invited him during a video meeting with ...",
     * "said after talks with ..."): an event of its own, not the verb's object.
     */
    private static boolean isSetting(Sentence s, int noun) {
        if (!s.relation(noun).startsWith("obl")) {
            return false;
        }
        for (int c : s.children(noun, "case")) {
            if (SETTING_PREPOSITIONS.contains(s.token(c).lowerWord())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The verb, when the noun is its object and names an act it does not tell as done ({@code modality.tsv}
     * {@code prospect}: "feared an attack", "ruled out strikes"; {@code stance} without "the" or an owner: "support
     * strikes against Syria"), or the noun of asking or proposing the noun depends on ("a call for the withdrawal of
     * troops"); else {@code null}.
     */
    private String prospectOf(Sentence s, int noun, int governor) {
        if (s.token(governor).isNoun() && s.relation(noun).startsWith("nmod")) {
            // "the call for the withdrawal of troops", "a plan for an offensive": what is asked for or planned (the
            // intention line is not asked: its verbs make nouns of their own, "a set of sanctions", "work on a deal")
            return modality.isRequest(s.token(governor).lemma().toLowerCase(Locale.ROOT)) ? s.token(governor).word() : null;
        }
        if (!s.token(governor).isVerb() || !s.relation(noun).equals("obj")) {
            return null;
        }
        String verb = governorKey(s, governor);
        boolean known = !s.children(noun, "nmod:poss").isEmpty()
                || s.children(noun, "det").stream().anyMatch(d -> DEFINITE.contains(s.token(d).lowerWord()));
        return modality.isProspect(verb) || modality.isStance(verb) && !known ? s.token(governor).word() : null;
    }

    /** The verb's lemma, with its particle after "_" when it has one ("rule_out"). */
    private static String governorKey(Sentence s, int verb) {
        String lemma = s.token(verb).lemma().toLowerCase(Locale.ROOT);
        List<Integer> particles = s.children(verb, "compound:prt");
        return particles.isEmpty() ? lemma : lemma + "_" + s.token(particles.get(0)).lowerWord();
    }

    /** The head of the act noun's phrase: the noun itself, or the noun it modifies ("a mediation mission"). */
    private static int phraseHead(Sentence s, int noun) {
        return s.relation(noun).equals("compound") && s.head(noun) > 0 && s.token(s.head(noun)).isNoun() ? s.head(noun) : noun;
    }

    /** Whether the noun is the object of a verb that plans or promises it ("plans strikes", "offered talks"). */
    private boolean isPlannedAct(Sentence s, int trigger) {
        int noun = phraseHead(s, trigger);
        int governor = s.head(noun);
        return governor > 0 && s.token(governor).isVerb() && s.relation(noun).equals("obj")
                && modality.isPlanning(governorKey(s, governor));
    }

    /** The actor a nominal event belongs to: "the Russian invasion", "China's call", "talks by X", the governing subject. */
    private static List<Actor> nounSource(Sentence s, int noun, SentenceActors sentenceActors) {
        List<Actor> own = new ArrayList<>();
        for (int c : s.children(noun, "nmod:poss")) {
            own.addAll(sentenceActors.actorsAt(c));
        }
        for (Dependency d : s.children(noun)) {
            if ((d.baseRelation().equals("amod") || d.relation().equals("compound"))) {
                Actor owner = sentenceActors.ownerCountry(noun);
                if (owner != null && own.stream().noneMatch(a -> a.country().equals(owner.country()))) {
                    own.add(owner); // "the Russian invasion" (not again after "Kenya's mediation efforts")
                }
                break;
            }
        }
        if (own.isEmpty()) {
            own.addAll(actorsOf(sentenceActors, new Clause(s, noun).obliques(noun, "by")));
        }
        int governor = s.head(noun);
        String rel = s.relation(noun);
        if (own.isEmpty() && governor > 0 && s.token(governor).isVerb() && (rel.equals("obj") || rel.startsWith("obl"))) {
            Clause governing = new Clause(s, governor);
            own.addAll(actorsOf(sentenceActors, governing.subjects()));
            if (own.isEmpty()) {
                // "the Kenyan president invited him to visit Kenya during a meeting with ...": the controller "him"
                // names no one, so the one who invited, as for verbs
                own.addAll(actorsOf(sentenceActors, governing.subjectsPastObjectControl()));
            }
        }
        return own;
    }

    /** What a pattern matched: the object token (0 when it requires none) and the tokens of its groups. */
    private record Match(int object, List<Integer> tokens) {
    }

    /** Whether the pattern's conditions hold for the clause; {@code null} when they do not. */
    private Match match(Sentence s, Clause clause, EventPattern p, SentenceActors sentenceActors) {
        int object = 0;
        List<Integer> tokens = new ArrayList<>();
        if (p.objects().contains(EventPattern.ANY_THING)) {
            object = thingObject(s, clause, sentenceActors);
            if (object == 0) {
                return null;
            }
            tokens.add(object);
        } else if (!p.objects().isEmpty()) {
            object = p.objects().contains(EventPattern.A_PERSON) ? personObject(s, clause) : 0;
            if (object == 0) {
                object = objectMatching(s, clause, p.objects(), sentenceActors);
            }
            if (object == 0) {
                return null;
            }
            tokens.add(object);
        }
        if (p.preposition() != null && !clause.governs(p.preposition())) {
            return null;
        }
        List<Integer> anchors = new ArrayList<>(List.of(clause.verb()));
        if (object > 0) {
            anchors.add(object);
        }
        for (Group g : p.groups()) {
            if (g.preposition().equals(EventPattern.SUBJECT)) {
                int subject = subjectMatching(s, clause, g.nouns());
                if (subject == 0) {
                    return null;
                }
                tokens.add(subject);
                continue;
            }
            int found = 0;
            for (int a : List.copyOf(anchors)) {
                for (int o : clause.obliques(a, g.preposition())) {
                    if (g.nouns().isEmpty() ? !Clause.TIME_CLASSES.contains(s.token(o).ner()) : nounMatches(s, o, g.nouns())) {
                        found = o;
                        break;
                    }
                }
                if (found > 0) {
                    break;
                }
            }
            if (found == 0) {
                return null;
            }
            anchors.add(found);
            if (!g.nouns().isEmpty()) {
                tokens.add(found); // a second required preposition's phrase ("hit back at Ugandan troops") may be the target
            }
        }
        return new Match(object, tokens);
    }

    /**
     * The object for a pattern's {@code *}: a common noun that names no actor ("returned the stolen paintings to
     * Italy", not "returned the fishermen to Vietnam"), or 0.
     */
    private static int thingObject(Sentence s, Clause clause, SentenceActors sentenceActors) {
        for (int o : clause.objects()) {
            Token t = s.token(o);
            if (t.pos().startsWith("NN") && !t.pos().startsWith("NNP") && "O".equals(t.ner())
                    && sentenceActors.actorsAt(o).isEmpty()) {
                return o;
            }
        }
        return 0;
    }

    /** The first object that is a person: a name CoreNLP tags PERSON, or a personal or relative pronoun; else 0. */
    private static int personObject(Sentence s, Clause clause) {
        for (int o : clause.objects()) {
            Token t = s.token(o);
            if ("PERSON".equals(t.ner()) || PERSONAL_PRONOUNS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
                return o;
            }
        }
        return 0;
    }

    /**
     * The noun itself, or what it counts or groups when it is a number or a partitive ("began a new round of joint
     * exercises", "hundreds of British troops arrived", "aid supplies", "$20 million in aid"), when that is one of the
     * wanted nouns; else 0. "Leaders of the peacekeeping force" are not the force.
     */
    private static int nounOrWhatItCounts(Sentence s, int head, Set<Noun> wanted) {
        if (nounMatches(s, head, wanted)) {
            return head;
        }
        Token t = s.token(head);
        if (PARTITIVES.contains(t.lemma().toLowerCase(Locale.ROOT)) || t.pos().equals("CD") || t.pos().equals("$")) {
            // "aid supplies", "an arms shipment", "a relief consignment": the partitive's first noun says what it is
            for (int part : s.children(head, "compound")) {
                if (s.token(part).isNoun() && nounMatches(s, part, wanted)) {
                    return part;
                }
            }
            Clause phrase = new Clause(s, head);
            for (int part : phrase.obliques(head, "of")) {
                int found = nounOrWhatItCounts(s, part, wanted); // "truckloads of aid supplies"
                if (found > 0) {
                    return found;
                }
            }
            if (t.pos().equals("$") || t.pos().equals("CD")) {
                for (int part : phrase.obliques(head, "in")) {
                    if (nounMatches(s, part, wanted)) {
                        return part; // "$20 million in aid"
                    }
                }
            }
        }
        return 0;
    }

    /** The subject token that is one of the nouns (or what the subject counts), or 0. */
    private static int subjectMatching(Sentence s, Clause clause, Set<Noun> wanted) {
        for (int h : clause.subjects()) {
            int found = nounOrWhatItCounts(s, h, wanted);
            if (found > 0) {
                return found;
            }
        }
        return 0;
    }

    /** The object token that is one of the nouns (or what the object counts), or 0. */
    private int objectMatching(Sentence s, Clause clause, Set<Noun> wanted, SentenceActors sentenceActors) {
        for (int o : clause.objectWords()) {
            int found = nounOrWhatItCounts(s, o, wanted);
            if (found > 0) {
                return found;
            }
            if (!sentenceActors.actorsAt(o).isEmpty()) {
                continue; // "attacked government forces" names the forces attacked, not PETRARCH's "attack government" (a criticism)
            }
            if (!modality.isLightHead(s.token(o).lemma().toLowerCase(Locale.ROOT)) && !"PERSON".equals(s.token(o).ner())) {
                // "set up a research centre", "a threat assessment": the head names a thing of its own ("freed activist
                // Evan Mawarire" frees an activist)
                continue;
            }
            for (int c : s.children(o, "compound")) {
                if (wanted.stream().anyMatch(n -> n.modifiers().isEmpty() && n.head().equals(s.token(c).lowerWord()))) {
                    return o; // "a phone call": the pattern asked for "phone"
                }
            }
        }
        return 0;
    }

    private static boolean nounMatches(Sentence s, int head, Set<Noun> wanted) {
        Token t = s.token(head);
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        for (Noun n : wanted) {
            if (!n.head().equals(lemma) && !n.head().equals(t.lowerWord())) {
                continue;
            }
            boolean all = true;
            for (String modifier : n.modifiers()) {
                boolean present = false;
                for (Dependency d : s.children(head)) {
                    Token m = s.token(d.dependent());
                    if (m.lowerWord().equals(modifier) || m.lemma().toLowerCase(Locale.ROOT).equals(modifier)) {
                        present = true;
                        break;
                    }
                }
                all &= present;
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private Event event(AnalyzedArticle article, Sentence s, SentenceActors sentenceActors, Token trigger, Clause clause,
                        EventPattern p, Match m, List<Actor> source, List<Actor> target, double weight) {
        EventDate date = pastPart(clause.ownDate(), article.article().date(), isPast(s, trigger.index()));
        // "will visit" and "plans to visit" are intents; so is an act dated after the article was published, told by a
        // noun ("a state visit to Argentina from May 27th to 29th" in an article of May 17) or a verb not in the past
        // (a past-tense verb with a later date says the date or the article's date is wrong, not that it is a plan)
        boolean later = date != null && date.isAfter(article.article().date()) && (trigger.isNoun() || !isPast(s, trigger.index()));
        // "invited him to visit Kenya during a meeting with Somali officials last December": a meeting that sets
        // the scene of an act, dated before the article, took place, whatever the act's own modality
        boolean pastSetting = trigger.isNoun() && isSetting(s, trigger.index()) && date != null
                && date.isBefore(article.article().date());
        boolean intended = (isIntended(s, clause.verb()) || later || trigger.isNoun() && isPlannedAct(s, trigger.index())) && !pastSetting;
        String code = intended ? modality.intentCode(p.code()) : p.code();
        if (date == null) {
            date = article.article().date() != null ? new EventDate(article.article().date().toString(), EventDate.ARTICLE)
                    : EventDate.unknown();
        }
        TreeSet<Integer> matched = new TreeSet<>(m.tokens());
        matched.add(trigger.index());
        StringBuilder words = new StringBuilder();
        int last = -1;
        for (int i : matched) {
            if (last >= 0) {
                words.append(i == last + 1 ? " " : " ... ");
            }
            words.append(s.token(i).word());
            last = i;
        }
        PloverCode plover = modality.withMode(codebook.plover(code),
                matched.stream().map(i -> s.token(i).lemma().toLowerCase(Locale.ROOT)).toList());
        if (plover != null && plover.type().equals("CONSULT") && plover.mode().isEmpty() && countries(source, target) > 2) {
            plover = new PloverCode(plover.type(), "multilateral", plover.context());
        }
        return new Event(article.article().id(), source, target, code, plover, codebook.goldstein(code),
                codebook.quadClass(code), date, new Evidence(s.index(), s.begin(), s.end(), s.text()), p.source(),
                words.toString(), place(s, clause, sentenceActors), confidence(p, source, target, weight), List.of());
    }

    private static long countries(List<Actor> source, List<Actor> target) {
        return java.util.stream.Stream.concat(source.stream(), target.stream()).map(Actor::country).distinct().count();
    }

    /**
     * How sure the coder is, from what it used: a hand-written pattern (0.9) or a converted one (0.75); a pattern
     * that asks for more than the verb (x1) or the verb alone (x0.85); both sides named (x1) or one (x0.8); a nominal
     * event (x0.8). A ranking to trade precision for recall, not a probability.
     */
    static double confidence(EventPattern p, List<Actor> source, List<Actor> target, double weight) {
        double c = p.isHandWritten() || p.source().startsWith("negated-codes.tsv") ? 0.9 : 0.75;
        c *= p.specificity() > 0 ? 1.0 : 0.85;
        c *= !source.isEmpty() && !target.isEmpty() ? 1.0 : 0.8;
        c *= identified(source) || identified(target) ? 1.0 : 0.8; // sectors alone: no country, no name
        c *= weight;
        return Math.round(c * 100) / 100.0;
    }

    /** Where the clause says the act happened: its "in"/"at" phrase naming a country, capital or known city. */
    private Place place(Sentence s, Clause clause, SentenceActors sentenceActors) {
        for (String prep : List.of("in", "at")) {
            List<Integer> heads = new ArrayList<>(clause.obliques(clause.verb(), prep));
            for (int o : clause.objects()) {
                heads.addAll(clause.obliques(o, prep)); // "staged rallies in the Gaza Strip"
            }
            for (int h : heads) {
                Token t = s.token(h);
                if (Set.of("DATE", "TIME", "DURATION", "SET").contains(t.ner())) {
                    continue;
                }
                Place p = places.place(sentenceActors, h);
                if (p != null) {
                    return p;
                }
            }
        }
        // "killed 12 people when they attacked a market in Mombasa": a "when" clause tells the same moment, and its
        // place is the act's
        for (int c : s.children(clause.verb(), "advcl")) {
            if (Clause.hasWord(s, c, "mark", "when") || Clause.hasWord(s, c, "advmod", "when")) {
                Place p = place(s, new Clause(s, c), sentenceActors);
                if (p != null) {
                    return p;
                }
            }
        }
        return null;
    }

    /**
     * Adds an event unless the sentence already has it: the same code between the same countries ("will visit
     * Kenya and meet with the Kenyan president" is one intent), or the same cue category from the same source with
     * no target on one side ("met with the Somali envoy and focused on discussing the border"). Of two such, the more precise stays.
     */
    private static void add(List<Candidate> out, Candidate c) {
        Event e = c.event;
        for (int i = 0; i < out.size(); i++) {
            Event o = out.get(i).event;
            boolean sameAct = o.cameo().substring(0, 2).equals(e.cameo().substring(0, 2))
                    && countries(o.source()).equals(countries(e.source())) && !o.source().isEmpty();
            if (sameAct && (e.target().isEmpty() || o.target().isEmpty())) {
                // "met with Lavrov and focused on discussing Ukraine": the act told again without its target is the same act
                if (o.target().isEmpty() && !e.target().isEmpty()) {
                    out.set(i, c);
                }
                return;
            }
            if (o.cameo().equals(e.cameo()) && countries(o.source()).equals(countries(e.source()))
                    && countries(o.target()).equals(countries(e.target()))) {
                if (precision(e) > precision(o)) {
                    out.set(i, c);
                }
                return;
            }
        }
        out.add(c);
    }

    /**
     * Adds an article's event, or makes it a further mention of an earlier one that tells the same thing: the same
     * CAMEO cue category between the same countries on a compatible date (equal, or one only the article's date).
     * The earlier event stays, with the more precise date of the two. In one sentence ("met Boric and held talks with
     * Chilean officials", "announced a partnership and signed cooperation documents") the first, main act is the event.
     * Returns the index of the event it is or joined.
     */
    static int merge(List<Event> events, Event e) {
        for (int i = 0; i < events.size(); i++) {
            Event o = events.get(i);
            if (o.cameo().substring(0, 2).equals(e.cameo().substring(0, 2))
                    && new HashSet<>(countries(o.source())).equals(new HashSet<>(countries(e.source())))
                    && new HashSet<>(countries(o.target())).equals(new HashSet<>(countries(e.target())))
                    && !o.source().isEmpty() && !o.target().isEmpty() && compatible(o.date(), e.date())) {
                // told twice in one sentence ("met Lavrov and held talks with him"), the first (main) act is the event
                Event merged = o.evidence().sentence() == e.evidence().sentence() ? o : o.withMention(e.evidence());
                if (!EventDate.SENTENCE.equals(o.date().origin()) && EventDate.SENTENCE.equals(e.date().origin())) {
                    merged = new Event(o.articleId(), o.source(), o.target(), o.cameo(), o.plover(), o.goldstein(),
                            o.quadClass(), e.date(), o.evidence(), o.pattern(), o.trigger(), o.place() != null ? o.place() : e.place(),
                            o.confidence(), merged.mentions());
                }
                events.set(i, merged);
                return i;
            }
        }
        events.add(e);
        return events.size() - 1;
    }

    /**
     * A range that holds the article's date, told of in the past tense ("earlier this week"), ends on that date: what
     * was done had been done when the article was written; a weekend after the article's date, told of in the past
     * tense, is the weekend before it.
     */
    private static EventDate pastPart(EventDate date, LocalDate published, boolean past) {
        if (date == null || date.end() == null || date.value().length() != 10 || published == null || !past) {
            return date;
        }
        String day = published.toString();
        LocalDate first = LocalDate.parse(date.value());
        if (first.getDayOfWeek() == DayOfWeek.SATURDAY && first.isAfter(published)
                && first.isBefore(published.plusDays(7)) && date.end().equals(first.plusDays(1).toString())) {
            // "surrendered over the weekend" on a Tuesday: SUTime reads the weekend to come; told in the past, it is
            // the one before
            return new EventDate(first.minusDays(7).toString(), first.minusDays(6).toString(), date.origin());
        }
        return date.value().compareTo(day) <= 0 && date.end().compareTo(day) > 0
                ? new EventDate(date.value(), date.value().equals(day) ? null : day, date.origin())
                : date;
    }

    private static boolean compatible(EventDate a, EventDate b) {
        if (a.value() == null || b.value() == null) {
            return true;
        }
        if (!EventDate.SENTENCE.equals(a.origin()) || !EventDate.SENTENCE.equals(b.origin())) {
            return true;
        }
        return a.value().startsWith(b.value()) || b.value().startsWith(a.value());
    }

    private static List<String> countries(List<Actor> actors) {
        return actors.stream().map(EventCoder::party).toList();
    }

    /** The side an actor is on: its country, or for an organisation its whole code (the EU and Mercosur are two). */
    private static String party(Actor a) {
        return STATELESS.contains(a.country()) ? a.code() : a.country();
    }

    private static String describe(Event e, EventPattern p) {
        return e.cameo() + " " + codes(e.source()) + " -> " + codes(e.target()) + " by " + p.source()
                + "; date " + e.date().value() + (e.date().end() == null ? "" : " to " + e.date().end())
                + " (" + e.date().origin() + ")"
                + (e.place() == null ? "" : "; place " + e.place().name() + " " + e.place().country())
                + "; confidence " + e.confidence();
    }

    private static String codes(List<Actor> actors) {
        return actors.isEmpty() ? "?" : String.join("+", actors.stream().map(Actor::code).toList());
    }

    private static int precision(Event e) {
        return java.util.stream.Stream.concat(e.source().stream(), e.target().stream()).mapToInt(a -> a.code().length()).sum();
    }

    private static int depth(Sentence s, int token) {
        int d = 0;
        for (int h = s.head(token); h > 0 && d < 50; h = s.head(h)) {
            d++;
        }
        return d;
    }

    /**
     * The first slot of the pattern that names an actor. A preposition slot also looks at the required object's own
     * modifiers: "held a phone call with X", "signed an agreement with X". The words of the pattern's own
     * prepositional groups are conditions, not targets: "struck ... (with artillery)"; unless they name a country or a
     * person: "met (with leaders) of Kenya". The pattern's own object word naming the source's own side is what the
     * source acts with, not on: "sent its foreign minister to Kampala".
     */
    private static List<Actor> target(SentenceActors sentenceActors, Clause clause, EventPattern p, Match m, List<Actor> source) {
        int object = m.object();
        List<Actor> bareSectors = List.of();
        List<Integer> conditions = m.tokens().stream()
                .filter(i -> i != object && !identified(actorsOf(sentenceActors, List.of(i)))).toList();
        for (String written : p.targets()) {
            String slot = written.endsWith(REQUIRED) ? written.substring(0, written.length() - 1) : written;
            if (slot.equals(MUTUAL) || slot.equals("subj")) {
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
            List<Actor> found = actorsOf(sentenceActors, heads.stream().filter(h -> !conditions.contains(h)).toList());
            if (slot.equals("obj") && object > 0 && heads.contains(object) && isOwnSide(found, source)) {
                continue; // "sent its foreign minister": what is sent; the next slot says to whom
            }
            if (slot.equals("comp") && (p.code().startsWith(INTENT) || p.code().startsWith(THREATEN))
                    && (isOwnSide(found, source) || isItsOwnAgents(sentenceActors, heads, found))) {
                // "agreed to keep Kenyan troops in Somalia", "threatened to send his soldiers": what the intent or threat is
                // done with, not whom it is aimed at
                continue;
            }
            if (found.isEmpty() && slot.equals("obj") && object == 0) {
                // "condemned the EU sanctions", "welcomed China's plan": the object's owner is the target
                found = actorsOf(sentenceActors, clause.objectOwners());
            }
            if (found.isEmpty() && object > 0 && !slot.startsWith("obj") && !slot.equals("iobj") && !slot.equals("conj")) {
                found = actorsOf(sentenceActors, clause.obliques(object, slot).stream().filter(h -> !conditions.contains(h)).toList());
            }
            if (found.isEmpty() && p.isHandWritten()
                    && !slot.startsWith("obj") && !slot.equals("iobj") && !slot.equals("conj") && !slot.equals("comp")) {
                // "complained to the UN over Israeli air raids": whose the act named in the slot is (only in the
                // patterns written for Dyadic, whose slots are chosen; PETRARCH's list every preposition)
                List<Integer> named = new ArrayList<>(clause.obliques(clause.verb(), slot));
                if (object > 0) {
                    named.addAll(clause.obliques(object, slot)); // "halted mediation efforts among Serbia's republics"
                }
                found = actorsOf(sentenceActors, clause.authorsOf(named));
                if (found.isEmpty()) {
                    found = ownerCountries(sentenceActors, named);
                }
            }
            if (found.isEmpty() && !slot.startsWith("obj") && !slot.equals("iobj") && !slot.equals("conj") && !slot.equals("comp")) {
                // "a suspension (of aid) to Egypt": a modifier of the pattern's own group noun
                for (int g : conditions) {
                    found = actorsOf(sentenceActors, clause.obliques(g, slot));
                    if (!found.isEmpty()) {
                        break;
                    }
                }
            }
            if (identified(found)) {
                return found;
            }
            if (bareSectors.isEmpty()) {
                bareSectors = found; // "offered its troops to Lebanon's president": a later slot may name who
            }
        }
        return bareSectors;
    }

    /**
     * The actors the object names ("US troops") or belongs to ("the US embargo", "Kenya's envoy", "Brazilian military
     * operations"; not "support from the Kenyan parliament", which the parliament is asked for).
     */
    private static List<Actor> whoseObject(SentenceActors sentenceActors, Clause clause, int object) {
        List<Actor> named = new ArrayList<>(sentenceActors.actorsAt(object));
        if (named.isEmpty()) {
            clause.ownersOf(object).forEach(o -> named.addAll(sentenceActors.actorsAt(o)));
        }
        Actor country = named.isEmpty() ? sentenceActors.ownerCountry(object) : null;
        Sentence s = sentenceActors.sentence();
        if (country != null && s.children(object, "nmod").stream().flatMap(n -> sentenceActors.actorsAt(n).stream())
                .noneMatch(a -> a.country().equals(country.country()))) {
            named.add(country);
        }
        return named;
    }

    /**
     * Whether the source is a state (the country or its government) and every actor found is one of that state's own
     * agents ("its foreign minister", "Kenyan troops" of Kenya's); not its rebels or citizens, whom it may act on, nor
     * another named person.
     */
    private static boolean isOwnSide(List<Actor> found, List<Actor> source) {
        Set<String> countries = new HashSet<>();
        source.forEach(a -> countries.add(a.country()));
        if (found.isEmpty() || countries.size() != 1 || countries.contains("") || STATELESS.containsAll(countries)
                || !source.stream().allMatch(a -> a.sector().isEmpty() || a.sector().equals(GOVERNMENT))) {
            return false;
        }
        String country = countries.iterator().next();
        Set<String> names = new HashSet<>();
        source.forEach(a -> names.add(a.name()));
        return found.stream().allMatch(a -> a.country().equals(country) && (a.sector().isEmpty() || STATE_AGENTS.contains(a.sector()))
                && (a.name() == null || names.contains(a.name()))); // not "Trump's inauguration" to another American
    }

    /** "its troops", "their officials", "his forces": a state's agents of no named country, owned by a possessive pronoun. */
    private static boolean isItsOwnAgents(SentenceActors sentenceActors, List<Integer> heads, List<Actor> found) {
        Sentence s = sentenceActors.sentence();
        return !found.isEmpty() && found.stream().allMatch(a -> a.country().isEmpty() && STATE_AGENTS.contains(a.sector()))
                && heads.stream().filter(h -> !sentenceActors.actorsAt(h).isEmpty())
                .allMatch(h -> s.children(h, "nmod:poss").stream().anyMatch(o -> OWNING_PRONOUNS.contains(s.token(o).lowerWord())));
    }

    /** The nouns of the pattern's preposition slots, on the verb or on its required object, that are not its own words. */
    private static List<Integer> prepositionNouns(Clause clause, EventPattern p, Match m) {
        List<Integer> out = new ArrayList<>();
        for (String written : p.targets()) {
            String slot = written.endsWith(REQUIRED) ? written.substring(0, written.length() - 1) : written;
            if (Set.of(MUTUAL, "subj", "obj", "iobj", "conj", "comp").contains(slot) || slot.startsWith("obj.")) {
                continue;
            }
            out.addAll(clause.obliques(clause.verb(), slot));
            if (m.object() > 0) {
                out.addAll(clause.obliques(m.object(), slot));
            }
        }
        out.removeAll(m.tokens());
        return out;
    }

    /**
     * Police, courts and people of no named country who act in a named place are that place's ("protesters rallied
     * in Baku" -> AZECVL). Soldiers, officials and spies are often abroad, so they stay without a country.
     */
    private static List<Actor> locatedIn(List<Actor> actors, Place where) {
        if (where == null || where.country() == null || where.country().startsWith("IGO")) {
            return actors;
        }
        List<Actor> out = new ArrayList<>();
        for (Actor a : actors) {
            out.add(isLocalSector(a) ? inCountry(a, where.country()) : a);
        }
        return out;
    }

    /**
     * "shelled Nairobi", "troops massed outside Kampala", "seized the capital, Kampala": a capital that a show of
     * force, a seizure or violence (CAMEO 15, 171, 18-20) is aimed at is the city, and so its country, not the
     * government its name stands for elsewhere ("Kampala rejected the offer", "pressured Kampala to resign").
     */
    private static List<Actor> citiesAsPlaces(SentenceActors sentenceActors, String code, List<Actor> target) {
        if (PLACE_CODES.stream().noneMatch(code::startsWith)) {
            return target;
        }
        List<Actor> out = new ArrayList<>();
        Sentence s = sentenceActors.sentence();
        for (Actor a : target) {
            boolean city = a.name() == null && a.sector().equals("GOV") && s.tokens().stream()
                    .anyMatch(t -> sentenceActors.isCityName(t.index()) && sentenceActors.actorsAt(t.index()).contains(a));
            out.add(city ? Actor.of(a.country(), "", null, null, a.text()) : a);
        }
        return out;
    }

    /**
     * "lifted a curfew in Montenegro", "strengthened its forces in Lebanon", "provided $40 million for assistance in
     * Iraq": a material act (CAMEO 06-08, 14-20) with no target, done in another country than the source's, is done to
     * that country, as CAMEO coders code it. Empty otherwise.
     */
    private static List<Actor> placeTarget(String code, List<Actor> source, Place where) {
        if (where == null || where.country() == null || where.country().isEmpty() || STATELESS.contains(where.country())
                || !isMaterial(code) || source.isEmpty()
                || source.stream().anyMatch(a -> a.country().isEmpty() || a.country().equals(where.country()))) {
            return List.of();
        }
        return List.of(Actor.of(where.country(), "", null, null, ""));
    }

    /** "bombed Kurdish positions": an object qualified by a proper name or adjective that names no known actor. */
    private static boolean namesSomeoneUnknown(Sentence s, List<Integer> objects) {
        for (int o : objects) {
            for (Dependency d : s.children(o)) {
                String r = d.relation();
                if ((r.equals("amod") || r.startsWith("compound") || r.equals("nmod:poss"))
                        && Character.isUpperCase(s.token(d.dependent()).word().charAt(0))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The target of a domestic act of conflict that names none: the source's own country, as CAMEO coders code internal
     * events ("Egyptian demonstrators rioted", "the British government outlawed the extremist organization" -> EGY, GBR).
     * Only for investigations (09) and material conflict (14 to 20 but 15, mobilization), whose targets are where
     * the act takes place; not for verbal conflict, whose target is often abroad and named in another sentence
     * ("rejected the decision"); not for armed forces, nor for a state's violence (18 to 20), both often abroad, unless
     * the act is placed at home; and only when the sentence names no actor of another country, or places the act in the
     * source's own country ("declared a state of siege across Bolivia, an official at the US embassy said").
     */
    private static List<Actor> domesticTarget(String code, List<Actor> source, SentenceActors sentenceActors, Place where) {
        Set<String> countries = new HashSet<>();
        source.forEach(a -> countries.add(a.country()));
        String country = countries.size() == 1 ? countries.iterator().next() : "";
        int root = Integer.parseInt(code.substring(0, 2));
        boolean investigation = root == 9;
        boolean materialConflict = root >= 14 && root != MOBILIZE;
        boolean armed = source.stream().anyMatch(a -> ARMED.contains(a.sector().length() < 3 ? a.sector() : a.sector().substring(0, 3)));
        // a state's (or its government's) assault or war is as often abroad as at home: "Turkey launched an offensive",
        // "the US has bombed population centres"
        boolean stateAtWar = root >= ASSAULT && source.stream().allMatch(a -> a.sector().isEmpty() || a.sector().equals(GOVERNMENT));
        boolean atHome = !country.isEmpty() && where != null && country.equals(where.country());
        if (!investigation && !materialConflict || (armed || stateAtWar) && !atHome || country.isEmpty() || STATELESS.contains(country)) {
            return List.of();
        }
        for (ActorMention m : sentenceActors.mentions()) {
            if (!atHome && !m.actor().country().isEmpty() && !m.actor().country().equals(country)) {
                return List.of();
            }
        }
        return List.of(Actor.of(country, "", null, null, ""));
    }

    /**
     * People of no named country that a state's own agents act on are that state's ("Egyptian police dispersed
     * demonstrators" -> EGYCVL, "Nigerian authorities jailed activists" -> NGAOPP), as CAMEO coders code domestic events.
     */
    private static List<Actor> ofTheSameCountry(List<Actor> target, List<Actor> source) {
        Set<String> countries = new HashSet<>();
        source.forEach(a -> countries.add(a.country()));
        String country = countries.size() == 1 ? countries.iterator().next() : "";
        if (country.isEmpty() || STATELESS.contains(country) || target.isEmpty()) {
            return target;
        }
        if (target.stream().allMatch(EventCoder::isLocalSector)) {
            return target.stream().map(a -> inCountry(a, country)).toList();
        }
        if (source.stream().allMatch(a -> DOMESTIC.contains(a.sector())) && target.stream().allMatch(EventCoder::isGovernmentAlone)) {
            // "Uganda's opposition boycotted talks with the government", "Kenyan unions defied the government": the
            // government a country's own opposition, unions or people act on is that country's
            return target.stream().map(a -> inCountry(a, country)).toList();
        }
        return target;
    }

    /** "the government", "ministers": the government sector of no named country and no named person. */
    private static boolean isGovernmentAlone(Actor a) {
        return a.country().isEmpty() && a.name() == null && a.sector().equals(GOVERNMENT);
    }

    /** A sector of no named country, placed in {@code country} ("police" in Minsk -> BLRCOP). */
    private static Actor inCountry(Actor sectorAlone, String country) {
        return new Actor(country + sectorAlone.sector(), country, sectorAlone.sector(), null, sectorAlone.role(), sectorAlone.text());
    }

    /** A sector of no named country that acts where it is: people, police, courts; not soldiers, officials or spies. */
    private static boolean isLocalSector(Actor a) {
        return a.country().isEmpty() && a.name() == null && !a.sector().isEmpty() && !ABROAD.contains(a.sector().substring(0, 3));
    }

    /**
     * Whether the sides name enough for an event: both sides, or one with a country or a name, or a sector alone
     * ("teachers went on strike", "police launched an investigation") when the pattern asks for more than the verb.
     */
    private static boolean enoughActors(List<Actor> source, List<Actor> target, EventPattern p) {
        boolean any = !source.isEmpty() || !target.isEmpty();
        return !source.isEmpty() && !target.isEmpty() || identified(source) || identified(target) || any && p.specificity() > 0;
    }

    /** Whether the target is only the source's own country, as a place: no sector, no name ("visited Russia" by Putin). */
    private static boolean isOwnCountry(List<Actor> source, List<Actor> target) {
        return !source.isEmpty() && !target.isEmpty()
                && target.stream().allMatch(a -> a.sector().isEmpty() && a.name() == null && !a.country().isEmpty()
                        && source.stream().allMatch(b -> b.country().equals(a.country())));
    }

    /** Whether some actor has a country or a name, not only a sector ("police", "protesters"). */
    private static boolean identified(List<Actor> actors) {
        return actors.stream().anyMatch(a -> !a.country().isEmpty() || a.name() != null);
    }

    /**
     * The countries that things an act is aimed at belong to ("Iraqi towns") or are in ("prisoners in Iraq"), as CAMEO
     * coders code a target; not where what is said or discussed is ("discussed the situation in Ukraine": CAMEO 01 and
     * 04 are aimed at whom one speaks to), nor the place of something an unknown actor owns ("Kurdish positions in Syria").
     */
    private static List<Actor> targetCountries(SentenceActors sentenceActors, Sentence s, String code, List<Integer> heads) {
        boolean aimedAtPlaces = !code.startsWith("01") && !code.startsWith(CONSULT);
        List<Actor> out = new ArrayList<>();
        for (int h : heads) {
            Actor a = sentenceActors.ownerCountry(h);
            if (a == null && aimedAtPlaces && !namesSomeoneUnknown(s, List.of(h))) {
                a = sentenceActors.placedIn(h);
            }
            if (a != null) {
                out.add(a);
            }
        }
        return out;
    }

    /**
     * Whose the things named by these heads are: the actor who owns or sent them ("UN aircraft"), else their
     * country ({@link #targetCountries}).
     */
    private static List<Actor> whoseThese(SentenceActors sentenceActors, Sentence s, Clause clause, String code, List<Integer> heads) {
        List<Actor> authors = actorsOf(sentenceActors, clause.authorsOf(heads));
        return authors.isEmpty() ? targetCountries(sentenceActors, s, code, heads) : authors;
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
        Sentence s = sentenceActors.sentence();
        for (int h : heads) {
            List<Actor> here = sentenceActors.actorsAt(h);
            int noun = here.isEmpty() ? antecedent(s, h) : 0;
            if (noun > 0) {
                // "the Kenyan minister, who visited Kampala": the relative pronoun stands for the noun its clause describes
                List<Actor> antecedent = sentenceActors.actorsAt(noun);
                if (identified(antecedent)) {
                    h = noun;
                    here = antecedent;
                }
            }
            if (!identified(here)) {
                // "the party's leader, Mahmoud Abbas": the appositive names who the bare title is
                List<Integer> names = new ArrayList<>(s.children(h, "appos"));
                // "the party's leader Mahmoud Abbas": a name right after the title is often parsed as a loose dependent
                s.children(h, "dep").stream().filter(d -> s.token(d).pos().startsWith("NNP")).forEach(names::add);
                // "members of Hamas", "activists from the Fatah party": the group they belong to
                s.children(h, "nmod").stream().filter(d -> s.children(d, "case").stream()
                        .anyMatch(c -> MEMBERSHIP_PREPOSITIONS.contains(s.token(c).lowerWord()))).forEach(names::add);
                for (int named : names) {
                    List<Actor> who = sentenceActors.actorsAt(named);
                    if (identified(who)) {
                        here = who;
                        break;
                    }
                }
            }
            out.addAll(here);
        }
        return out;
    }

    /**
     * The noun a relative pronoun ("who", "which", "that") stands for, as the subject or object of a relative clause
     * ("the envoy who met ..."): the noun the clause describes; when the parser hung the clause elsewhere ("accusing
     * Nairobi, which supports the rebels"), the subject or object just before the comma. 0 when there is none.
     */
    private static int antecedent(Sentence s, int token) {
        int verb = s.head(token);
        if (verb <= 0 || !RELATIVE_PRONOUNS.contains(s.token(token).lowerWord())) {
            return 0;
        }
        if (s.relation(verb).equals("acl:relcl")) {
            return s.head(verb) > 0 && s.head(verb) < token ? s.head(verb) : 0;
        }
        // not a noun with a preposition other than "of", which may end a phrase in between ("the Kurds, armed by the
        // US, who ...", "as a source close to the ministry, who ...")
        int noun = token - 2;
        boolean afterNoun = noun > 0 && s.token(token - 1).word().equals(",") && s.token(noun).isNoun()
                && s.children(noun, "case").stream().allMatch(c -> s.token(c).lowerWord().equals("of"));
        return afterNoun && s.relation(token).startsWith("nsubj") && s.token(token).pos().startsWith("W") ? noun : 0;
    }

    /**
     * The verb that did not make someone do this ("failed to persuade Uganda to release them", "did not force Kenya to
     * withdraw"), a causing verb ({@code modality.tsv} {@code causing}) that is negated or failed; else {@code null}.
     */
    private String notMadeToAct(Sentence s, int verb) {
        int head = s.head(verb);
        if (!s.relation(verb).equals("xcomp") || head <= 0 || !s.token(head).isVerb()
                || !modality.isCausing(s.token(head).lemma().toLowerCase(Locale.ROOT))) {
            return null;
        }
        String negated = negator(s, head);
        return negated == null ? null : negated + " " + s.token(head).word();
    }

    private boolean isNegated(Sentence s, int verb) {
        return negator(s, verb) != null;
    }

    /**
     * The word that negates the verb this one completes, when that verb is no intention ("have not moved to stop the
     * attacks"): what it was to do was not done, and not refused either. Not for "did not hesitate to condemn"
     * ({@code modality.tsv} {@code hesitation}), whose complement was done.
     */
    private String negatedGovernor(Sentence s, int verb) {
        int head = s.head(verb);
        String headLemma = head > 0 ? s.token(head).lemma().toLowerCase(Locale.ROOT) : "";
        if (!s.relation(verb).equals("xcomp") || modality.isHesitation(headLemma) || modality.isIntention(headLemma)
                || modality.isDecision(headLemma) || modality.isThreat(headLemma) || isGoingTo(s, verb)) {
            return null;
        }
        for (int o : s.children(head, "obj")) {
            String noun = s.token(o).lemma().toLowerCase(Locale.ROOT);
            if (o < verb && modality.isDecision(noun)) {
                return null; // "did not address the Kenyan decision to withdraw": the infinitive, misparsed, is the noun's
            }
        }
        return negator(s, head);
    }

    /** The word that negates the verb ("not", "never"), or {@code null}. */
    private String negator(Sentence s, int verb) {
        for (Dependency d : s.children(verb)) {
            String rel = d.baseRelation();
            String lemma = s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT);
            if ((rel.equals("advmod") || rel.equals("neg") || rel.equals("cc") || rel.equals("det"))
                    && modality.isNegation(lemma) && (!rel.equals("det") || d.dependent() < verb)) {
                return s.token(d.dependent()).word();
            }
            // "no longer wanted to fund the army", "will no more attack": an adverb of time negated by its own modifier
            if (rel.equals("advmod") && d.dependent() < verb) {
                for (int m : s.children(d.dependent(), "advmod")) {
                    if (modality.isNegation(s.token(m).lemma().toLowerCase(Locale.ROOT))) {
                        return s.token(m).word() + " " + s.token(d.dependent()).word();
                    }
                }
            }
        }
        int head = s.head(verb);
        // "criticised for failing to halt the violence": what one failed to do was not done
        if (s.relation(verb).equals("xcomp") && head > 0 && modality.isFailure(s.token(head).lemma().toLowerCase(Locale.ROOT))) {
            return s.token(head).word();
        }
        // "we don't want to attack them", "Kenya does not plan to release them": what one does not intend is not intended
        String headLemma = head > 0 ? s.token(head).lemma().toLowerCase(Locale.ROOT) : "";
        if (s.relation(verb).equals("xcomp") && (modality.isIntention(headLemma) || modality.isDecision(headLemma)
                || modality.isThreat(headLemma) || isGoingTo(s, verb))) {
            String negated = negator(s, head);
            if (negated != null) {
                return negated;
            }
        }
        // "no troops attacked", "none of them condemned": a subject that is no one
        for (Dependency d : s.children(verb)) {
            if (d.baseRelation().equals("nsubj") && (modality.isNegation(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT))
                    || s.children(d.dependent(), "det").stream().anyMatch(x -> modality.isNegation(s.token(x).lemma().toLowerCase(Locale.ROOT))))) {
                return s.token(d.dependent()).word();
            }
        }
        // "did not condemn X or criticise Y": a coordinated verb without its own subject shares the negation
        if (s.relation(verb).equals("conj") && head > 0 && s.children(verb, "nsubj").isEmpty()
                && s.children(verb, "cc").stream().anyMatch(c -> s.token(c).lowerWord().equals("or"))) {
            return negator(s, head);
        }
        return null;
    }

    /**
     * The coded verb whose complement (xcomp, ccomp) this verb is, or is coordinated with ("urged X to stop ... and
     * release ..."); 0 when there is none.
     */
    private static int codedGovernor(Sentence s, int verb, Map<Integer, Integer> coded) {
        int v = verb;
        for (int depth = 0; depth < 6 && s.relation(v).equals("conj") && s.head(v) > 0; depth++) {
            v = s.head(v); // "urged X to stop the fighting and release the prisoners": "release" is part of the appeal too
        }
        if (v != verb && coded.containsKey(v)) {
            // a verb coordinated with a coded verb is an act of its own; with a complement, part of the same act; an
            // alternative to it ("killing or wounding 50") is the same act told two ways
            boolean alternative = s.children(verb, "cc").stream().anyMatch(c -> s.token(c).lowerWord().equals("or"));
            return alternative ? v : coded.get(v) == v ? 0 : coded.get(v);
        }
        String rel = s.relation(v);
        // "is considering sending aid": a gerund the parser hangs on the verb as a modifier is its complement
        boolean gerund = rel.equals("acl") && s.token(v).pos().equals("VBG") && s.head(v) > 0 && s.token(s.head(v)).isVerb();
        return (rel.equals("xcomp") || rel.equals("ccomp") || gerund) && coded.containsKey(s.head(v)) ? coded.get(s.head(v)) : 0;
    }

    /**
     * The noun of asking or proposing ({@code modality.tsv} {@code request}) whose clause the verb is: "its demands that
     * the government grant more rights", "a call for troops to withdraw"; {@code null} when there is none.
     */
    private String requestedBy(Sentence s, int verb, SentenceActors sentenceActors) {
        int v = firstConjunct(s, verb); // "demands that Togo release the prisoners and withdraw its troops": both asked for
        int head = s.head(v);
        String rel = s.relation(v);
        if (head > 0 && s.token(head).isNoun() && (rel.equals("ccomp") || rel.equals("acl") || rel.equals("xcomp"))
                && modality.isRequest(s.token(head).lemma().toLowerCase(Locale.ROOT))) {
            return s.token(head).word();
        }
        // "calling for the president to step down", "was urged to resign", "called on Somalia to release the
        // prisoners" (which the parser may hang on the verb as an adverbial clause): a verb of asking's complement
        boolean complement = rel.equals("xcomp") || rel.equals("ccomp") || rel.equals("advcl") && Clause.hasWord(s, v, "mark", "for", "to");
        if (head > 0 && s.token(head).isVerb() && complement
                && (modality.isAsking(s.token(head).lemma().toLowerCase(Locale.ROOT)) || isWantingOfAnother(s, head, sentenceActors))) {
            return s.token(head).word();
        }
        return null;
    }

    /**
     * A verb of wanting ({@code modality.tsv} {@code wanting}) with an object who is to act: "Kenya wants Uganda to end
     * the ban" asks Uganda (an appeal), where "Kenya wants to end the ban" is Kenya's intention.
     */
    private boolean isWantingOfAnother(Sentence s, int verb, SentenceActors sentenceActors) {
        if (!modality.isWanting(s.token(verb).lemma().toLowerCase(Locale.ROOT))
                || s.children(verb, "xcomp").stream().noneMatch(c -> Clause.hasWord(s, c, "mark", "to"))) {
            return false;
        }
        // the one wanted to act must be named ("wants a deal to allow ..." names a means, "which ... wants to expand" its
        // own act), and not be of the wanter's own side ("wants his government to ban rallies" is an intention)
        List<Integer> objects = s.children(verb, "obj");
        if (objects.stream().anyMatch(o -> s.children(o, "nmod:poss").stream().anyMatch(p -> s.token(p).pos().equals("PRP$")))) {
            return false;
        }
        List<Actor> wanted = actorsOf(sentenceActors, objects);
        Set<String> own = new HashSet<>();
        actorsOf(sentenceActors, new Clause(s, verb).subjects()).forEach(a -> own.add(a.country()));
        return !wanted.isEmpty() && !wanted.stream().allMatch(a -> own.contains(a.country()));
    }

    /**
     * The word of accusation ({@code modality.tsv} {@code allegation}) whose content the verb is: "accused Somalia of
     * attacking", "accused Peru of violating the truce and attacking its boats", "charged that Somali troops had shelled
     * the town", or the verb of claiming ({@code claim}) whose clause tells what another side did; {@code null} when
     * there is none.
     */
    private String allegedBy(Sentence s, int verb, SentenceActors sentenceActors) {
        // "accused Uganda of sending soldiers to attack the border post": what the alleged act is for or done by is
        // alleged too, through the clauses nested in it (not through a relative clause, which tells of its noun)
        for (int v = verb, depth = 0; v > 0 && depth < 4; depth++) {
            v = firstConjunct(s, v); // "accused them of looting and burning": both are alleged
            int head = s.head(v);
            if (head <= 0 || !ALLEGED_CONTENT.contains(s.relation(v))) {
                return null;
            }
            String lemma = s.token(head).lemma().toLowerCase(Locale.ROOT);
            if (modality.isAllegation(lemma)) {
                return s.token(head).word();
            }
            if (modality.isClaim(lemma) && s.relation(v).equals("ccomp") && claimsAnother(s, head, v, sentenceActors)) {
                return s.token(head).word(); // "they claim the president is undermining the talks"
            }
            if (!s.token(head).isVerb() || !NESTED_CLAUSES.contains(s.relation(v))) {
                return null;
            }
            v = head;
        }
        return null;
    }

    /**
     * Whether a claimed clause tells what someone else did: its doer is named by a noun, not a pronoun, and is not of
     * the claimer's country ("the rebels claimed they had shelled the base" and "the president claimed the army is
     * hitting the militants harder" claim one's own side's acts).
     */
    private static boolean claimsAnother(Sentence s, int claiming, int claimed, SentenceActors sentenceActors) {
        List<Integer> doers = new Clause(s, claimed).subjects();
        if (doers.isEmpty() || doers.stream().anyMatch(n -> s.token(n).pos().startsWith("PRP"))) {
            return false;
        }
        List<String> claimers = countries(actorsOf(sentenceActors, new Clause(s, claiming).subjects()));
        return countries(actorsOf(sentenceActors, doers)).stream().noneMatch(c -> !c.isEmpty() && claimers.contains(c));
    }

    /** The first verb of the coordination the verb ends ("looting" of "looting and burning"), or the verb itself. */
    private static int firstConjunct(Sentence s, int verb) {
        int v = verb;
        for (int depth = 0; depth < 4 && s.relation(v).equals("conj") && s.head(v) > 0; depth++) {
            v = s.head(v);
        }
        return v;
    }

    /**
     * The words of the scholar, analyst or expert whose statement the verb is part of ("analysts said that ...",
     * "..., experts say"), or {@code null}. Only clauses under another verb count: a scholar's own acts are coded.
     */
    private String scholarSaying(Sentence s, int verb, SentenceActors sentenceActors) {
        List<Integer> speakers = new ArrayList<>();
        for (int v = verb, depth = 0; v > 0 && depth < 6; v = s.head(v), depth++) {
            if (v != verb) {
                speakers.add(v); // "said" in "analysts said that X ..."
            }
            for (int p : s.children(v, "parataxis")) {
                speakers.add(p); // "said" in "X ..., analysts said"
            }
            if (!Set.of("ccomp", "xcomp", "conj", "advcl").contains(s.relation(v))) {
                break;
            }
        }
        for (int speaker : speakers) {
            List<Integer> subjects = new Clause(s, speaker).subjects();
            List<Actor> who = actorsOf(sentenceActors, subjects);
            boolean scholars = subjects.stream().allMatch(h -> isOpinionGiver(s, h));
            if (!who.isEmpty() && scholars && who.stream().allMatch(a -> a.sector().startsWith(SCHOLARS))) {
                return who.get(0).text();
            }
        }
        return null;
    }

    /**
     * Administrative sanctions (172x) are repression at home; imposed on another state or its people or firms ("Nepal
     * imposed visa restrictions on two Chinese companies") they are sanctions (163, PLOVER SANCTION).
     */
    private static EventPattern onWhom(EventPattern p, List<Actor> source, List<Actor> target) {
        Set<String> from = new HashSet<>();
        source.forEach(a -> from.add(a.country()));
        boolean foreign = from.size() == 1 && !from.contains("") && !target.isEmpty()
                && target.stream().noneMatch(a -> a.country().isEmpty() || from.contains(a.country()));
        if (!p.code().startsWith(ADMINISTRATIVE_SANCTIONS) || !foreign) {
            return p;
        }
        return new EventPattern(SANCTIONS, p.verbs(), p.preposition(), p.objects(), p.groups(), p.targets(), p.sources(),
                p.source() + ", on another state's people: " + p.code() + " -> " + SANCTIONS);
    }

    /** Whether the sentence names a force of nature, a disease or public health ("the health crisis"). */
    private boolean isAboutADisaster(Sentence s) {
        return s.tokens().stream().map(w -> w.lemma().toLowerCase(Locale.ROOT))
                .anyMatch(lemma -> modality.isNaturalForce(lemma) || lemma.equals("health"));
    }

    /** Subjects that are all protesters, rioters or a crowd ({@code modality.tsv} {@code protester}); false when there are none. */
    private boolean isProtesters(Sentence s, List<Integer> subjects) {
        return !subjects.isEmpty() && subjects.stream()
                .allMatch(h -> modality.isProtester(s.token(h).lemma().toLowerCase(Locale.ROOT)));
    }

    /** Subjects that are all forces of nature or diseases ({@code modality.tsv} {@code nature}); false when there are none. */
    private boolean isNaturalForce(Sentence s, List<Integer> subjects) {
        return !subjects.isEmpty() && subjects.stream()
                .allMatch(h -> modality.isNaturalForce(s.token(h).lemma().toLowerCase(Locale.ROOT)));
    }

    /**
     * "analysts", "Chinese scholar Li Wei", "a professor at Peking University": the phrase names a scholar, whose words
     * are opinions; "students" and "teachers" are EDU actors too, but they act ("said they would keep striking").
     */
    private boolean isOpinionGiver(Sentence s, int head) {
        if (modality.isOpinionGiver(s.token(head).lemma().toLowerCase(Locale.ROOT))) {
            return true;
        }
        return s.children(head).stream().anyMatch(d -> (d.relation().startsWith("compound") || d.relation().equals("appos"))
                && modality.isOpinionGiver(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT)));
    }

    /**
     * "a report submitted to the AU", "a body linked to the OAU", "the besieged town": a past participle in a reduced
     * relative clause (the tagger often calls it a past tense), or any participle used as an adjective. Not a
     * present participle in a clause ("a statement calling on X" is an appeal), nor one with an object ("the Taliban on
     * Thursday condemned the decision", a past tense the parser attached to the noun before it).
     */
    private static boolean isParticipleDescribingNoun(Sentence s, Token t) {
        String rel = s.relation(t.index());
        boolean past = t.pos().equals("VBN") || t.pos().equals("VBD");
        return rel.equals("acl") && past && s.children(t.index(), "obj").isEmpty()
                || rel.equals("amod") && (past || t.pos().equals("VBG"))
                || rel.equals("dep") && (isReducedRelative(s, t) || isAdjectiveBeforeObject(s, t));
    }

    /**
     * "activists who visited abandoned prisons": a past participle right after a verb that has no object, taking that
     * object itself, that the parser hung on the verb; it describes the object ("abandoned prisons").
     */
    private static boolean isAdjectiveBeforeObject(Sentence s, Token t) {
        int i = t.index();
        int head = s.head(i);
        return t.pos().equals("VBN") && head == i - 1 && s.token(head).isVerb() && s.children(head, "obj").isEmpty()
                && !s.children(i, "obj").isEmpty()
                && s.children(i).stream().noneMatch(d -> d.relation().startsWith("nsubj") || d.relation().startsWith("aux"));
    }

    /**
     * "lacked the tools to fight the militants", "has the right to attack": an infinitive that says what a noun is for;
     * not a noun of intending, deciding, asking or accusing ("a plan to attack", "a decision to expel", "a call to
     * release"), whose clause those rules read.
     */
    private boolean isInfinitiveDescribingNoun(Sentence s, Token t) {
        int head = s.head(t.index());
        if (!s.relation(t.index()).equals("acl") || head <= 0 || !s.token(head).isNoun() || !Clause.hasWord(s, t.index(), "mark", "to")) {
            return false;
        }
        String noun = s.token(head).lemma().toLowerCase(Locale.ROOT);
        return !modality.isIntention(noun) && !modality.isDecision(noun) && !modality.isRequest(noun) && !modality.isAllegation(noun)
                && nouns.forVerb(noun).isEmpty();
    }

    /**
     * An act that is not told as done when it is another act's purpose: material cooperation or conflict, but not a
     * protest (CAMEO 14), which the act whose purpose it is makes ("blocked the road to protest against imports").
     */
    private static boolean isMaterialPurpose(Event e) {
        return isMaterial(e.cameo()) && !e.cameo().startsWith("14");
    }

    /**
     * "deployed troops to the border to fight the militants", "sent troops in order to retake the airport": an
     * infinitive that says what an act is for, not that it was done. Not after a verb of using ("used drones to
     * attack": the act done), of asking, intending, deciding, ordering or failing, whose complements those rules read.
     */
    private boolean isPurpose(Sentence s, Token t) {
        int head = s.head(t.index());
        if (!s.relation(t.index()).equals("advcl") || head <= 0 || !s.token(head).isVerb() || !isToInfinitive(s, t.index())) {
            return false;
        }
        String verb = s.token(head).lemma().toLowerCase(Locale.ROOT);
        // "offered its troops to Kenya to help": an intention with an object of its own says what is offered; the
        // infinitive says what for
        boolean intended = (modality.isIntention(verb) || modality.isDecision(verb)) && s.children(head, "obj").isEmpty();
        return !modality.isInstrument(verb) && !modality.isAsking(verb) && !intended
                && !modality.isCommand(verb) && !modality.isFailure(verb);
    }

    /**
     * "on the islands, disputed by Kenya and Uganda": a past participle right after a noun and a comma, with no
     * subject or auxiliary of its own, that the parser hung on the main verb.
     */
    private static boolean isReducedRelative(Sentence s, Token t) {
        int i = t.index();
        return t.pos().equals("VBN") && i > 2 && s.token(i - 1).word().equals(",") && s.token(i - 2).isNoun()
                && s.children(i).stream().noneMatch(d -> d.relation().startsWith("nsubj") || d.relation().startsWith("aux")
                        || d.relation().equals("obj"));
    }

    /**
     * Whether a warning says what the warner's own side will do ("Kenya warned it would respond", "warned that police
     * will not tolerate rallies": its clause's subject is a pronoun, an actor of the warner's country or a sector of
     * none) or on what condition ("warned of strikes if ..."); also a warning that says neither clause nor "of"/"about"
     * ("warned against an assault"), left to its pattern. {@code verb} may be the noun "warning" ("issued a warning
     * about ...").
     */
    private boolean warnsOfOwnAct(Sentence s, int verb, List<Actor> source, SentenceActors sentenceActors) {
        boolean noun = !s.token(verb).isVerb(); // "issued a warning about ...", "a warning that ..."
        List<Integer> clauses = new ArrayList<>(s.children(verb, "ccomp"));
        List<Integer> about = new ArrayList<>();
        if (noun) {
            clauses.addAll(s.children(verb, "acl"));
            for (int n : s.children(verb, "nmod")) {
                if (Clause.hasWord(s, n, "case", "of") || Clause.hasWord(s, n, "case", "about")) {
                    about.add(n);
                }
            }
        } else {
            Clause warning = new Clause(s, verb);
            about.addAll(warning.obliques(verb, "of"));
            about.addAll(warning.obliques(verb, "about"));
        }
        if (clauses.isEmpty() && about.isEmpty() || isConditionalWithin(s, verb)) {
            return true;
        }
        List<String> own = countries(source);
        for (int c : clauses) {
            if (isConditionalWithin(s, c)) {
                return true;
            }
            for (int subject : new Clause(s, c).subjects()) {
                List<Actor> doers = actorsOf(sentenceActors, List.of(subject));
                if (doers.isEmpty()) {
                    doers = ownerCountries(sentenceActors, List.of(subject)); // "Kenyan jets would strike"
                }
                if (s.token(subject).pos().startsWith("PRP")
                        || doers.stream().anyMatch(a -> a.country().isEmpty() ? !a.sector().isEmpty() : own.contains(a.country()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a verb or clause has an "if"/"unless" clause of its own ("warned that it would strike if ..."). */
    private boolean isConditionalWithin(Sentence s, int clause) {
        return s.children(clause, "advcl").stream()
                .anyMatch(c -> s.children(c, "mark").stream().anyMatch(m -> modality.isCondition(s.token(m).lowerWord())));
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

    /**
     * The complement of a verb of intention: "plans to visit", also a gerund the parser hangs on it as a clause or a
     * modifier ("proposed sending peacekeepers").
     */
    private boolean isIntentionComplement(Sentence s, int verb) {
        int head = s.head(verb);
        String rel = s.relation(verb);
        return head > 0 && modality.isIntention(s.token(head).lemma().toLowerCase(Locale.ROOT))
                && (rel.equals("xcomp") || s.token(head).isVerb() && s.token(verb).pos().equals("VBG") && GERUND_COMPLEMENTS.contains(rel)
                && s.children(head, "obj").isEmpty());
    }

    /** The infinitive a verb of threatening governs: "threatened to invade" ({@code modality.tsv} {@code threat}). */
    private boolean isThreatComplement(Sentence s, int verb) {
        int head = s.head(verb);
        return head > 0 && s.relation(verb).equals("xcomp") && modality.isThreat(s.token(head).lemma().toLowerCase(Locale.ROOT));
    }

    /** The infinitive of "be going to", a future: "Kenya is going to attend the summit". */
    private static boolean isGoingTo(Sentence s, int verb) {
        int head = s.head(verb);
        return head > 0 && s.relation(verb).equals("xcomp") && Clause.hasWord(s, verb, "mark", "to")
                && s.token(head).pos().equals("VBG") && s.token(head).lemma().equalsIgnoreCase("go")
                && s.children(head, "aux").stream().anyMatch(a -> s.token(a).lemma().equalsIgnoreCase("be"));
    }

    /**
     * A gerund of intention the parser hangs on the verb as a clause or a modifier, when the verb has no object of its
     * own ("proposed sending peacekeepers", not "sought clarification, asking if ..."); its subject is the verb's.
     */
    private boolean isGerundOfIntention(Sentence s, int verb) {
        return isIntentionComplement(s, verb) && !s.relation(verb).equals("xcomp");
    }

    /**
     * "called the decision unacceptable", "called the ambassador a stupid man", "considers the rebels to be terrorists",
     * "considers the militia as a branch of the army": a noun or adjective that completes the object (a small clause,
     * with or without "to be"), or an "as" phrase beside an object, says what something is said to be.
     */
    private static boolean namesWhatItIs(Sentence s, int verb) {
        boolean completed = s.children(verb, "xcomp").stream().anyMatch(c -> s.token(c).pos().startsWith("JJ")
                || !s.token(c).isVerb() && (!s.children(c, "nsubj").isEmpty() || !s.children(c, "cop").isEmpty()));
        boolean as = !s.children(verb, "obj").isEmpty()
                && s.children(verb, "obl").stream().anyMatch(o -> Clause.hasWord(s, o, "case", "as"));
        return completed || as;
    }

    /**
     * "he would have arrested us", "could have prevented the attack", "might have been avoided": a past that did not
     * happen ("would", "could", "might" with "have"), not "will have", a future that is taken as done.
     */
    private static boolean isCounterfactual(Sentence s, int verb) {
        return auxiliaryOf(s, verb, "have"::equals) != null && auxiliaryOf(s, verb, COUNTERFACTUAL_MODALS::contains) != null;
    }

    /**
     * Future ("will visit"), the complement of an intention ("plans to visit", "invited him to visit"), or an act on a
     * condition ("will halt mediation if ...", "strikes back unless ...": a promise or a threat).
     */
    private boolean isIntended(Sentence s, int verb) {
        for (int a : s.children(verb, "aux")) {
            if (modality.isFuture(s.token(a).lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        for (int c : s.children(verb, "advcl")) {
            if (s.children(c, "mark").stream().anyMatch(m -> modality.isCondition(s.token(m).lowerWord()))) {
                return true;
            }
        }
        int head = s.head(verb);
        if (head <= 0) {
            return false;
        }
        String rel = s.relation(verb);
        if (isIntentionComplement(s, verb) || isGoingTo(s, verb) || isThreatComplement(s, verb)) {
            return true;
        }
        // "its willingness to hold talks", "indicated a desire to ratify the border treaty": what a noun of intention is for,
        // also when the parser hangs the infinitive on the verb whose object the noun is
        if (rel.equals("acl") && s.token(head).isNoun() && Clause.hasWord(s, verb, "mark", "to")
                && modality.isIntention(s.token(head).lemma().toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (rel.equals("xcomp") && Clause.hasWord(s, verb, "mark", "to") && s.children(head, "obj").stream()
                .anyMatch(o -> o < verb && s.token(o).isNoun() && modality.isIntention(s.token(o).lemma().toLowerCase(Locale.ROOT)))) {
            return true;
        }
        return (rel.equals("conj") || rel.equals("xcomp")) && s.children(verb, "aux").isEmpty() && isIntended(s, head);
    }

    /**
     * Whether the verb has what is said for its object: a "that" clause ("added that ...") or a clause before it
     * ("'We will not give up,' he added"). A clause after it without "that" is more often a misparse ("released ten
     * fishermen near the islands, the ministry said", with "said" parsed as the complement of "released").
     */
    private static boolean saysAClause(Sentence s, int verb) {
        for (int c : s.children(verb, "ccomp")) {
            boolean that = Clause.hasWord(s, c, "mark", "that");
            if (that || c < verb) {
                return true;
            }
        }
        return false;
    }

    /**
     * "blocked the UN from visiting the site", "refrained from attacking", "barred them from entering": a gerund introduced
     * by "from" under a verb is what is prevented or refrained from, not done. The parser marks the "from" as a
     * subordinator or as a preposition.
     */
    private static boolean isKeptFrom(Sentence s, Token t) {
        int head = s.head(t.index());
        return t.pos().equals("VBG") && head > 0 && s.token(head).isVerb()
                && List.of("advcl", "xcomp", "obl").contains(s.relation(t.index()))
                && (Clause.hasWord(s, t.index(), "mark", "from") || Clause.hasWord(s, t.index(), "case", "from"));
    }

    /**
     * Whether an act of this code is done with one's own things (statements, intents and material acts: "launched its
     * programme", "sent its envoy", "lifted its embargo"); not a response to another's (appeals, consultations,
     * approval, demands, disapproval, rejection, threats: "rejected the Iraqi demands" answers Iraq).
     */
    private static boolean actsWithItsOwn(String code) {
        return code.startsWith("01") || code.startsWith("03") || isMaterial(code);
    }

    /** Material cooperation or conflict: CAMEO 06 to 08 and 14 to 20, the quad classes 2 and 4 of the scorer. */
    private static boolean isMaterial(String code) {
        int root = Integer.parseInt(code.substring(0, 2));
        return root >= 6 && root <= 8 || root >= 14;
    }

    /**
     * Past tense or perfect: "released", "was released", "has released", and a participle hanging on a past verb or
     * predicate ("has been the biggest donor, giving $30 million last year").
     */
    private static boolean isPast(Sentence s, int verb) {
        int head = s.head(verb);
        if (isPastMarked(s, verb) || !s.token(verb).pos().equals("VBG") || head <= 0) {
            return isPastMarked(s, verb);
        }
        // "continued to emerge ..., surrendering to the SDF": a participle takes its tense from the verb it hangs on,
        // through the bare infinitive that completes another verb
        if (s.token(head).pos().equals("VB") && s.relation(head).equals("xcomp") && s.head(head) > 0) {
            head = s.head(head);
        }
        return isPastMarked(s, head);
    }

    private static boolean isPastMarked(Sentence s, int word) {
        String pos = s.token(word).pos();
        if (pos.equals("VBD") || pos.equals("VBN")) {
            return true;
        }
        for (Dependency d : s.children(word)) {
            Token aux = s.token(d.dependent());
            boolean auxiliary = d.baseRelation().equals("aux") || d.baseRelation().equals("cop");
            if (auxiliary && (aux.pos().equals("VBD") || aux.pos().equals("VBN") || aux.lemma().equalsIgnoreCase("have"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isQuestion(Sentence s) {
        String t = s.text().strip();
        while (!t.isEmpty() && "\"')]\u201d\u2019\u00bb".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1);
        }
        return t.endsWith("?");
    }

    /** A pattern's description with long word lists cut to their first words ("aircraft|plane|helicopter|... (141 more)"). */
    static String brief(String pattern) {
        StringBuilder out = new StringBuilder();
        for (String word : pattern.split(" ", -1)) {
            String[] alternatives = word.split("\\|");
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(alternatives.length <= 6 ? word : String.join("|", java.util.Arrays.copyOf(alternatives, 4))
                    + "|... (" + (alternatives.length - 4) + " more)");
        }
        return out.toString();
    }

    private static void note(CodingTrace trace, Token t, String outcome, String reason) {
        note(trace, t.index(), t.word(), outcome, reason);
    }

    private static void note(CodingTrace trace, int token, String word, String outcome, String reason) {
        if (trace != null) {
            trace.add(token, word, outcome, brief(reason));
        }
    }

    @Override
    public String toString() {
        return "EventCoder(" + patterns.patterns().size() + " verb patterns, " + nouns.patterns().size() + " noun patterns)";
    }
}
