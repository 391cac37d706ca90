package dev.dyadic.search;

/** A failure of the article index: a folder that cannot be used as an index, an index in use, a bad query, an I/O error. */
public final class SearchException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SearchException(String message) {
        super(message);
    }

    public SearchException(String message, Throwable cause) {
        super(message, cause);
    }
}
