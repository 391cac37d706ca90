package dev.dyadic.coder;

import dev.dyadic.model.Dependency;
import dev.dyadic.model.EventDate;
import dev.dyadic.model.Sentence;
import dev.dyadic.model.Token;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The arguments of one verb in a UD parse: subject, objects, oblique phrases with their case words, in active and
 * passive voice, with subjects inherited from the verb a dependent clause hangs on.
 */
final class Clause {
    /** Particles that the parser often attaches as adverbs ("rolled back tariffs"). */
    private static final Set<String> PARTICLE_ADVERBS = Set.of("back", "down", "up", "off", "out");
    /** Pronouns that, in what someone says, stand for the speaker ("China said it would ..."). */
    private static final Set<String> SPEAKER_PRONOUNS = Set.of("it", "they", "we", "he", "she");
    /** Relations by which a verb has an object or clause of its own, not a bare "to comment". */
    private static final Set<String> OWN_ARGUMENTS = Set.of("obj", "xcomp", "ccomp");
    /** Relations by which a verb takes its subject from the verb it depends on. */
    private static final Set<String> SHARES_SUBJECT = Set.of("conj", "xcomp", "advcl", "dep");
    /** Tags of a verb with a tense of its own: a main verb, not a participle or an infinitive. */
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");
    /** Words that make a "with" phrase one more actor beside the subject ("along with", "together with"). */
    private static final String[] COMPANION = {"along", "together"};
    /** Relations that open another clause: dates and arguments below them belong to that clause. */
    private static final Set<String> CLAUSAL = Set.of("ccomp", "xcomp", "advcl", "acl", "acl:relcl", "parataxis", "csubj", "conj");
    private static final Set<String> RANGE_WORDS = Set.of("to", "until", "till", "through", "-", "--", "–");
    /** Participles that, with their preposition, tell a state of the subject rather than a passive act. */
    private static final Map<String, String> STATIVE_PARTICIPLES = Map.of(
            "engage", "in", "involve", "in", "oppose", "to", "commit", "to", "dedicate", "to");
    static final Set<String> TIME_CLASSES = Set.of("DATE", "TIME", "DURATION", "SET");
    /** Verbs that take an object and a participle telling what is done to it ("had him arrested", "wants them freed"). */
    private static final Set<String> OBJECT_PARTICIPLE_VERBS = Set.of("have", "get", "want", "need", "wish", "like", "prefer");
    /** Of those, the ones whose subject has the act done ("Kenya had him arrested": Kenya arrests him). */
    private static final Set<String> CAUSATIVES = Set.of("have", "get");
    /** Relations by which the parser hangs a participle clause on the main verb ("Asked about it, he said"); also "dep"
     *  for one that opens the sentence. */
    private static final Set<String> PARTICIPLE_CLAUSES = Set.of("advcl", "advmod");

    private final Sentence s;
    private final int verb;

    Clause(Sentence sentence, int verb) {
        this.s = sentence;
        this.verb = verb;
    }

    int verb() {
        return verb;
    }

    boolean isPassive() {
        return hasPassiveForm() && !isStative();
    }

    private boolean hasPassiveForm() {
        return !s.children(verb, "nsubj:pass").isEmpty() || !s.children(verb, "aux:pass").isEmpty() || isBarePassive()
                || isParticipleOfObject(verb) || isPassiveParticipleClause();
    }

    /**
     * "Asked about the talks, the minister said ...", "Backed by Uganda, the rebels attacked ...": a past participle
     * heading a clause of its own, with no subject, auxiliary or object, is a passive whose subject is the main clause's.
     */
    private boolean isPassiveParticipleClause() {
        String rel = s.relation(verb);
        return isBareParticiple(verb) && s.head(verb) > 0
                && (PARTICIPLE_CLAUSES.contains(rel) || rel.equals("dep") && verb < s.head(verb))
                && s.children(verb, "nsubj").isEmpty() && s.children(verb, "nsubj:pass").isEmpty() && s.children(verb, "obj").isEmpty();
    }

    /**
     * "Kenya had the activist arrested", "Kenya wants two activists extradited": a past participle with no auxiliary and
     * no object, completing an earlier verb of {@link #OBJECT_PARTICIPLE_VERBS}, whose object the parser made the
     * participle's subject; that subject is what the act is done to.
     */
    private boolean isParticipleOfObject(int v) {
        int head = s.head(v);
        List<Integer> subjects = s.children(v, "nsubj");
        return isBareParticiple(v) && head > 0 && head < v && s.children(v, "obj").isEmpty()
                && OBJECT_PARTICIPLE_VERBS.contains(s.token(head).lemma().toLowerCase(Locale.ROOT))
                && !subjects.isEmpty() && subjects.stream().allMatch(n -> n > head);
    }

    /**
     * "Kenyan diplomats expelled by Uganda", "a journalist captured by militants last year is alive": a past
     * participle with no auxiliary, a "by" phrase and no object, right after the noun the parser made its active
     * subject. No English main verb is a bare participle, so it is a passive (a headline's, or a reduced relative
     * clause's). A subject further back is not read so: in "cut food deliveries to towns of Kenya held by rebels" the
     * participle describes the nearer noun; nor is a participle hung as "dep" on a verb before it, whose subject is
     * that verb's object ("blocked a march organised by students", see {@link #objects()}). Without a "by" phrase,
     * such a participle is a passive when the parser made it the subject clause of the main verb ("a Kenyan soldier
     * jailed in Uganda has fled": no subject clause begins with a bare noun and a participle), or made it the root and
     * hung the main verb on it ("a video released on Tuesday showed ...").
     */
    private boolean isBarePassive() {
        return s.token(verb).pos().equals("VBN") && !(s.relation(verb).equals("dep") && s.head(verb) < verb)
                && s.children(verb, "nsubj").equals(List.of(verb - 1))
                && (hasAgentWithoutAuxiliary(verb) || s.children(verb, "obj").isEmpty() && !hasAuxiliary(verb)
                && statePreposition() == null // "groups opposed to the president": what they are, left as it was read
                && (s.relation(verb).equals("csubj") || s.head(verb) == 0 && hasMainVerbHungOn(verb)));
    }

    /**
     * A finite verb after {@code v} (a past or present tense, or any verb with an auxiliary of its own: "were
     * released") that the parser hung on it as an unlabelled dependent or a parataxis.
     */
    private boolean hasMainVerbHungOn(int v) {
        for (Dependency d : s.children(v)) {
            int w = d.dependent();
            if (w > v && (d.relation().equals("dep") || d.relation().equals("parataxis"))
                    && (FINITE.contains(s.token(w).pos()) || s.token(w).isVerb() && hasAuxiliary(w))) {
                return true;
            }
        }
        return false;
    }

    /** A "by" phrase, and no object or auxiliary: what a participle read as an active verb has when it is a passive. */
    private boolean hasAgentWithoutAuxiliary(int v) {
        return s.children(v, "obj").isEmpty() && !hasAuxiliary(v) && !obliques(v, "by").isEmpty();
    }

    /** Heads of the passive subject: nsubj:pass, or the subject of a bare participle ({@link #isBarePassive()}). */
    private List<Integer> passiveSubjects() {
        List<Integer> out = new ArrayList<>(s.children(verb, "nsubj:pass"));
        if (isBarePassive() || isParticipleOfObject(verb)) {
            out.addAll(s.children(verb, "nsubj"));
        }
        if (isPassiveParticipleClause()) {
            out.addAll(new Clause(s, s.head(verb)).subjects());
        }
        return out;
    }

    /**
     * "Kenyan forces were engaged in the fighting", "Uganda is opposed to Kenyan mediation": a participle that tells
     * what its subject does or holds, with its own preposition and no "by" phrase; the subject is the doer.
     */
    private boolean isStative() {
        String preposition = statePreposition();
        return preposition != null && hasPassiveForm() && !obliques(verb, preposition).isEmpty() && obliques(verb, "by").isEmpty();
    }

    /** The preposition of a stative participle ("in" for "engaged"), or {@code null}. */
    private String statePreposition() {
        return STATIVE_PARTICIPLES.get(s.token(verb).lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * "Museveni, the Ugandan president whose army entered Congo in 1998, criticised Kenya": a sentence the parser
     * failed, hanging the main verb on the relative clause as an unlabelled dependent. The verb's subject is the noun
     * the relative clause describes (or the name that noun stands beside), and the relative clause's subject and date
     * are not the verb's. Returns that noun, or 0 when the verb is not hung so.
     */
    private int nounBeforeRelativeClause(int v) {
        int head = s.head(v);
        if (!s.relation(v).equals("dep") || head <= 0 || v < head || !s.relation(head).equals("acl:relcl")
                || !FINITE.contains(s.token(v).pos()) || !s.children(v, "nsubj").isEmpty()) {
            return 0;
        }
        int noun = s.head(head);
        return s.relation(noun).equals("appos") && s.head(noun) > 0 ? s.head(noun) : noun;
    }

    /** Heads of the subject: nsubj; in the passive the "by" phrase; else inherited. */
    List<Integer> subjects() {
        return subjectsOf(verb, 0, true);
    }

    /**
     * "sent material to help defend Saudi Arabia": when the object that {@link #subjects()} took as the controller of
     * a complement names no one, the subject of the verb it depends on.
     */
    List<Integer> subjectsPastObjectControl() {
        return subjectsOf(verb, 0, false);
    }

    private List<Integer> subjectsOf(int v, int depth, boolean objectControl) {
        List<Integer> direct = new ArrayList<>();
        for (Dependency d : s.children(v)) {
            if (d.relation().equals("nsubj") && !new Clause(s, v).isBarePassive() && !isParticipleOfObject(v)
                    || d.relation().equals("nsubj:pass") && new Clause(s, v).isStative()) {
                direct.add(d.dependent());
            }
        }
        if (new Clause(s, v).isPassive()) {
            direct.addAll(obliques(v, "by"));
        }
        if (!direct.isEmpty()) {
            // before the verb; after it, the phrase may as well go with the object ("freed the blogger, along with six
            // other activists")
            s.children(v, "obl").stream().filter(o -> o < v && isCompanion(o)).forEach(direct::add);
        }
        if (!direct.isEmpty() || depth > 4) {
            return direct;
        }
        String rel = s.relation(v);
        int head = s.head(v);
        if (isParticipleOfObject(v)) {
            // "Kenya had the activist arrested": who has it done does it; who wants it done does not
            return CAUSATIVES.contains(s.token(head).lemma().toLowerCase(Locale.ROOT)) ? subjectsOf(head, depth + 1, objectControl)
                    : List.of();
        }
        if (head > 0 && rel.equals("acl") && s.token(head).isNoun() && !s.token(v).pos().equals("VBG")
                && !s.children(v, "obj").isEmpty()) {
            // "Nurses from two Danish charities donated $20,000 worth of medicine": a past tense the parser read as a
            // participle describing the noun before it, which does the act
            return List.of(head);
        }
        int named = nounBeforeRelativeClause(v);
        if (named > 0) {
            return List.of(named);
        }
        if (head > 0 && SHARES_SUBJECT.contains(rel) && !new Clause(s, v).isPassive()) {
            Clause governing = new Clause(s, head);
            if ((rel.equals("conj") || rel.equals("dep") && governing.isBarePassive()) && governing.isPassive()
                    && !governing.passiveSubjects().isEmpty()) {
                // "the minister was charged by the court and will step down", "diplomats expelled by Uganda arrived
                // in Nairobi": the one who acts next is the passive subject, not the agent
                return governing.passiveSubjects();
            }
            if (rel.equals("xcomp") && objectControl && !isBareParticiple(v)) {
                List<Integer> controller = s.children(head, "obj");
                if (controller.isEmpty() && new Clause(s, head).isPassive()) {
                    // "the president is scheduled to visit Uganda", "Kenya was urged by the UN to release them": the
                    // passive subject does the act, not the "by" phrase
                    controller = s.children(head, "nsubj:pass");
                }
                if (!controller.isEmpty()) {
                    return controller;
                }
            }
            return subjectsOf(head, depth + 1, objectControl);
        }
        return direct;
    }

    /**
     * A past participle with no auxiliary. Completing a verb ("Kenya wanted the envoy expelled", "had him arrested"), it
     * tells what is done to the verb's object, who is then no doer (unlike "is said to have expelled").
     */
    private boolean isBareParticiple(int v) {
        return s.token(v).pos().equals("VBN") && !hasAuxiliary(v);
    }

    private boolean hasAuxiliary(int v) {
        return s.children(v).stream().anyMatch(d -> d.relation().startsWith("aux"));
    }

    /**
     * "China said it would send aid", "the two countries stated that they will develop ...": when the subject is "it",
     * "they" or "we" in what someone says ("said", "made it clear"), the subjects of the saying verb; empty otherwise.
     */
    List<Integer> speakersOfPronounSubject() {
        if (!hasSpeakerPronounSubject()) {
            return List.of();
        }
        int v = verb;
        for (int depth = 0; depth < 4 && (s.relation(v).equals("xcomp") || s.relation(v).equals("conj")) && s.head(v) > 0; depth++) {
            v = s.head(v);
        }
        if (!s.relation(v).equals("ccomp") || s.head(v) <= 0) {
            return List.of();
        }
        int saying = s.head(v);
        // "has made it clear that it will keep the ban": the adjective completing the verb of saying, whose own
        // subject is the expletive "it", is not the speaker; the verb it completes has the speaker as its subject
        for (int depth = 0; depth < 2 && s.token(saying).pos().startsWith("JJ") && s.relation(saying).equals("xcomp"); depth++) {
            saying = s.head(saying);
        }
        return new Clause(s, saying).subjects();
    }

    /** Whether the subject is a lone "it", "they" or "we". */
    private boolean hasSpeakerPronounSubject() {
        List<Integer> subjects = subjects();
        return subjects.size() == 1 && SPEAKER_PRONOUNS.contains(s.token(subjects.get(0)).lowerWord());
    }

    /** Heads of the direct object (the passive subject in the passive voice). */
    List<Integer> objects() {
        if (isPassive()) {
            return passiveSubjects();
        }
        if (isStative()) {
            return obliques(verb, statePreposition()); // "opposed to X"
        }
        List<Integer> objects = s.children(verb, "obj");
        if (!objects.isEmpty()) {
            return objects;
        }
        List<Integer> out = new ArrayList<>();
        // "blocked a march organised by students", "blocked roads in the capital demanding ...": the parser
        // makes the object the subject of a participle that it hangs on the verb as "dep"
        for (int d : s.children(verb, "dep")) {
            String pos = s.token(d).pos();
            if (d > verb && (pos.equals("VBG") || pos.equals("VBN"))) {
                s.children(d, "nsubj").stream().filter(n -> n > verb && n < d).forEach(out::add);
            }
        }
        // "broke up a rally staged by students": or a clausal complement, with the participle read as a past tense
        for (int c : s.children(verb, "ccomp")) {
            if (c > verb && s.token(c).pos().matches("VB[ND]") && hasAgentWithoutAuxiliary(c)) {
                s.children(c, "nsubj").stream().filter(n -> n > verb && n < c).forEach(out::add);
            }
        }
        // "rejected North Korea's demand to sever the alliance": the object as the subject of a "to" infinitive that the
        // parser makes the verb's clausal complement
        for (int c : s.children(verb, "ccomp")) {
            if (c > verb && s.token(c).pos().equals("VB") && s.children(c).stream()
                    .anyMatch(d -> d.dependent() < c && s.token(d.dependent()).lowerWord().equals("to"))) {
                s.children(c, "nsubj").stream().filter(n -> n > verb && n < c).forEach(out::add);
            }
        }
        // "condemned as a grave crime Togo's crackdown on ...": the object put after its "as" phrase, which the parser
        // hangs on that phrase as "dep"
        for (int as : obliques(verb, "as")) {
            s.children(as, "dep").stream().filter(d -> d > as && s.token(d).isNoun()).forEach(out::add);
        }
        if (!out.isEmpty()) {
            return out;
        }
        // "found the activist guilty": a small clause, whose subject is the verb's object
        for (int c : s.children(verb, "xcomp")) {
            if (!s.token(c).isVerb()) {
                out.addAll(s.children(c, "nsubj"));
            }
        }
        return out;
    }

    /**
     * Words that can be a pattern's object word: the direct object, in the passive the subject and an object the verb
     * keeps ("dissidents were granted asylum", "Egypt was given aid"), and an adjective or a bare verb completing the
     * verb ("found guilty", "declined to comment", "summoned the envoy to complain").
     */
    List<Integer> objectWords() {
        List<Integer> out = new ArrayList<>(objects());
        if (isPassive()) {
            out.addAll(s.children(verb, "obj"));
        }
        // "found him guilty", "was found guilty": the adjective that completes the verb; "declined to comment": the verb
        // that completes it, with nothing of its own
        s.children(verb, "xcomp").stream().filter(c -> s.token(c).pos().startsWith("JJ") || isBareVerb(c)).forEach(out::add);
        // "summoned the ambassador to complain": a bare verb of purpose, which the parser often makes an adverbial clause
        s.children(verb, "advcl").stream().filter(c -> isBareVerb(c) && hasWord(c, "mark", "to")).forEach(out::add);
        return out;
    }

    /** A verb with no object or clause of its own ("to comment", "to complain about the raid"). */
    private boolean isBareVerb(int v) {
        return s.token(v).isVerb() && s.children(v).stream().noneMatch(d -> OWN_ARGUMENTS.contains(d.relation()));
    }

    List<Integer> indirectObjects() {
        return s.children(verb, "iobj");
    }

    /** Nouns coordinated with the verb itself: a frequent misparse of "X met on Monday and Y". */
    List<Integer> coordinatedNouns() {
        List<Integer> out = new ArrayList<>();
        for (int c : s.children(verb, "conj")) {
            if (s.token(c).isNoun()) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * "Kenya and Uganda, along with Tanzania, host the talks", "Kenya, together with Uganda, condemned ...": a phrase
     * that adds one more to those who act (when it comes before the verb), not one they act on.
     */
    private boolean isCompanion(int phrase) {
        return hasWord(phrase, "case", "with") && (hasWord(s, phrase, "case", COMPANION) || hasWord(s, phrase, "advmod", COMPANION));
    }

    /** Heads of oblique phrases of {@code v} introduced by {@code preposition}, and subjects of clauses it introduces. */
    List<Integer> obliques(int v, String preposition) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : s.children(v)) {
            String base = d.baseRelation();
            if ((base.equals("obl") || base.equals("nmod")) && hasWord(d.dependent(), "case", preposition)
                    && !isCompanion(d.dependent())) {
                out.add(d.dependent());
            } else if ((base.equals("advcl") || base.equals("xcomp") || base.equals("ccomp"))
                    && hasWord(d.dependent(), "mark", preposition)) {
                out.addAll(s.children(d.dependent(), "nsubj"));
            }
        }
        return out;
    }

    /**
     * The objects of the verb's complement, and its (or their) obliques with on/against/with/to: "threatened to expel
     * Lithuanian diplomats", "pledged to work with Kenya", "threatened to break off relations with Congo".
     */
    List<Integer> complementObjects() {
        List<Integer> out = new ArrayList<>();
        List<Integer> complements = new ArrayList<>(s.children(verb, "xcomp"));
        for (int c : s.children(verb, "ccomp")) {
            if (new Clause(s, c).hasSpeakerPronounSubject()) {
                complements.add(c); // "warned that it would retaliate against Finland": the subject's own act
            }
        }
        for (int c : complements) {
            List<Integer> objects = new Clause(s, c).objects();
            out.addAll(objects);
            for (String p : List.of("on", "against", "with", "to")) {
                out.addAll(obliques(c, p));
                for (int o : objects) {
                    out.addAll(obliques(o, p)); // "threatened to break off relations with Congo"
                }
            }
        }
        return out;
    }

    /**
     * What the verb's purpose clause is aimed at: "began a hunger strike to protest against Sweden's decision", "blocked
     * a road to show their disapproval of US policies" (its objects and its, or their, against/for/over/at/of phrases).
     */
    List<Integer> purposeObjects() {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : s.children(verb)) {
            String base = d.baseRelation();
            if (!(base.equals("advcl") || base.equals("xcomp")) || !hasWord(d.dependent(), "mark", "to")) {
                continue;
            }
            List<Integer> objects = new Clause(s, d.dependent()).objects();
            out.addAll(objects);
            List<Integer> heads = new ArrayList<>(objects);
            heads.add(d.dependent());
            for (int h : heads) {
                for (String p : List.of("against", "for", "over", "at", "of")) {
                    out.addAll(obliques(h, p));
                }
            }
        }
        return out;
    }

    /**
     * Who these nouns are from: "rejected North Korea's demand", "the EU proposal", "an offer from Afghanistan", "calls
     * by Kofi Annan", "a bombing by the Islamic State".
     */
    List<Integer> authorsOf(List<Integer> heads) {
        List<Integer> out = new ArrayList<>();
        for (int h : heads) {
            out.addAll(s.children(h, "nmod:poss"));
            out.addAll(compoundOwners(h));
            out.addAll(obliques(h, "from"));
            out.addAll(obliques(h, "by"));
        }
        return out;
    }

    /**
     * Noun modifiers that say whose a thing is ("the EU sanctions"), but not a place in the name of a thing ("the Paris
     * Agreement", "the Minsk Accords": a capitalised word that names no entity of its own, after a place).
     */
    private List<Integer> compoundOwners(int head) {
        List<Integer> out = new ArrayList<>(s.children(head, "compound"));
        Token t = s.token(head);
        if (t.pos().startsWith("NNP") && "O".equals(t.ner())) {
            out.removeIf(c -> "LOCATION".equals(s.token(c).ner()));
        }
        return out;
    }

    /** Owners of the objects: possessors and noun modifiers ("China's plan", "the EU sanctions"). */
    List<Integer> objectOwners() {
        List<Integer> out = new ArrayList<>();
        for (int o : objects()) {
            out.addAll(ownersOf(o));
        }
        return out;
    }

    /** Owners of a noun: its possessors and noun modifiers ("China's plan", "the EU sanctions"). */
    List<Integer> ownersOf(int noun) {
        List<Integer> out = new ArrayList<>(s.children(noun, "nmod:poss"));
        out.addAll(compoundOwners(noun));
        return out;
    }

    /** Modifiers of the objects introduced by {@code preposition} ("a warrant for X"). */
    List<Integer> objectModifiers(String preposition) {
        List<Integer> out = new ArrayList<>();
        for (int o : objects()) {
            for (Dependency d : s.children(o)) {
                if (d.baseRelation().equals("nmod") && hasWord(d.dependent(), "case", preposition)) {
                    out.add(d.dependent());
                }
            }
        }
        return out;
    }

    /** Whether the verb governs the preposition or particle with something that is not a date. */
    boolean governs(String preposition) {
        if (hasWord(verb, "compound:prt", preposition) || hasWord(verb, "advmod", preposition) && PARTICLE_ADVERBS.contains(preposition)) {
            return true; // "called off", and "rolled back", whose "back" CoreNLP often makes an adverb
        }
        for (int o : obliques(verb, preposition)) {
            if (!TIME_CLASSES.contains(s.token(o).ner())) {
                return true;
            }
        }
        return false;
    }

    /** Heads of the phrases in these slots ("from", "by"): where a pattern says the source is. */
    List<Integer> sourceSlots(List<String> slots) {
        for (String slot : slots) {
            List<Integer> heads = slot.equals("obj") ? objects() : obliques(verb, slot);
            if (!heads.isEmpty()) {
                return heads;
            }
        }
        return List.of();
    }

    /**
     * The date of the clause's own time expression, or {@code null}: its first calendar date, and the last day of a
     * range when a second date follows it after "to", "until", "through" or a dash ("from March 20th to 22nd"), or after
     * "and" in "between ... and ...", or the days of a week or weekend ("last week").
     */
    EventDate ownDate() {
        return dateOf(verb, 0);
    }

    private EventDate dateOf(int v, int depth) {
        List<Integer> clause = new ArrayList<>();
        collectClause(v, clause, true);
        clause.sort(Integer::compare);
        for (int k = 0; k < clause.size(); k++) {
            Token t = s.token(clause.get(k));
            String value = calendarValue(t.normalizedTime());
            if ("DATE".equals(t.ner()) && value != null) {
                return new EventDate(value, rangeEnd(t, value), EventDate.SENTENCE);
            }
            String[] week = "DATE".equals(t.ner()) ? weekDays(t.normalizedTime()) : null;
            if (week != null) {
                return new EventDate(week[0], week[1], EventDate.SENTENCE);
            }
        }
        int head = s.head(v);
        if (depth < 4 && head > 0 && SHARES_SUBJECT.contains(s.relation(v)) && nounBeforeRelativeClause(v) == 0) {
            return dateOf(head, depth + 1);
        }
        return null;
    }

    /**
     * The last day of a range that starts with the date token {@code first} ("from March 20th to 22nd", "between 2004
     * and 2012" -> 2012-12-31, "from May to July" -> the last day of July), or {@code null}.
     */
    private String rangeEnd(Token first, String value) {
        int i = first.index();
        while (i < s.size() && "DATE".equals(s.token(i + 1).ner()) && sameValue(s.token(i + 1), first)) {
            i++;
        }
        boolean between = first.index() > 1 && s.token(first.index() - 1).lowerWord().equals("between");
        if (i + 2 > s.size() || !RANGE_WORDS.contains(s.token(i + 1).lowerWord())
                && !(between && s.token(i + 1).lowerWord().equals("and"))) {
            return null;
        }
        Token next = s.token(i + 2);
        String t = next.normalizedTime();
        if (value.length() != 10) {
            // a range of years or of months ends on the last day of its last year or month
            String last = "DATE".equals(next.ner()) && t != null && t.length() == value.length() && t.matches("\\d{4}(-\\d{2})?")
                    && t.compareTo(value) > 0 ? t : null;
            return last == null ? null : value.length() == 4 ? last + "-12-31"
                    : YearMonth.parse(last).atEndOfMonth().toString();
        }
        String end = null;
        if ("DATE".equals(next.ner()) && t != null && t.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            end = t.substring(0, 10);
        } else if ("DATE".equals(next.ner()) && t != null && t.matches("XXXX-XX-\\d{2}.*")) {
            end = value.substring(0, 8) + t.substring(8, 10); // "to the 22nd": that day of the same month
        } else if (next.word().matches("\\d{1,2}(st|nd|rd|th)?")) {
            int day = Integer.parseInt(next.word().replaceAll("\\D", ""));
            end = day >= 1 && day <= 31 ? value.substring(0, 8) + String.format("%02d", day) : null; // "to 22nd"
        }
        return end != null && end.compareTo(value) > 0 ? end : null;
    }

    private static boolean sameValue(Token a, Token b) {
        return a.normalizedTime() != null && a.normalizedTime().equals(b.normalizedTime());
    }

    private void collectClause(int i, List<Integer> out, boolean top) {
        out.add(i);
        for (Dependency d : s.children(i)) {
            boolean opensClause = CLAUSAL.contains(d.relation()) && (s.token(d.dependent()).isVerb() || !d.relation().equals("conj"));
            if (!opensClause) {
                collectClause(d.dependent(), out, false);
            }
        }
    }

    /** "2023-03-16", "2022-12" or "2011" from a SUTime value; {@code null} for anything vaguer. */
    static String calendarValue(String timex) {
        if (timex == null) {
            return null;
        }
        int slash = timex.indexOf('/');
        if (slash > 0 && !withinAYear(timex.substring(0, slash), timex.substring(slash + 1))) {
            return null; // "the turn of the millennium" is read as 1518-02-23/2518-02-23: not the date of an act
        }
        if (timex.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            return timex.substring(0, 10);
        }
        if (timex.matches("\\d{4}-\\d{2}(-XX)?")) {
            return timex.substring(0, 7);
        }
        if (timex.matches("\\d{4}")) {
            return timex;
        }
        return null;
    }

    /**
     * The first and last day of a week ("last week", SUTime's "2024-W19": Monday to Sunday) or of its weekend ("last
     * weekend", "2024-W19-WE": Saturday and Sunday), or {@code null} for any other value and for a week the year does
     * not have ("2021-W53").
     */
    static String[] weekDays(String timex) {
        if (timex == null || !timex.matches("\\d{4}-W\\d{2}(-WE)?")) {
            return null;
        }
        int week = Integer.parseInt(timex.substring(6, 8));
        LocalDate january4 = LocalDate.of(Integer.parseInt(timex.substring(0, 4)), 1, 4);
        if (!january4.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).isValidValue(week)) {
            return null;
        }
        LocalDate monday = january4.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
        LocalDate first = timex.endsWith("-WE") ? monday.plusDays(5) : monday;
        return new String[] {first.toString(), monday.plusDays(6).toString()};
    }

    /** Whether an interval's two ends, if both are days, are at most a year apart. */
    private static boolean withinAYear(String from, String to) {
        if (!from.matches("\\d{4}-\\d{2}-\\d{2}.*") || !to.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            return true;
        }
        java.time.LocalDate a = java.time.LocalDate.parse(from.substring(0, 10));
        java.time.LocalDate b = java.time.LocalDate.parse(to.substring(0, 10));
        return !b.isAfter(a.plusYears(1));
    }

    private boolean hasWord(int head, String relation, String word) {
        return hasWord(s, head, relation, word);
    }

    /** Whether the head has a dependent by that relation that is one of these words ("mark" "to": an infinitive). */
    static boolean hasWord(Sentence s, int head, String relation, String... words) {
        for (int c : s.children(head, relation)) {
            for (String word : words) {
                if (s.token(c).lowerWord().equals(word)) {
                    return true;
                }
            }
        }
        return false;
    }
}
