package org.physiobench.cli.api;

import java.util.List;

/** One subcommand of {@code physiobench}, e.g. {@code score}. */
public interface Subcommand {

    /** @return the name typed on the command line */
    String name();

    /** @return the synopsis and explanation shown by {@code physiobench --help} */
    String help();

    /**
     * @param arguments the arguments after the subcommand name
     * @return the exit code
     * @throws UsageException for invalid input (exit code 2)
     */
    int run(List<String> arguments, Io io);
}
