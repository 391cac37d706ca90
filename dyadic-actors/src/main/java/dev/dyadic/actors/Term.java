package dev.dyadic.actors;

/**
 * A dictionary entry that words in a sentence can match.
 *
 * @param kind   what the words name
 * @param code   country code ("CHN"), organisation code ("IGOUNO") or sector code ("GOV")
 * @param sector for metonyms, the sector they stand for ("GOV" for "the Kremlin"); otherwise ""
 * @param entry  the entry as written in the dictionary
 */
public record Term(Kind kind, String code, String sector, String entry) {

    public enum Kind {
        /** "China", "People's Republic of China". */
        COUNTRY,
        /** "Chinese", "Sino". */
        ADJECTIVE,
        /** "Beijing", "the Kremlin": a capital or seat standing for a government. */
        METONYM,
        /** "United Nations", "NATO". */
        ORGANISATION,
        /** "foreign minister", "troops": an agent word that gives a sector. */
        SECTOR
    }

    public boolean namesCountry() {
        return kind == Kind.COUNTRY || kind == Kind.ADJECTIVE || kind == Kind.METONYM;
    }
}
