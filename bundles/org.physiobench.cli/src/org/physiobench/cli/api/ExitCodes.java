package org.physiobench.cli.api;

/** The exit codes of {@code physiobench} subcommands, as documented in its help. */
public final class ExitCodes {

    /** Done; in batch mode also when some lines were answered with an error object. */
    public static final int OK = 0;

    /** An installed instrument could not be used (a broken plug-in; details in the log) or another failure. */
    public static final int FAILURE = 1;

    /** Invalid input or usage: a one-line message on standard error, nothing on standard output. */
    public static final int INVALID_INPUT = 2;

    /**
     * The store (or a backup file) has problems: {@code verify} found an unreadable record, a
     * broken audit chain or a wrong schema; {@code restore} refused a damaged backup;
     * {@code patients} met rows it could not read. Distinct from 1 so that a scheduled check
     * can tell "the data is damaged" from "the check could not run".
     */
    public static final int PROBLEMS_FOUND = 3;

    private ExitCodes() {
    }
}
