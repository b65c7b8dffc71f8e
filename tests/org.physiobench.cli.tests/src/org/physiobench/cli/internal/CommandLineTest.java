package org.physiobench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.physiobench.cli.api.Io;

/** Dispatch, exit codes and the stdout/stderr contract, without starting a process. */
class CommandLineTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CommandLine commandLine = new CommandLine(
            FakeInstrument.registry(new FakeInstrument("fake", false), new FakeInstrument("broken", true)),
            () -> {
                throw new IllegalStateException("no modality registry in this test");
            });

    private int run(String input, String... arguments) {
        Io io = new Io(new BufferedReader(new StringReader(input)), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return commandLine.run(arguments, io);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void scoresOnStdoutOnly() {
        assertEquals(0, run("", "score", "fake", "4"));
        assertEquals("{\"instrument\":\"fake\",\"score\":4,\"valid\":true}" + System.lineSeparator(), out());
        assertEquals("", err());
    }

    @Test
    void aBrokenInstrumentPluginExitsWithOne() {
        assertEquals(1, run("", "score", "broken", "4"));
        assertEquals("", out());
        assertEquals("physiobench score: instrument broken is unavailable: test" + System.lineSeparator(), err());
    }

    @Test
    void aBrokenInstrumentInBatchIsAnErrorLine() {
        assertEquals(0, run("broken 4\nfake 2\n", "score", "--batch"));
        String[] lines = out().split("\\R");
        assertEquals("{\"error\":\"instrument broken is unavailable: test\"}", lines[0]);
        assertEquals("{\"instrument\":\"fake\",\"score\":2,\"valid\":true}", lines[1]);
    }

    @Test
    void anEmptyBatchLineIsAnsweredSoLinesStayAligned() {
        assertEquals(0, run("fake 1\n\nfake 3\n", "score", "--batch"));
        String[] lines = out().split("\\R");
        assertEquals(3, lines.length);
        assertEquals("{\"error\":\"empty line\"}", lines[1]);
    }

    @Test
    void batchTakesNoOtherArguments() {
        assertEquals(2, run("", "score", "--batch", "fake", "1"));
        assertEquals("", out());
        assertTrue(err().startsWith("physiobench score: score --batch reads its requests"), err());
    }

    @Test
    void unknownSubcommand() {
        assertEquals(2, run("", "exercises"));
        assertEquals("physiobench exercises: unknown subcommand 'exercises'; see physiobench --help"
                + System.lineSeparator(), err());
        assertEquals("", out());
    }

    @Test
    void noArgumentsShowsHelp() {
        assertEquals(0, run(""));
        assertTrue(out().contains("score <instrument> <answers>"), out());
    }

    @Test
    void subcommandHelpFlag() {
        assertEquals(0, run("", "change", "--help"));
        assertTrue(out().startsWith("change <instrument>"), out());
    }

    @Test
    void instrumentsRejectsUnknownOptions() {
        assertEquals(2, run("", "instruments", "--yaml"));
        assertEquals("", out());
    }

    @Test
    void instrumentsListsContributor() {
        assertEquals(0, run("", "instruments"));
        assertTrue(out().contains("org.example.test"), out());
    }
}
