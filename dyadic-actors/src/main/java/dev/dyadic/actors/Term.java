package dev.dyadic.actors;

/**
 * A dictionary entry that words in a sentence can match.
 *
 * @param kind   what the words name
 * @param code   country code ("CHN"), organisation code ("IGOUNO"), sector code ("GOV") or a named actor's code
 * @param sector for metonyms, the sector they stand for ("GOV" for "the Kremlin"); for sector words their sector
 * @param entry  the words as written in the dictionary
 * @param office for titles ("foreign minister"), the office they name; otherwise {@code null}
 * @param actor  for named actors ("Qin Gang", "Hamas"), their entry; otherwise {@code null}
 */
public record Term(Kind kind, String code, String sector, String entry, Offices.Office office, ActorEntry actor) {

    public enum Kind {
        /** "China", "People's Republic of China". */
        COUNTRY,
        /** "Chinese", "Sino". */
        ADJECTIVE,
        /** "Beijing", "the Kremlin": a capital or seat standing for a government. */
        METONYM,
        /** "United Nations", "NATO". */
        ORGANISATION,
        /** "foreign minister", "troops": an agent word that gives a sector (and for titles, an office). */
        SECTOR,
        /** "Qin Gang", "Hamas": an actor of the actor files, with dated roles. */
        NAMED,
        /** "Xinhua", "Asian Games": words that never make an actor (news media as sources, sports events). */
        NOT_ACTOR
    }

    public Term(Kind kind, String code, String sector, String entry) {
        this(kind, code, sector, entry, null, null);
    }

    public boolean namesCountry() {
        return kind == Kind.COUNTRY || kind == Kind.ADJECTIVE || kind == Kind.METONYM;
    }
}
