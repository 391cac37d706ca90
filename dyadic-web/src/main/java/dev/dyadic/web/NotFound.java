package dev.dyadic.web;

/** A request for something the database does not hold: answered with HTTP 404 and this message. */
final class NotFound extends RuntimeException {
    NotFound(String message) {
        super(message);
    }
}
