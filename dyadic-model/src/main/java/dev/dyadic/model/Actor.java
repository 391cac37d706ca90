package dev.dyadic.model;

/**
 * A coded actor.
 *
 * @param code    CAMEO-style code: country (3 letters, or IGO) followed by sectors ("CHNGOV", "IGOUNO", "RUS")
 * @param country the 3-letter country code ("CHN"), or "IGO" for international organisations
 * @param sector  sector code ("GOV", "MIL", ...), or "" when only the country is known
 * @param name    the named person or organisation, or {@code null}
 * @param role    the office held, or {@code null}
 * @param text    the words of the sentence that name the actor
 */
public record Actor(String code, String country, String sector, String name, String role, String text) {

    public static Actor of(String country, String sector, String name, String role, String text) {
        String s = sector == null ? "" : sector;
        return new Actor(country + s, country, s, name, role, text);
    }

    /** An actor from a whole code: its first three letters are the country, the rest the sectors ("CHNGOV"). */
    public static Actor ofCode(String code, String name, String role, String text) {
        return new Actor(code, code.substring(0, 3), code.substring(3), name, role, text);
    }
}
