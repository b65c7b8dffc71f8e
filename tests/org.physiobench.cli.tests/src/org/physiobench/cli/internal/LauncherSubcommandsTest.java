package org.physiobench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * The product's launcher script starts the headless command line only for the subcommands it
 * lists; any other first argument opens the workbench (and fails without a display). A built-in
 * subcommand missing from that list works in tests and nowhere else, so the list is checked
 * against {@link CommandLine#builtInNames()}.
 */
class LauncherSubcommandsTest {

    /** The launcher in the source tree, from this test bundle's folder (the tests' working directory). */
    private static final Path LAUNCHER = Path.of("..", "..", "features", "org.physiobench.feature", "rootfiles",
            "physiobench");

    @Test
    void theLauncherRunsEveryBuiltInSubcommandHeadless() throws IOException {
        String script = Files.readString(LAUNCHER);
        Matcher headless = Pattern.compile("(?m)^\\s*(score\\|[^)]*)\\)").matcher(script);
        assertTrue(headless.find(), "the launcher's case of headless subcommands");
        Set<String> listed = Arrays.stream(headless.group(1).split("\\|")).map(String::strip).collect(Collectors.toSet());
        List<String> missing = CommandLine.builtInNames().stream().filter(name -> !listed.contains(name)).toList();
        assertTrue(missing.isEmpty(), "not started headless by the launcher: " + missing);
    }
}
