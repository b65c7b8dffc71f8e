package org.physiobench.cli.api;

/**
 * The command line was called wrongly or with input that cannot be processed (unknown
 * instrument, wrong number of answers, a value out of range, not a number): exit code 2, the
 * message on one line on standard error, nothing on standard output.
 */
public final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
