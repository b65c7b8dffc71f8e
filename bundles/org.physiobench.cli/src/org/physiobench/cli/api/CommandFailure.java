package org.physiobench.cli.api;

/**
 * A subcommand could not do its work for a reason that has its own exit code (the store cannot
 * be opened, a backup is damaged): the command line prints the message as one line on
 * standard error and exits with {@link #exitCode()}; nothing goes to standard output.
 */
public final class CommandFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    public CommandFailure(String message, int exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
