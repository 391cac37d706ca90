package dev.dyadic.actors;

import dev.dyadic.model.Actor;
import dev.dyadic.model.ActorMention;
import dev.dyadic.model.Dependency;
import dev.dyadic.model.Sentence;
import dev.dyadic.model.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The actors of one sentence. An actor is read off a noun phrase: its head must name an actor (a country, a capital,
 * an organisation, an agent word such as "minister" or "troops", or a person or organisation found by NER), and its
 * modifiers give the country and the sector: "Chinese Foreign Minister Qin Gang" -> CHN + GOV, named Qin Gang.
 */
public final class SentenceActors {
    /** "its citizens", "their prisoners": the subject's own. */
    private static final Set<String> OWNING_PRONOUNS = Set.of("its", "their");
    /** Sectors a state sends abroad: "its troops", "its envoys" are what an act is about, not whom it is aimed at. */
    private static final Set<String> SENT_ABROAD = Set.of("GOV", "MIL", "SPY", "UAF");
    /** Case words that introduce members of a group: "critics, including the EU", "countries such as Kenya". */
    private static final Set<String> INCLUDING = Set.of("including", "notably", "especially", "such");
    /** Words of direction that make a capital a part of the city ("east London"), not its government. */
    private static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west", "northern", "southern", "eastern",
            "western", "central", "north-east", "north-west", "south-east", "south-west", "northeast", "northwest", "southeast",
            "southwest", "greater", "downtown", "suburban", "outer", "inner");
    /** Codes of actors of no state (international bodies, NGOs, ...), whose people are coded as the body itself. */
    private static final Set<String> STATELESS = Set.of("IGO", "NGO", "IMG", "MNC");
    /** Relations that stay inside one noun phrase. */
    private static final Set<String> PHRASE_RELATIONS = Set.of("compound", "flat", "amod", "nmod:poss", "appos", "det", "case");
    /** CAMEO's sector of civilians, for crowds counted but not named ("hundreds rallied"). */
    private static final String CROWD = "CVL";
    private static final Set<String> CROWD_COUNTS = Set.of("hundreds", "thousands", "dozens", "scores", "millions");
    private static final Set<String> QUANTITIES = Set.of("hundred", "hundreds", "thousand", "thousands", "dozen", "dozens",
            "million", "millions", "score", "scores", "group", "groups", "crowd", "number");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "his", "her", "him");
    private static final Set<String> SUBJECT_RELATIONS = Set.of("nsubj", "nsubj:pass");
    /** Verbs whose subject "it" is often only a placeholder ("it is", "it seems", "it remains to be seen"). */
    private static final Set<String> IMPERSONAL_VERBS = Set.of("be", "seem", "appear", "happen", "matter", "remain",
            "rain", "snow", "follow", "mean", "become", "look", "sound", "feel", "cost");
    /** "the two sides", "both countries": the two actors last named. */
    private static final Set<String> PAIR_WORDS = Set.of("side", "sides", "countries", "nations", "governments", "parties");

    private final Sentence sentence;
    private final List<TermMatch> matches;
    private final LocalDate date;
    private final OfficeHolders holders;
    private final DocumentMemory memory;
    private final Map<Integer, List<Actor>> resolved = new HashMap<>();
    /** Heads of groups that act through their named members, whose words are mentioned where the members are. */
    private final Set<Integer> throughMembers = new HashSet<>();

    SentenceActors(Sentence sentence, List<TermMatch> matches, LocalDate date, OfficeHolders holders, DocumentMemory memory) {
        this.sentence = sentence;
        this.matches = List.copyOf(matches);
        this.date = date;
        this.holders = holders;
        this.memory = memory;
        // left to right, so that a later "he", "Ma" or "the two sides" can refer to what came before
        for (Token t : sentence.tokens()) {
            if (isPhraseHead(t.index()) || isPronounSubject(t.index()) || isItSubject(t.index())) {
                List<Actor> found = resolve(t.index());
                resolved.put(t.index(), found);
                for (Actor a : found) {
                    memory.mentioned(a);
                }
                if (found.size() == 1 && found.get(0).name() != null && isPerson(t.index()) && isSubject(t.index())) {
                    memory.subject(found.get(0), sentence.index());
                } else if (found.isEmpty() && "PERSON".equals(t.ner()) && isSubject(t.index())) {
                    // "said Kamau, who fled Turkana": a person no dictionary knows is who a later "he" most likely is
                    memory.unknownSubject(text(phrase(t.index())), sentence.index());
                }
            }
        }
        memory.mainSubject(mainSubject(), sentence.index());
    }

    /**
     * The subject of the main clause when it is one state, body or group named in the singular ("China", "the
     * ministry"), not a person; {@code null} otherwise (a person, several actors, a thing, or no subject).
     */
    private Actor mainSubject() {
        for (Token t : sentence.tokens()) {
            if (sentence.head(t.index()) == 0) {
                for (int subject : sentence.children(t.index(), "nsubj")) {
                    List<Actor> found = actorsOf(subject);
                    boolean singular = !sentence.token(subject).pos().endsWith("S") && sentence.children(subject, "conj").isEmpty();
                    if (found.size() == 1 && found.get(0).name() == null && !isPerson(subject) && singular
                            && !found.get(0).country().isEmpty()) {
                        return found.get(0);
                    }
                }
                return null;
            }
        }
        return null;
    }

    /**
     * "It urged Russia to ...": "it" as the subject of a verb of its own (not "it is", "it seems", "it was reported
     * that", which say nothing of who acts).
     */
    private boolean isItSubject(int i) {
        if (!sentence.token(i).lowerWord().equals("it") || !sentence.relation(i).equals("nsubj")) {
            return false;
        }
        int v = sentence.head(i);
        Token verb = sentence.token(v);
        // only in the main clause: "Kenya said it would ..." is Kenya, which the coder reads from the saying
        boolean main = sentence.head(v) == 0 || sentence.relation(v).equals("conj") && sentence.head(sentence.head(v)) == 0;
        return main && verb.isVerb() && !IMPERSONAL_VERBS.contains(verb.lemma().toLowerCase(java.util.Locale.ROOT));
    }

    public Sentence sentence() {
        return sentence;
    }

    /** Dictionary terms found in the sentence. */
    public List<TermMatch> matches() {
        return matches;
    }

    /**
     * The actors of the noun phrase headed by {@code head}, with its coordinated phrases ("China and Russia"):
     * empty when the phrase names no actor.
     */
    public List<Actor> actorsAt(int head) {
        List<Actor> out = new ArrayList<>(actorsOf(head));
        if (out.isEmpty()) {
            return out;
        }
        for (int conj : sentence.children(head, "conj")) {
            for (Actor other : actorsOf(conj)) {
                if (out.stream().noneMatch(a -> a.code().equals(other.code()) && a.text().equals(other.text()))) {
                    out.add(other);
                }
            }
        }
        return out;
    }

    /**
     * Whether the phrase headed by {@code head} is a capital named as a city ("shelled Nairobi"): a capital standing
     * for a government ({@code countries.tsv} metonyms) that the NER tags as a place, not a seat ("the Kremlin").
     */
    public boolean isCityName(int head) {
        TermMatch m = covering(head);
        String ner = sentence.token(head).ner();
        return m != null && m.term().kind() == Term.Kind.METONYM && ("LOCATION".equals(ner) || "CITY".equals(ner));
    }

    /** Each phrase is resolved once: resolving remembers persons in the article's memory. */
    private List<Actor> actorsOf(int head) {
        List<Actor> r = resolved.get(head);
        if (r == null) {
            r = resolve(head);
            resolved.put(head, r);
        }
        return r;
    }

    /** Every noun phrase of the sentence that names an actor. */
    public List<ActorMention> mentions() {
        List<ActorMention> out = new ArrayList<>();
        for (Token t : sentence.tokens()) {
            if (isPhraseHead(t.index())) {
                List<Actor> here = actorsOf(t.index()); // resolving the phrase also tells whether it acts through its members
                if (throughMembers.contains(t.index())) {
                    continue; // "all parties, including Kenya": Kenya is mentioned on its own words
                }
                for (Actor a : here) {
                    List<Integer> phrase = phrase(t.index());
                    out.add(new ActorMention(sentence.index(), t.index(), phrase.get(0), phrase.get(phrase.size() - 1), a));
                }
            }
        }
        return out;
    }

    private boolean isPhraseHead(int i) {
        return !PHRASE_RELATIONS.contains(sentence.relation(i)) && !sentence.relation(i).startsWith("compound");
    }

    /** A clause's subject, or one of a compound subject ("X and Y arrived"). */
    private boolean isSubject(int i) {
        String rel = sentence.relation(i);
        return SUBJECT_RELATIONS.contains(rel) || (rel.equals("conj") && SUBJECT_RELATIONS.contains(sentence.relation(sentence.head(i))));
    }

    /** "hundreds of protesters", "dozens of police", "2,000 people". */
    private static boolean isQuantity(Token t) {
        return t.pos().equals("CD") || QUANTITIES.contains(t.lemma().toLowerCase(java.util.Locale.ROOT));
    }

    /** "Hundreds rallied", "thousands took to the streets": a bare count of people as a clause's subject. */
    private boolean isCrowd(int head) {
        Token t = sentence.token(head);
        return CROWD_COUNTS.contains(t.lowerWord()) && isSubject(head)
                && sentence.children(head).stream().noneMatch(d -> d.baseRelation().equals("nmod"));
    }

    /** "he said", "his visit began": a personal pronoun that is (or owns) a clause's subject. */
    private boolean isPronounSubject(int i) {
        if (!PRONOUNS.contains(sentence.token(i).lowerWord())) {
            return false;
        }
        String rel = sentence.relation(i);
        return SUBJECT_RELATIONS.contains(rel) || (rel.equals("nmod:poss") && SUBJECT_RELATIONS.contains(sentence.relation(sentence.head(i))));
    }

    /**
     * "the former Russian president", "an under-secretary general of the UN", "the president-elect": a title whose office
     * someone else holds that day (office-qualifiers.tsv). A hyphen between the word and the title is skipped.
     */
    private boolean isQualified(TermMatch title) {
        for (int i = title.first() - 1; i >= 1 && i >= title.first() - 4; i--) {
            Token t = sentence.token(i);
            if (holders.isQualifier(t.lowerWord())) {
                return true;
            }
            if (!t.word().equals("-") && !t.pos().startsWith("JJ") && !t.pos().startsWith("NNP")) {
                break; // "the former Russian president", "ex - president": up to a few words before the title
            }
        }
        int after = title.last() + 1;
        if (after < sentence.size() && sentence.token(after).word().equals("-")) {
            after++;
        }
        return after <= sentence.size() && holders.isQualifier(sentence.token(after).lowerWord());
    }

    /** "the UN's refugee chief, Jan Kowalski": a person the dictionaries do not know, named beside the title. */
    private boolean hasUnknownPersonInApposition(int head) {
        return sentence.children(head, "appos").stream()
                .anyMatch(a -> "PERSON".equals(sentence.token(a).ner()) && covering(a) == null);
    }

    /**
     * The person a "he"/"she" in a clause that depends on another stands for when this sentence names persons before it
     * ("a ban lifted by William Ruto as he pressed for a deal", "Ruto met Museveni and he then said"): the last one that
     * is a subject, or else the only one; empty when that person is not known to the dictionaries, or when several are
     * named and none is a subject; {@code null} in a main clause, or when the sentence names no person before the
     * pronoun that it can be (the last sentence's subject is then asked).
     */
    private Optional<Actor> personBefore(int pronoun) {
        String word = sentence.token(pronoun).word();
        int clause = sentence.head(pronoun);
        if (sentence.relation(pronoun).equals("nmod:poss") && clause > 0) {
            clause = sentence.head(clause); // "his forces attacked": the clause of the noun the pronoun owns
        }
        if (clause <= 0 || sentence.head(clause) == 0) {
            // "After a call from Samia Suluhu Hassan, he criticised Uganda": a main clause goes on from the last sentence
            return null;
        }
        List<Integer> persons = new ArrayList<>();
        for (int i = 1; i < pronoun; i++) {
            List<Actor> found = resolved.getOrDefault(i, List.of());
            boolean other = found.size() == 1 && PersonGender.standard().contradicts(word, found.get(0)); // "she" after "Ruto"
            if ("PERSON".equals(sentence.token(i).ner()) && isPhraseHead(i) && !isPronounSubject(i) && !other) {
                persons.add(i);
            }
        }
        if (persons.isEmpty()) {
            return null;
        }
        List<Integer> subjects = persons.stream().filter(this::isSubject).toList();
        int chosen = !subjects.isEmpty() ? subjects.get(subjects.size() - 1) : persons.size() == 1 ? persons.get(0) : -1;
        List<Actor> found = chosen > 0 ? resolved.getOrDefault(chosen, List.of()) : List.of();
        return found.size() == 1 && found.get(0).name() != null ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** Whether a token stands inside a quotation opened in this sentence. */
    private boolean isQuoted(int i) {
        int open = 0;
        for (int k = 1; k < i; k++) {
            String pos = sentence.token(k).pos();
            open += pos.equals("``") ? 1 : pos.equals("''") ? -1 : 0;
        }
        return open > 0;
    }

    private boolean isPerson(int head) {
        TermMatch m = covering(head);
        return "PERSON".equals(sentence.token(head).ner()) || (m != null && m.term().kind() == Term.Kind.NAMED && m.term().actor().isPerson());
    }

    private List<Actor> resolve(int head) {
        Token h = sentence.token(head);
        if (isItSubject(head)) {
            Actor a = memory.itSubject(sentence.index());
            return a == null ? List.of() : List.of(withText(a, h.word()));
        }
        if (isPronounSubject(head)) {
            if (isQuoted(head)) {
                return List.of(); // "'Had we stayed he would have shot us,' said Kamau": whom a speaker means is not known
            }
            Optional<Actor> here = personBefore(head);
            Actor a = here != null ? here.orElse(null) : memory.pronounSubject(h.word());
            return a == null ? List.of() : List.of(withText(a, h.word()));
        }
        if (!h.isNoun() && !(isSubject(head) && covering(head) != null)) {
            return List.of(); // a subject the tagger called an adjective is still a noun: "Israeli military struck"
        }
        List<Integer> phrase = phrase(head);
        String text = text(phrase);
        List<TermMatch> inPhrase = termsIn(phrase);
        if (inPhrase == null) {
            return List.of(); // "Xinhua", "the Asian Games"
        }
        if (isPair(head)) {
            List<Actor> two = memory.lastTwo();
            if (two.isEmpty()) {
                two = twoCountriesNamedAfter(phrase); // a first sentence: "the two sides ... between China and Peru"
            }
            return two.stream().map(a -> withText(a, text)).toList();
        }
        Actor a = single(head, h, inPhrase, text);
        Actor group = a != null ? groupOfItsAgent(head, a) : null;
        if (group != null) {
            return List.of(group);
        }
        if ((a == null || a.country().isEmpty() && a.name() == null) && h.pos().equals("NNS")) {
            // "critics, including the European Commission", "Western governments, including Britain and France"
            List<Actor> examples = namedExamples(head);
            if (!examples.isEmpty() && (a == null || examples.stream().allMatch(e -> !e.country().isEmpty() || e.name() != null))) {
                throughMembers.add(head);
                return examples; // a sector alone gives way only to named members ("activists, including a lawyer" stay activists)
            }
        }
        return a == null ? List.of() : List.of(a);
    }

    /**
     * "Leaders of the Kenyan opposition", "a spokesman for the rebels", "officials of the army": a word that the
     * dictionary reads as government ("leader", "spokesman", "officials") speaks for the group its "of"/"for" phrase
     * names: an organisation, or a sector, whose country stands when the group names none.
     * {@code null} when the head is no such word or its phrase names no group.
     */
    private Actor groupOfItsAgent(int head, Actor agent) {
        TermMatch atHead = covering(head);
        if (!agent.sector().equals("GOV") || agent.name() != null || atHead == null || atHead.term().kind() != Term.Kind.SECTOR) {
            return null;
        }
        for (int of : sentence.children(head, "nmod")) {
            if (!hasCase(of, "of") && !hasCase(of, "for")) {
                continue;
            }
            List<Actor> group = actorsOf(of);
            if (group.size() != 1 || group.get(0).sector().isEmpty()) {
                continue; // "the leader of Kenya" is Kenya's government, as the word alone says
            }
            Actor g = group.get(0);
            if (isPerson(of) || g.name() == null) {
                // "the spokesman of the Kenyan president": the president's side, not the president
                return Actor.of(g.country().isEmpty() ? agent.country() : g.country(), g.sector(), null, null, agent.text());
            }
            return Actor.ofCode(g.code(), g.name(), null, agent.text()); // "a spokesman for the UN", "the leader of Hamas"
        }
        return null;
    }

    /**
     * "Critics, including the European Commission, accuse ...", "countries such as Kenya and Ghana": a plural
     * that names no actor acts through the actors it is said to include.
     */
    private List<Actor> namedExamples(int head) {
        List<Actor> out = new ArrayList<>();
        for (int example : sentence.children(head, "nmod")) {
            boolean including = sentence.children(example).stream().anyMatch(d -> d.relation().equals("case")
                    && INCLUDING.contains(sentence.token(d.dependent()).lowerWord()));
            if (including) {
                out.addAll(actorsAt(example));
            }
        }
        return out;
    }

    /** The terms inside a phrase; {@code null} when one of them says the phrase is never an actor. */
    private List<TermMatch> termsIn(List<Integer> phrase) {
        List<TermMatch> inPhrase = new ArrayList<>();
        for (TermMatch m : matches) {
            // a country's name may run past the phrase over "and" ("Bosnia and Herzegovina", "Trinidad and Tobago"),
            // which the parse makes a coordination
            if (phrase.contains(m.first()) && (phrase.contains(m.last()) || m.term().kind() == Term.Kind.COUNTRY)) {
                if (m.term().kind() == Term.Kind.NOT_ACTOR) {
                    return null;
                }
                inPhrase.add(m);
            }
        }
        return inPhrase;
    }

    private Actor single(int head, Token h, List<TermMatch> inPhrase, String text) {
        TermMatch atHead = covering(head);
        TermMatch named = nearestBefore(inPhrase, head, Term.Kind.NAMED);
        if (named == null && (h.pos().equals("NN") || atHead != null && atHead.term().kind() == Term.Kind.SECTOR)) {
            // "its president, Vladimir Putin", "the Secretary of State for Defence, Gavin Williamson": the person named
            named = namedInApposition(inPhrase, head);
        }
        if (named != null && (contradicts(named, inPhrase) || contradictedByCity(named, inPhrase, head))) {
            named = null; // "King Hassan of Morocco" is not the Jordanian of that name; the words of the phrase win
        }
        if (named != null) {
            Actor a = named(named.term().actor(), date, text);
            if (named.term().actor().isPerson()) {
                memory.person(a, sentence.span(named.first(), named.last()));
            }
            return a;
        }
        TermMatch sectorTerm = nearestBefore(inPhrase, head, Term.Kind.SECTOR);
        if (sectorTerm == null) {
            sectorTerm = firstAfter(inPhrase, head, Term.Kind.SECTOR); // "Mao Ning, the foreign ministry spokeswoman"
            if (sectorTerm != null && sentence.relation(sectorTerm.last()).equals("nmod:poss") && !"PERSON".equals(h.ner())) {
                // "Mar-a-Lago, the president's private club": the title is the owner's; a person's ("Ali Kamau, a member
                // of the opposition's committee") says whose side they are on
                sectorTerm = null;
            }
        }
        Offices.Office office = sectorTerm != null ? sectorTerm.term().office() : null;
        String person = personName(head);
        boolean titledName = person == null && office != null && h.pos().startsWith("NNP") && (atHead == null);
        if (titledName) {
            person = sentence.span(firstProper(head), head); // "Ukrainian Foreign Minister Culba": NER missed the name
        }
        if (person == null && atHead == null && h.pos().startsWith("NNP")) {
            // "Ma" after "Ma Zhaoxu", when NER did not see a person in the bare surname
            Actor remembered = memory.person(sentence.span(firstProper(head), head));
            if (remembered != null) {
                return withText(remembered, text);
            }
        }
        boolean counted = sectorTerm != null && sectorTerm.first() > head && isQuantity(h); // "hundreds of protesters"
        if (sectorTerm == null && atHead == null && isCrowd(head)) {
            // "hundreds rallied", "thousands marched in Paris": a crowd of people, as CAMEO codes civilians
            TermMatch where = countryWhere(head);
            return Actor.of(where != null ? where.term().code() : "", CROWD, null, null, text);
        }
        boolean actorHead = atHead != null || person != null || "ORGANIZATION".equals(h.ner()) || counted
                || (sectorTerm == null && isOwnedSubject(head, inPhrase));
        if (!actorHead) {
            return null;
        }
        String role = person != null && sectorTerm != null ? sentence.span(sectorTerm.first(), sectorTerm.last()) : null;

        TermMatch organisation = atHead != null && atHead.term().kind() == Term.Kind.ORGANISATION ? atHead
                : atHead != null && atHead.term().namesCountry() ? null // "NATO member Norway" is Norway
                : nearestBefore(inPhrase, head, Term.Kind.ORGANISATION);
        TermMatch country = organisation == null ? countryOf(inPhrase, head) : null;
        if (country != null && country.covers(head) && isEthnic(head)) {
            // "ethnic Albanians in south Serbia", "ethnic Russians in eastern Ukraine": a people, not the state its name
            // is from: civilians of the country they are in, when the phrase says it
            TermMatch where = countryWhere(head);
            return Actor.of(where != null ? where.term().code() : "", CROWD, null, null, text);
        }
        TermMatch home = country != null && country.covers(head) && h.pos().endsWith("S") ? countryOfPhrase(head, "of") : null;
        if (home != null && !home.term().code().equals(country.term().code())) {
            // "the Albanians of southern Serbia", "the Kurds of Iraq": a people of another country, as "ethnic" says
            return Actor.of(home.term().code(), CROWD, null, null, text);
        }
        if (country == null && organisation == null && sectorTerm != null && person == null && isSubject(head)) {
            country = countryWhere(head); // "authorities in the U.S. deported", "a court in Britain ordered"
        }
        // whose office it is: a country, or an international body by its code
        String countryCode = organisation != null ? organisation.term().code() : country != null ? country.term().code() : null;
        if (person != null) {
            Actor remembered = memory.person(person);
            if (remembered != null && (countryCode == null || countryCode.startsWith(remembered.country()))) {
                return withText(remembered, text);
            }
            OfficeHolders.Candidate near = holders.nearMiss(person, countryCode, office, date);
            if (near != null) {
                Actor a = holder(near.holding(), text);
                memory.person(a, person);
                return a;
            }
        } else if (office != null && countryCode != null && !h.pos().equals("NNS") && !h.pos().equals("NNPS")
                && !isQualified(sectorTerm) && !hasUnknownPersonInApposition(head)) {
            // "the Russian president": whoever held the office that day
            ActorDictionary.Holding sole = holders.soleHolder(countryCode, office, date);
            if (sole != null) {
                return holder(sole, text);
            }
        }
        if (organisation != null) {
            String name = person != null ? person : sentence.span(organisation.first(), organisation.last());
            Actor a = Actor.ofCode(organisation.term().code(), name, role, text);
            rememberPerson(a, person);
            return a;
        }
        if (country == null && person != null && sectorTerm != null && sectorTerm.term().code().equals("EDU")) {
            // "Li Ming, dean of a school of international studies": a scholar, with no country rather than a state's
            return Actor.of("", "EDU", person, role, text);
        }
        Actor possessor = country == null && sectorTerm != null && person == null && (isSubject(head)
                || !SENT_ABROAD.contains(sectorTerm.term().code().substring(0, Math.min(3, sectorTerm.term().code().length()))))
                ? ownerBeforeIts(head) : null;
        if (possessor != null) {
            // "Kenya evacuated its citizens", "the rebels freed their prisoners": the subject's own people (not "offered its
            // troops to Lebanon", whose troops are what is offered); "said its troops had shelled": the speaker's troops
            return STATELESS.contains(possessor.country())
                    ? Actor.ofCode(possessor.code(), null, null, text) // "the UN said its peacekeepers": the UN's own
                    : Actor.of(possessor.country(), sectorTerm.term().code(), null, null, text);
        }
        if (country == null) {
            // "the foreign ministry spokesman": a government office without a country is the article's usual country's
            String usual = office != null && !h.pos().startsWith("NNP") ? memory.usualCountry() : null;
            if (usual != null) {
                return Actor.of(usual, "GOV", person, role, text);
            }
            // "police", "protesters", "Israeli" nowhere: a sector with no country, as CAMEO codes it ("COP", "CVL")
            boolean sectorHead = sectorTerm != null && (sectorTerm.covers(head) || counted) && person == null && isPhraseHead(head);
            if (sectorHead) {
                return Actor.of("", sectorTerm.term().code(), null, null, text);
            }
            if (person != null && office != null) {
                // "Prime Minister Joseph Mwangi", of a country the sentence does not name: the person in that office; in
                // "Kenyan Foreign Minister Ali Kamau and Defence Minister Ruth Wanjiru" the country is shared; "Mombasa
                // Governor Abdul Nassir" holds an office of the city's country
                String city = cityCountry(head, sectorTerm.first());
                Actor a = Actor.of(city != null ? city : conjunctCountry(head), sectorTerm.term().code(), person, role, text);
                rememberPerson(a, person);
                return a;
            }
            return null;
        }
        String sector = sectorTerm != null ? sectorTerm.term().code()
                : country.term().kind() == Term.Kind.METONYM && !isDistrict(country) ? country.term().sector() : "";
        Actor a = Actor.of(country.term().code(), sector, person, role, text);
        rememberPerson(a, person);
        return a;
    }

    /**
     * "east London", "northern Nairobi": a capital with a word of direction is a part of the city, not the government
     * its name stands for.
     */
    private boolean isDistrict(TermMatch capital) {
        return sentence.children(capital.last()).stream().anyMatch(d -> (d.relation().equals("amod") || d.relation().equals("compound"))
                && DIRECTIONS.contains(sentence.token(d.dependent()).lowerWord()));
    }

    /**
     * The country a phrase that names no actor belongs to: "Serbia's suppression of ...", "Iraqi towns", "German
     * goods" (in CAMEO such a thing stands for its country when it is what an act is aimed at). {@code null} when the
     * phrase names an actor or no country.
     */
    public Actor ownerCountry(int head) {
        Token h = sentence.token(head);
        if (!h.isNoun() || h.pos().startsWith("NNP") || !actorsOf(head).isEmpty()) {
            return null;
        }
        List<Integer> phrase = phrase(head);
        List<TermMatch> inPhrase = termsIn(phrase);
        TermMatch owner = inPhrase == null ? null : countryOf(inPhrase, head);
        return owner == null || isEthnic(owner.last()) ? null // "dozens of ethnic Somalis" are not Somalia's
                : Actor.of(owner.term().code(), owner.term().kind() == Term.Kind.METONYM ? owner.term().sector() : "", null, null, text(phrase));
    }

    /**
     * The country of the city named just before a title in the phrase ("Mombasa Governor", "New York Mayor"): words
     * the NER tags as a location, found in the gazetteer of world cities; {@code null} when there are none.
     */
    private String cityCountry(int head, int title) {
        List<Integer> phrase = phrase(head);
        int first = title;
        while (first > 1 && "LOCATION".equals(sentence.token(first - 1).ner()) && phrase.contains(first - 1)) {
            first--;
        }
        if (first == title) {
            return null;
        }
        return PlaceGazetteer.standard().lookup(sentence.span(first, title - 1)).map(PlaceGazetteer.Place::country).orElse(null);
    }

    /** The country of the phrase this one is coordinated with ("X and Y"), or "". */
    private String conjunctCountry(int head) {
        if (!sentence.relation(head).equals("conj")) {
            return "";
        }
        return actorsOf(sentence.head(head)).stream().map(Actor::country).filter(c -> !c.isEmpty()).findFirst().orElse("");
    }

    /** Whether the phrase names a country or organisation other than the named actor's ("King Hassan of Morocco"). */
    private boolean contradicts(TermMatch named, List<TermMatch> inPhrase) {
        String code = named.term().actor().codeOn(date);
        for (TermMatch m : inPhrase) {
            boolean place = m.term().namesCountry() || m.term().kind() == Term.Kind.ORGANISATION;
            if (place && !m.covers(named.first()) && !m.term().code().substring(0, 3).equals(code.substring(0, 3))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a city named before a title in the phrase is in another country than the named actor's ("Kumasi Mayor"). */
    private boolean contradictedByCity(TermMatch named, List<TermMatch> inPhrase, int head) {
        TermMatch title = nearestBefore(inPhrase, head, Term.Kind.SECTOR);
        String city = title == null ? null : cityCountry(head, title.first());
        return city != null && !named.term().actor().codeOn(date).startsWith(city);
    }

    private void rememberPerson(Actor a, String person) {
        if (person != null) {
            memory.person(a, person);
        }
    }

    /** "the two sides", "both parties", "the leaders of the two countries"; not "two countries" in quotes or "two ministers". */
    private boolean isPair(int head) {
        if (!PAIR_WORDS.contains(sentence.token(head).lowerWord())) {
            return false;
        }
        boolean two = false;
        boolean the = false;
        for (Dependency d : sentence.children(head)) {
            String w = sentence.token(d.dependent()).lowerWord(); // "two" is a nummod, "both" and "the" are dets
            if (w.equals("both")) {
                return true;
            }
            two |= w.equals("two");
            the |= w.equals("the");
        }
        return two && the;
    }

    /**
     * "The two countries announced that relations between Chile and Peru ...": with nothing said before, "the two"
     * are the two countries the sentence names after the phrase, when it names exactly two; else none.
     */
    private List<Actor> twoCountriesNamedAfter(List<Integer> phrase) {
        Set<String> countries = new LinkedHashSet<>();
        for (TermMatch m : matches) {
            if (m.term().namesCountry() && m.first() > phrase.get(phrase.size() - 1)) {
                countries.add(m.term().code());
            }
        }
        return countries.size() != 2 ? List.of() : countries.stream().map(c -> Actor.of(c, "", null, null, "")).toList();
    }

    /** The first of the run of proper nouns that ends at the head. */
    private int firstProper(int head) {
        int from = head;
        while (from > 1 && sentence.token(from - 1).pos().startsWith("NNP") && covering(from - 1) == null) {
            from--;
        }
        return from;
    }

    /** A named actor of the dictionary, with the code and office of its role on the date. */
    static Actor named(ActorEntry e, LocalDate date, String text) {
        Role r = e.roleOn(date);
        return Actor.ofCode(r != null ? r.code() : e.code(), e.name(), r != null ? r.title() : null, text);
    }

    /** An office holder, coded with the office held on the date. */
    static Actor holder(ActorDictionary.Holding h, String text) {
        return Actor.ofCode(h.role().code(), h.actor().name(), h.role().title(), text);
    }

    private static Actor withText(Actor a, String text) {
        return new Actor(a.code(), a.country(), a.sector(), a.name(), a.role(), text);
    }

    /**
     * "NATO allies agreed", "the APEC forum agreed": a clause's subject whose head is a common noun naming no actor,
     * modified by an organisation as a compound or adjective, acts for that organisation. Only organisations ("US
     * allies" are other countries, "Chilean exports" are things) and only subjects ("imposed EU sanctions" names no
     * target).
     */
    private boolean isOwnedSubject(int head, List<TermMatch> inPhrase) {
        Token h = sentence.token(head);
        if (!h.isNoun() || h.pos().startsWith("NNP") || !isSubject(head)) {
            return false;
        }
        boolean owned = false;
        for (TermMatch m : inPhrase) {
            if (m.term().kind() != Term.Kind.ORGANISATION) {
                continue; // "Chilean exports", "US allies": a country's things, or others around it
            }
            // a compound or an adjective right on the head, not a possessor ("the EU's pressure on Russia": a thing)
            String r = sentence.relation(m.last());
            if (sentence.head(m.last()) != head || !(r.startsWith("compound") || r.equals("amod"))) {
                return false;
            }
            owned = true;
        }
        return owned;
    }

    /** The country of a phrase: the term at its head, else the possessor ("China's"), else the first one. */
    private TermMatch countryOf(List<TermMatch> inPhrase, int head) {
        TermMatch first = null;
        for (TermMatch m : inPhrase) {
            if (!m.term().namesCountry()) {
                continue;
            }
            if (m.covers(head)) {
                return m;
            }
            if (first == null) {
                first = m;
            }
        }
        for (int poss : sentence.children(head, "nmod:poss")) {
            for (TermMatch m : inPhrase) {
                if (m.term().namesCountry() && m.covers(poss)) {
                    return m;
                }
            }
        }
        return first;
    }

    /**
     * The country of the clause's subject when the head is owned by "its" or "their" ("Kenya evacuated its citizens"),
     * or {@code null}.
     */
    private Actor ownerBeforeIts(int head) {
        boolean its = sentence.children(head, "nmod:poss").stream()
                .anyMatch(p -> OWNING_PRONOUNS.contains(sentence.token(p).lowerWord()));
        int verb = sentence.head(head);
        if (!its || verb <= 0 || !sentence.token(verb).isVerb()) {
            return null;
        }
        if (SUBJECT_RELATIONS.contains(sentence.relation(head))) {
            // "Ghana admitted that its troops had shelled the village": the owner is the subject of the clause above
            verb = sentence.head(verb);
            if (verb <= 0 || !sentence.token(verb).isVerb()) {
                return null;
            }
        }
        for (int subject : sentence.children(verb, "nsubj")) {
            // one owner only: "Cameroon and Djibouti agreed that their forces will ..." are both countries' forces
            List<Actor> found = subject < head && sentence.children(subject, "conj").isEmpty() ? actorsOf(subject) : List.of();
            if (found.size() == 1 && !found.get(0).country().isEmpty()) {
                return found.get(0);
            }
        }
        return null;
    }

    /** Whether the head is qualified as an ethnic group ("ethnic Albanians"). */
    private boolean isEthnic(int head) {
        return sentence.children(head, "amod").stream().anyMatch(a -> sentence.token(a).lowerWord().equals("ethnic"));
    }

    /**
     * The country a phrase that names no actor is placed in: "prisoners in Iraq", "parties to the conflict in Iraq" (an
     * "in" phrase of the head or of a phrase under it); {@code null} when there is none.
     */
    public Actor placedIn(int head) {
        if (!sentence.token(head).isNoun() || !actorsOf(head).isEmpty()) {
            return null;
        }
        TermMatch where = countryWhere(head);
        for (int n : sentence.children(head, "nmod")) {
            if (where == null && !hasCase(n, "in")) {
                where = countryWhere(n);
            }
        }
        return where == null ? null : Actor.of(where.term().code(), "", null, null, text(phrase(head)));
    }

    /** The country of an "in" phrase under the head: "police in Gaza" are Gaza's police. */
    private TermMatch countryWhere(int head) {
        return countryOfPhrase(head, "in");
    }

    /** The country named by a phrase with this preposition under the head ("in Gaza", "of southern Serbia"). */
    private TermMatch countryOfPhrase(int head, String preposition) {
        for (int place : sentence.children(head, "nmod")) {
            if (hasCase(place, preposition)) {
                List<TermMatch> terms = termsIn(phrase(place));
                TermMatch country = terms == null ? null : countryOf(terms, place);
                if (country != null) {
                    return country;
                }
            }
        }
        return null;
    }

    private TermMatch covering(int token) {
        for (TermMatch m : matches) {
            if (m.covers(token)) {
                return m;
            }
        }
        return null;
    }

    /** A named actor in an apposition to the head ("its president, Vladimir Putin"), or {@code null}. */
    private TermMatch namedInApposition(List<TermMatch> inPhrase, int head) {
        for (int apposition : sentence.children(head, "appos")) {
            for (TermMatch m : inPhrase) {
                if (m.term().kind() == Term.Kind.NAMED && m.covers(apposition)) {
                    return m;
                }
            }
        }
        return null;
    }

    /** The first term of that kind after the head (in an apposition). */
    private static TermMatch firstAfter(List<TermMatch> inPhrase, int head, Term.Kind kind) {
        for (TermMatch m : inPhrase) {
            if (m.term().kind() == kind && m.first() > head) {
                return m;
            }
        }
        return null;
    }

    /** The term of that kind covering the head, else the nearest one before it. */
    private static TermMatch nearestBefore(List<TermMatch> inPhrase, int head, Term.Kind kind) {
        TermMatch best = null;
        for (TermMatch m : inPhrase) {
            if (m.term().kind() != kind) {
                continue;
            }
            if (m.covers(head)) {
                return m;
            }
            if (m.last() < head && (best == null || m.last() > best.last())) {
                best = m;
            }
        }
        return best;
    }

    /** The tokens of the noun phrase headed by {@code head}, following only phrase-internal relations. */
    List<Integer> phrase(int head) {
        Set<Integer> out = new TreeSet<>();
        collect(head, out);
        return new ArrayList<>(out);
    }

    private void collect(int i, Set<Integer> out) {
        out.add(i);
        for (Dependency d : sentence.children(i)) {
            String r = d.relation();
            if (isTimeInName(i, d.dependent())) {
                continue; // "last weekend police": the parser has hung the act's time on the noun
            }
            if (PHRASE_RELATIONS.contains(r) || r.startsWith("compound") || (r.equals("nmod") && (hasCase(d.dependent(), "of") || hasCase(d.dependent(), "from")))
                    || isLeader(i)) {
                collect(d.dependent(), out);
            }
        }
    }

    /** Whether a dependent is a time expression ("last weekend") under a head that is not one. */
    private boolean isTimeInName(int head, int dependent) {
        return "DATE".equals(sentence.token(dependent).ner()) && !"DATE".equals(sentence.token(head).ner());
    }

    /** "led" of "Vietnamese-led forces", "the US-led coalition": the country that leads is the phrase's. */
    private boolean isLeader(int i) {
        return sentence.relation(i).equals("amod") && sentence.token(i).lowerWord().equals("led");
    }

    private boolean hasCase(int i, String word) {
        for (int c : sentence.children(i, "case")) {
            if (sentence.token(c).lowerWord().equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** The run of PERSON tokens around the head, or {@code null}. */
    private String personName(int head) {
        if (!"PERSON".equals(sentence.token(head).ner())) {
            return null;
        }
        int from = head;
        int to = head;
        while (from > 1 && "PERSON".equals(sentence.token(from - 1).ner())) {
            from--;
        }
        while (to < sentence.size() && "PERSON".equals(sentence.token(to + 1).ner())) {
            to++;
        }
        return sentence.span(from, to);
    }

    /** The words of a phrase, without leading determiners and trailing punctuation. */
    private String text(List<Integer> phrase) {
        int from = phrase.get(0);
        int to = phrase.get(phrase.size() - 1);
        // leading determiners, quotes and the preposition that attaches the phrase ("with", "by", "on")
        while (from < to && (sentence.token(from).pos().equals("DT") || sentence.token(from).pos().equals("``")
                || sentence.token(from).pos().equals("IN") || sentence.token(from).pos().equals("TO"))) {
            from++;
        }
        while (to > from && !Character.isLetterOrDigit(sentence.token(to).word().charAt(0))) {
            to--;
        }
        return sentence.span(from, to);
    }
}
