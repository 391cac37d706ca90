package dev.dyadic.model;

/**
 * A PLOVER 2.0 event type with its optional mode and context.
 *
 * @param type    "CONSULT", "ASSAULT", ...
 * @param mode    "phone", "visit", ... or "" when the code gives none
 * @param context "diplomatic", "military", ... or "" when the code gives none
 */
public record PloverCode(String type, String mode, String context) {
}
