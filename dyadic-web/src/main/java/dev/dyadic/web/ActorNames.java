package dev.dyadic.web;

import java.util.Map;

/** The name of an actor code, for labels: "CHN" -> "China", "IGOUNO" -> "United Nations". */
@FunctionalInterface
public interface ActorNames {

    /** The name, or {@code null} when the code has none. */
    String nameOf(String code);

    /** Names from a map of codes (a code's own sectors are not looked up). */
    static ActorNames of(Map<String, String> names) {
        Map<String, String> copy = Map.copyOf(names);
        return copy::get;
    }
}
