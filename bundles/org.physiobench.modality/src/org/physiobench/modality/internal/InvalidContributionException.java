package org.physiobench.modality.internal;

/** A contribution breaks the schema or its contract; the message says how, for the log. */
final class InvalidContributionException extends Exception {

    private static final long serialVersionUID = 1L;

    InvalidContributionException(String message) {
        super(message);
    }

    InvalidContributionException(String message, Throwable cause) {
        super(message, cause);
    }
}
