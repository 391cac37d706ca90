package dev.dyadic.model;

/**
 * A Universal Dependencies edge: {@code governor --relation--> dependent}. Governor 0 is the root.
 *
 * @param relation the full relation name, with subtype ("nsubj:pass", "obl:tmod", "nmod:poss")
 */
public record Dependency(int governor, int dependent, String relation) {

    /** The relation without its subtype: "obl" for "obl:tmod". */
    public String baseRelation() {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }
}
