package dev.dyadic.actors;

import java.time.LocalDate;
import java.util.List;

/**
 * One named actor of the dictionary: a person, or a group or body with a name.
 *
 * @param name    the name shown in output
 * @param code    the code when no dated role applies
 * @param aliases other names matched in text
 * @param roles   dated offices and codes
 * @param origin  file and line of the entry, for messages
 */
public record ActorEntry(String name, String code, List<String> aliases, List<Role> roles, String origin) {

    public ActorEntry {
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
    }

    /** The role held on that date: of several, the one that started last; {@code null} when none or no date. */
    public Role roleOn(LocalDate date) {
        if (date == null) {
            return null;
        }
        Role best = null;
        for (Role r : roles) {
            if (r.heldOn(date) && (best == null || (r.from() != null && (best.from() == null || r.from().isAfter(best.from()))))) {
                best = r;
            }
        }
        return best;
    }

    /**
     * Whether the entry is likely a person: it has an office, or a name of several words that is no international
     * body's. A guess ("Islamic State" passes), used where a group's one-word name would mislead more ("Fatah").
     */
    public boolean isPerson() {
        return roles.stream().anyMatch(r -> r.office() != null) || name.contains(" ") && !code.startsWith("IGO");
    }

    /** The code on that date: the role's, else the entry's. */
    public String codeOn(LocalDate date) {
        Role r = roleOn(date);
        return r != null ? r.code() : code;
    }
}
