package org.physiobench.cli.internal;

/**
 * A subcommand could not do its work for a reason that has its own exit code (the store cannot
 * be opened, a backup is damaged): {@link CommandLine} prints the message as one line on
 * standard error and exits with {@link #exitCode()}; nothing goes to standard output.
 */
final class CommandFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    CommandFailure(String message, int exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
