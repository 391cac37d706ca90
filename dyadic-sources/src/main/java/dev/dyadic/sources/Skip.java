package dev.dyadic.sources;

/** Thrown inside the readers when one file or line has to be skipped; the message is shown to the user. */
final class Skip extends Exception {
    private static final long serialVersionUID = 1L;

    Skip(String message) {
        super(message, null, false, false);
    }
}
