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

    /** The country of the role: the first three letters of its code. */
    public String country() {
        return code.substring(0, 3);
    }
}
