package dev.dyadic.coder;

import dev.dyadic.model.PloverCode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Words that negate, put in the future, make hypothetical or only intend an act, and the CAMEO codes of intents and
 * refusals, and the PLOVER modes that words say; read from {@code modality.tsv}, {@code negated-codes.tsv},
 * {@code refusal-codes.tsv}, {@code intent-codes.tsv} and {@code plover-modes.tsv}.
 */
public final class Modality {
    private final Map<String, Set<String>> words = new HashMap<>();
    private final Map<String, String> intentCodes = new HashMap<>();
    private final Map<String, String> negatedCodes = new HashMap<>();
    private final Map<String, Refusal> refusalCodes = new HashMap<>();
    private final List<ModeWords> ploverModes = new ArrayList<>();

    /** A PLOVER mode and context that any of these words says, for events of this type ({@code plover-modes.tsv}). */
    private record ModeWords(String type, String mode, String context, Set<String> words) {
    }

    /** A refusal's code, and whether any negation of the act is one or only a future one ("will not meet"). */
    private record Refusal(String code, boolean always) {
    }

    private Modality() {
    }

    public static Modality standard() {
        Modality m = new Modality();
        for (String[] f : rows("modality.tsv")) {
            m.words.put(f[0], Set.of(f[1].split("\\|")));
        }
        for (String[] f : rows("negated-codes.tsv")) {
            for (String lemma : f[0].split("\\|")) {
                m.negatedCodes.put(lemma, f[1]);
            }
        }
        for (String[] f : rows("refusal-codes.tsv")) {
            m.refusalCodes.put(f[0], new Refusal(f[1], f[2].equals("always")));
        }
        for (String[] f : rows("intent-codes.tsv")) {
            m.intentCodes.put(f[0], f[1]);
        }
        for (String[] f : rows("plover-modes.tsv")) {
            m.ploverModes.add(new ModeWords(f[0], f[1], f[2], Set.of(f[3].split("\\|"))));
        }
        return m;
    }

    /** The tab-separated fields of each line of a resource file, without blank lines and comments. */
    private static List<String[]> rows(String file) {
        return PatternBook.read("/dyadic/coder/" + file).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> line.split("\t")).toList();
    }

    public boolean isNegation(String lemma) {
        return has("negation", lemma);
    }

    public boolean isFuture(String lemma) {
        return has("future", lemma);
    }

    public boolean isIntention(String lemma) {
        return has("intention", lemma);
    }

    /** A verb whose complement is an act decided, coded as the act itself ("decided to expel", "voted to impose"). */
    public boolean isDecision(String lemma) {
        return has("decision", lemma);
    }

    /** An auxiliary of possibility ("could", "may"): the act is possible, not done. */
    public boolean isPossibility(String lemma) {
        return has("possibility", lemma);
    }

    /** A word of forecast ("likely", "probably"): a future act so qualified is foreseen, not done or intended. */
    public boolean isPrediction(String lemma) {
        return has("prediction", lemma);
    }

    /** An auxiliary of obligation ("must", "should"): the act is required, not done. */
    public boolean isObligation(String lemma) {
        return has("obligation", lemma);
    }

    /** The head of a scholar's phrase ("analysts", "a think tank"): what they say is an opinion, not an act. */
    public boolean isOpinionGiver(String lemma) {
        return has("opinion", lemma);
    }

    /**
     * The PLOVER code with the mode and context that one of the matched words says ("cyberattack": COERCE cyber), or the
     * code as it is.
     */
    public PloverCode withMode(PloverCode plover, Collection<String> matchedLemmas) {
        if (plover == null) {
            return null;
        }
        for (ModeWords m : ploverModes) {
            if (m.type().equals(plover.type()) && matchedLemmas.stream().anyMatch(m.words()::contains)) {
                return new PloverCode(plover.type(), m.mode(), m.context());
            }
        }
        return plover;
    }

    /** A protester, rioter or crowd: whose violence is a violent protest. */
    public boolean isProtester(String lemma) {
        return has("protester", lemma);
    }

    /** A force of nature or a disease ("earthquake", "flu"): a subject that does no political act. */
    public boolean isNaturalForce(String lemma) {
        return has("nature", lemma);
    }

    /**
     * The head of a noun compound whose modifier says what act it is ("mediation efforts", "a ceasefire agreement", "a
     * phone call"), so that a pattern asking for the modifier takes the compound.
     */
    public boolean isLightHead(String lemma) {
        return has("light", lemma);
    }

    /** A word of accusation ("accuse", "allegation"): what it says someone did is alleged, not told as done. */
    public boolean isAllegation(String lemma) {
        return has("allegation", lemma);
    }

    /** A verb of claiming ("claim"): what it says another did is alleged, what the claimer did is told. */
    public boolean isClaim(String lemma) {
        return has("claim", lemma);
    }

    /** A verb of warning ("warn"): a threat only when it says what the warner's side will do, or on what condition. */
    public boolean isWarning(String lemma) {
        return has("warning", lemma);
    }

    /** A noun of asking or proposing ("demand", "proposal"): the clause it takes is asked for, not done. */
    public boolean isRequest(String lemma) {
        return has("request", lemma);
    }

    /** A verb of threatening ("threaten"): its infinitive says what is threatened, which decides the threat's code. */
    public boolean isThreat(String lemma) {
        return has("threat", lemma);
    }

    /** A verb of wanting ("want", "wish"): with an object who is to act, it asks that one; without, it intends. */
    public boolean isWanting(String lemma) {
        return has("wanting", lemma);
    }

    /** A verb of asking ("urge", "call"): its complement is asked of someone, not done. */
    public boolean isAsking(String lemma) {
        return has("asking", lemma);
    }

    /** A verb of naming ("call", "dub"): with a predicate for its object it says what something is. */
    public boolean isNaming(String lemma) {
        return has("naming", lemma);
    }

    /**
     * A verb of using ("use", "employ"): its object is the means, and its infinitive ("used drones to attack the camps")
     * is the act done, by the verb's subject.
     */
    public boolean isInstrument(String lemma) {
        return has("instrument", lemma);
    }

    /** A verb of ordering ("order", "command"): an order to one's own forces is the act ordered. */
    public boolean isCommand(String lemma) {
        return has("command", lemma);
    }

    /**
     * A verb that makes someone act ("persuade", "force"): negated, what it did not make them do was not done ("failed to
     * persuade Uganda to release them").
     */
    public boolean isCausing(String lemma) {
        return has("causing", lemma);
    }

    /** A verb whose object noun names an act it plans or promises ("plans strikes", "offered talks"). */
    public boolean isPlanning(String lemma) {
        return has("planning", lemma);
    }

    /** A verb whose object noun names an act not told as done ("feared an attack", "ruled out strikes"). */
    public boolean isProspect(String lemma) {
        return has("prospect", lemma);
    }

    /** A verb whose object noun names an act told as done only when it is a known one ("supported the invasion"). */
    public boolean isStance(String lemma) {
        return has("stance", lemma);
    }

    /** A verb whose complement is done when it is negated ("did not hesitate to condemn"). */
    public boolean isHesitation(String lemma) {
        return has("hesitation", lemma);
    }

    /** A verb of failing ("fail", "neglect"): its complement was not done, as if negated. */
    public boolean isFailure(String lemma) {
        return has("failure", lemma);
    }

    public boolean isCondition(String lemma) {
        return has("condition", lemma);
    }

    /** The code a negated verb has ("did not accept" is a rejection), or {@code null} when it has none. */
    public String negatedCode(String lemma) {
        return negatedCodes.get(lemma);
    }

    /**
     * The code for refusing the act coded {@code code} ("will not lift the embargo": 085 -> 1244; "will not meet":
     * 04 -> 125, only when {@code future}), or {@code null}.
     */
    public String refusalCode(String code, boolean future) {
        for (int n = code.length(); n >= 2; n--) {
            Refusal refusal = refusalCodes.get(code.substring(0, n));
            if (refusal != null) {
                return future || refusal.always() ? refusal.code() : null;
            }
        }
        return null;
    }

    /** Whether {@code modality.tsv} lists the lemma under this kind. */
    private boolean has(String kind, String lemma) {
        return words.getOrDefault(kind, Set.of()).contains(lemma);
    }

    /** The code for intending, announcing or threatening the act coded {@code code}: the longest prefix listed wins. */
    public String intentCode(String code) {
        for (int n = code.length(); n >= 2; n--) {
            String intent = intentCodes.get(code.substring(0, n));
            if (intent != null) {
                return intent;
            }
        }
        return code;
    }
}
