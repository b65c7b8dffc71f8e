package org.physiobench.store.api;

/**
 * A store operation failed. The message is meant for a person: it names the record, file or
 * database concerned and what went wrong.
 */
public class StoreException extends Exception {

    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
