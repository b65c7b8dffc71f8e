package org.physiobench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.physiobench.cli.api.CommandFailure;
import org.physiobench.cli.api.ExitCodes;
import org.physiobench.cli.api.Io;

/**
 * The extension point org.physiobench.cli.subcommands with the store subcommands of
 * org.physiobench.cli.store and the broken contributions of this fragment (fragment.xml).
 */
class ContributedSubcommandsTest {

    private final List<IStatus> logged = new ArrayList<>();
    private final ContributedSubcommands source = ContributedSubcommands.read(RegistryFactory.getRegistry(),
            CommandLine.builtInNames(), new RecordingLog());

    @Test
    void storeSubcommandsAreContributedInHelpOrderAndATakenNameIsSkipped() {
        List<String> names = source.names();
        assertEquals(List.of("patients", "demo", "verify", "backup", "restore"),
                names.stream().filter(name -> !name.startsWith("test-")).toList());
        assertEquals(1, logged.size(), logged.toString());
        assertTrue(logged.get(0).getMessage().contains("'score' is taken already"), logged.toString());
        assertTrue(logged.get(0).getMessage().contains("brokenSubcommands"), logged.toString());
    }

    @Test
    void aContributedSubcommandIsCreatedWhenAsked() {
        assertEquals("verify", source.find("verify").orElseThrow().name());
        assertTrue(source.find("no-such-subcommand").isEmpty());
    }

    @Test
    void aMissingClassIsLoggedWithItsPlugInAndFailsOnlyThatSubcommand() {
        CommandFailure failure = assertThrows(CommandFailure.class, () -> source.find("test-missing-class"));
        assertEquals(ExitCodes.FAILURE, failure.exitCode());
        String message = logged.get(logged.size() - 1).getMessage();
        assertTrue(message.contains("cannot be created") && message.contains("plug-in org.physiobench.cli"), message);
    }

    @Test
    void aClassOfTheWrongTypeOrNameIsRefused() {
        assertThrows(CommandFailure.class, () -> source.find("test-wrong-type"));
        assertTrue(logged.get(logged.size() - 1).getMessage().contains("java.lang.Object is no"), logged.toString());
        assertThrows(CommandFailure.class, () -> source.find("test-misnamed"));
        assertTrue(logged.get(logged.size() - 1).getMessage().contains("calls itself 'verify'"), logged.toString());
    }

    @Test
    void theCommandLineReportsABrokenSubcommandOnOneLineAndHelpStillWorks() {
        CommandLine commandLine = new CommandLine(FakeInstrument.registry(), () -> null, source);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Io io = new Io(new BufferedReader(new StringReader("")), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals(ExitCodes.FAILURE, commandLine.run(new String[] { "test-wrong-type" }, io));
        String error = err.toString(StandardCharsets.UTF_8);
        assertTrue(error.startsWith("physiobench test-wrong-type: subcommand 'test-wrong-type' is installed but broken"),
                error);
        assertEquals(1, error.lines().count(), error);
        assertEquals("", out.toString(StandardCharsets.UTF_8));

        assertEquals(ExitCodes.OK, commandLine.run(new String[] { "help" }, io));
        String help = out.toString(StandardCharsets.UTF_8);
        assertTrue(help.contains("restore <file> [--replace]") && !help.contains("test-wrong-type"), help);
    }

    /** Keeps what the reader logs, so the tests can check what it names. */
    private final class RecordingLog implements ILog {
        @Override
        public void log(IStatus status) {
            logged.add(status);
        }

        @Override
        public Bundle getBundle() {
            return FrameworkUtil.getBundle(ContributedSubcommandsTest.class);
        }

        @Override
        public void addLogListener(ILogListener listener) {
            // nothing listens to this log
        }

        @Override
        public void removeLogListener(ILogListener listener) {
            // nothing listens to this log
        }
    }
}
