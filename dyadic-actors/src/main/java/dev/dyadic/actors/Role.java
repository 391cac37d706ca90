package dev.dyadic.actors;

import java.time.LocalDate;

/**
 * An office an actor held, with its dates.
 *
 * @param office the office ({@link Offices}), or {@code null} when the source names none (Phoenix dates a code only)
 * @param title  the office as shown in output ("Foreign Minister", "Premier")
 * @param code   the actor's code while in the office ("CHNGOV")
 * @param from   first day, or {@code null} when unknown
 * @param to     last day, or {@code null} while in office
 */
public record Role(Offices.Office office, String title, String code, LocalDate from, LocalDate to) {

    public boolean heldOn(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    /**
     * Whose office this is: the country (first three letters of the code), or for an international body its whole
     * code, so that the UN's and the AU's Secretaries-General are two offices.
     */
    public String holderKey() {
        String c = country();
        return c.equals("IGO") || c.equals("NGO") || c.equals("IMG") ? code : c;
    }

    /** The country of the role: the first three letters of its code. */
    public String country() {
        return code.substring(0, 3);
    }
}
