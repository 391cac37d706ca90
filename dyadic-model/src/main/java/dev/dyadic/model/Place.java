package dev.dyadic.model;

/**
 * Where an event happened.
 *
 * @param name    the place as the text names it ("Hangzhou", "Moscow")
 * @param country ISO 3166-1 alpha-3 code of its country ("CHN"), or {@code null} when unknown
 */
public record Place(String name, String country) {
}
