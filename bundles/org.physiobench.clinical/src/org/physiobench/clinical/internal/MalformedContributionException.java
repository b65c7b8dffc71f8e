package org.physiobench.clinical.internal;

/** A contributed instrument definition breaks the schema; the message says where and how. */
final class MalformedContributionException extends Exception {

    private static final long serialVersionUID = 1L;

    MalformedContributionException(String message) {
        super(message);
    }
}
