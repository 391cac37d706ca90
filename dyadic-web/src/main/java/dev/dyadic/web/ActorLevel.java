package dev.dyadic.web;

import java.util.LinkedHashSet;
import java.util.Set;

/** How finely the dashboard tells actors apart: by country, or by whole code (country and sectors). */
enum ActorLevel {
    /**
     * "CHNGOV" and "CHNMIL" are both "CHN"; organisations and other actors that are not states keep their whole code
     * ("IGOUNO", "IGOEUREEC"), since the first three letters only say what kind they are.
     */
    COUNTRY,
    /** the whole code: "CHNGOV" */
    CODE;

    private static final Set<String> NOT_STATES = Set.of("IGO", "NGO", "MNC", "NGM", "UIS");

    /** Whether the code's first three letters are a state's ("CHNGOV"), not a kind of actor ("IGOUNO", "NGO..."). */
    static boolean isState(String code) {
        return code.length() >= 3 && !NOT_STATES.contains(code.substring(0, 3));
    }

    /** The actor keys of a stored code at this level: "ISR+PSEREB" -> ISR, PSE; {@code null} -> none. */
    Set<String> keys(String code) {
        Set<String> out = new LinkedHashSet<>();
        if (code == null || code.isBlank()) {
            return out;
        }
        for (String part : code.split("\\+")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            out.add(this == CODE || p.length() <= 3 || !isState(p) ? p : p.substring(0, 3));
        }
        return out;
    }
}
