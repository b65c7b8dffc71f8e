package org.physiobench.cli.api;

import java.io.BufferedReader;
import java.io.PrintStream;

/** Where a subcommand reads requests (batch mode) and writes results and messages. */
public record Io(BufferedReader in, PrintStream out, PrintStream err) {
}
