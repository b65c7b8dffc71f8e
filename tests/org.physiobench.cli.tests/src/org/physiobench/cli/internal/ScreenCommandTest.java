package org.physiobench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.physiobench.cli.api.Io;
import org.physiobench.core.api.TriageLevel;

/** {@code physiobench screen}: one JSON object per triage, exit 2 with one line on stderr for bad input. */
class ScreenCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CommandLine commandLine = new CommandLine(FakeInstrument.registry(), () -> {
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
    void caudaEquinaIsAnEmergency() {
        assertEquals(0, run("", "screen", "--age", "44", "saddle-anaesthesia=yes,foot-drop=no"));
        assertEquals("{\"level\":\"emergency\",\"suspected\":[\"cauda-equina\"],\"findings\":[{\"key\":"
                + "\"saddle-anaesthesia\",\"level\":\"emergency\",\"category\":\"cauda-equina\"}],\"action\":\""
                + TriageLevel.EMERGENCY.action() + "\"}" + System.lineSeparator(), out());
        assertEquals("", err());
    }

    @Test
    void anAgeAloneIsAScreenLevelRiskFactorThatSuspectsNothing() {
        assertEquals(0, run("", "screen", "--age", "59"));
        assertEquals("{\"level\":\"screen\",\"suspected\":[],\"findings\":[{\"key\":\"age-over-50\",\"level\":"
                + "\"screen\",\"category\":null}],\"action\":\"" + TriageLevel.SCREEN.action() + "\"}"
                + System.lineSeparator(), out());
    }

    @Test
    void nothingIsNone() {
        assertEquals(0, run("", "screen"));
        assertEquals("{\"level\":\"none\",\"suspected\":[],\"findings\":[],\"action\":\"\"}" + System.lineSeparator(),
                out());
    }

    @Test
    void suspectedIsSortedAndAnswersMaySpreadOverArguments() {
        assertEquals(0, run("", "screen", "major-trauma=yes", "fever-chills=yes,iv-drug-use=yes", "--age", "30"));
        assertTrue(out().startsWith("{\"level\":\"urgent\",\"suspected\":[\"fracture\",\"infection\"],"), out());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
        "saddle-anesthesia=yes ; unknown red-flag finding 'saddle-anesthesia'",
        "foot-drop=maybe ; the answer to 'foot-drop' must be yes, no or unknown, not 'maybe'",
        "age-over-50=yes ; 'age-over-50' is not asked: the age decides it",
        "foot-drop ; 'foot-drop' is not key=yes|no|unknown",
        "foot-drop=yes,foot-drop=no ; 'foot-drop' is answered twice",
        "--verbose ; unknown option --verbose" })
    void badAnswersExitWithTwoAndOneLineOnStderr(String answers, String message) {
        assertEquals(2, run("", "screen", answers));
        assertEquals("", out());
        assertEquals("physiobench screen: " + message + System.lineSeparator(), err());
    }

    @ParameterizedTest(name = "--age {0}")
    @CsvSource({ "-1", "131", "fifty", "50.5" })
    void anAgeThatIsNotAWholeNumberFrom0To130ExitsWithTwo(String age) {
        assertEquals(2, run("", "screen", "--age", age));
        assertEquals("", out());
        assertTrue(err().contains("is not a whole number from 0 to 130"), err());
        assertEquals(1, err().lines().count());
    }

    @Test
    void theAgeBoundariesAre50And20() {
        assertEquals(0, run("50 -\n51 -\n20 -\n19 -\n", "screen", "--batch"));
        String[] lines = out().split("\\R");
        assertTrue(lines[0].startsWith("{\"level\":\"none\""), lines[0]);
        assertTrue(lines[1].startsWith("{\"level\":\"screen\""), lines[1]);
        assertTrue(lines[2].startsWith("{\"level\":\"none\""), lines[2]);
        assertTrue(lines[3].startsWith("{\"level\":\"screen\""), lines[3]);
    }

    @Test
    void aBadBatchLineIsAnErrorLineAndTheRestGoOn() {
        assertEquals(0, run("- history-of-cancer=yes\n200 -\n\n60 history-of-cancer=yes\n- nonsense=yes\n", "screen",
                "--batch"));
        String[] lines = out().split("\\R");
        assertEquals(5, lines.length);
        assertTrue(lines[0].startsWith("{\"level\":\"non-urgent\",\"suspected\":[\"malignancy\"]"), lines[0]);
        assertEquals("{\"error\":\"age 200 is not a whole number from 0 to 130\"}", lines[1]);
        assertEquals("{\"error\":\"empty line\"}", lines[2]);
        assertTrue(lines[3].startsWith("{\"level\":\"urgent\",\"suspected\":[\"malignancy\"]"), lines[3]);
        assertEquals("{\"error\":\"unknown red-flag finding 'nonsense'\"}", lines[4]);
        assertEquals("", err());
    }

    @Test
    void theRulesArePrintedAsTheTableHasThem() {
        assertEquals(0, run("", "screen", "--rules"));
        String[] lines = out().split("\\R");
        assertEquals(8, lines.length);
        assertTrue(lines[0].startsWith("{\"rule\":\"cauda-equina\",\"level\":\"emergency\",\"suspects\":\"cauda-equina\""),
                lines[0]);
        assertTrue(lines[7].contains("\"suspects\":null"), lines[7]);
    }

    @Test
    void theRulesTakeNoOtherArguments() {
        assertEquals(2, run("", "screen", "--rules", "extra"));
        assertEquals("", out());
        assertEquals("physiobench screen: --rules takes no other arguments" + System.lineSeparator(), err());
    }

    @Test
    void theHelpNamesTheSubcommand() {
        assertEquals(0, run("", "--help"));
        assertTrue(out().contains("screen [--age N] [key=yes|no|unknown,...]"), out());
    }
}
