package dev.dyadic.web;

/** A request the API cannot answer as asked: answered with HTTP 400 and this message. */
final class BadRequest extends RuntimeException {
    BadRequest(String message) {
        super(message);
    }
}
