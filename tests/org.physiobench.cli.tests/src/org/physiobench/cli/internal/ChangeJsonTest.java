package org.physiobench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.physiobench.cli.api.Io;
import org.physiobench.clinical.api.Instruments;

/**
 * The JSON of {@code change} and {@code score} on the built-in instruments: the fields of 1.0 in
 * their order, then {@code mdc} and {@code reliableChange} (null where no MDC is defined).
 */
class ChangeJsonTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CommandLine commandLine = new CommandLine(Instruments.registry(), () -> {
        throw new IllegalStateException("no modality registry in this test");
    });

    private String run(String input, String... arguments) {
        Io io = new Io(new BufferedReader(new StringReader(input)), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, commandLine.run(arguments, io), () -> err.toString(StandardCharsets.UTF_8));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8).strip();
    }

    @Test
    void nprsSevenToThreeIsAReliableImprovement() {
        assertEquals("{\"instrument\":\"nprs\",\"baseline\":7,\"followUp\":3,\"change\":-4,\"percentChange\":-57.1,"
                + "\"improved\":true,\"mcidPoints\":true,\"mcidPercent\":true,\"mdc\":2,\"reliableChange\":true,"
                + "\"valid\":true}", run("", "change", "nprs", "7", "3"));
    }

    @Test
    void nprsTwoToOneIsNoReliableChange() {
        assertEquals("{\"instrument\":\"nprs\",\"baseline\":2,\"followUp\":1,\"change\":-1,\"percentChange\":-50,"
                + "\"improved\":false,\"mcidPoints\":false,\"mcidPercent\":false,\"mdc\":2,\"reliableChange\":false,"
                + "\"valid\":true}", run("", "change", "nprs", "2", "1"));
    }

    @Test
    void odiChangeOfEightIsNoReliableChangeAtThirtyPercent() {
        assertEquals("{\"instrument\":\"odi\",\"baseline\":26,\"followUp\":18,\"change\":-8,\"percentChange\":-30.8,"
                + "\"improved\":false,\"mcidPoints\":false,\"mcidPercent\":false,\"mdc\":10,\"reliableChange\":false,"
                + "\"valid\":true}", run("", "change", "odi", "2,2,2,2,1,1,1,1,1,0", "1,1,1,1,1,1,1,1,1,0"));
    }

    @Test
    void anInstrumentWithoutMdcPrintsNulls() {
        assertEquals("{\"instrument\":\"startback\",\"baseline\":9,\"followUp\":0,\"change\":-9,\"percentChange\":-100,"
                + "\"improved\":true,\"mcidPoints\":null,\"mcidPercent\":null,\"mdc\":null,\"reliableChange\":null,"
                + "\"subscores\":{\"psychosocial\":{\"baseline\":5,\"followUp\":0,\"change\":-5,\"percentChange\":-100,"
                + "\"improved\":true,\"mcidPoints\":null,\"mcidPercent\":null,\"mdc\":null,\"reliableChange\":null}},"
                + "\"valid\":true}", run("", "change", "startback", "1,1,1,1,1,1,1,1,4", "0,0,0,0,0,0,0,0,0"));
    }

    @Test
    void anInvalidChangeHasEveryFieldNull() {
        assertEquals("{\"instrument\":\"odi\",\"baseline\":null,\"followUp\":null,\"change\":null,\"percentChange\":null,"
                + "\"improved\":null,\"mcidPoints\":null,\"mcidPercent\":null,\"mdc\":null,\"reliableChange\":null,"
                + "\"valid\":false,\"reason\":\"baseline: 2 items unanswered, at most 1 may be\"}",
                run("", "change", "odi", "3,2,2,1,2,1,2,1,-,-", "1,1,1,1,1,1,1,1,1,1"));
    }

    @Test
    void psfsComparesOnlyActivitiesRatedBothTimes() {
        assertEquals("{\"instrument\":\"psfs\",\"baseline\":3.5,\"followUp\":6.5,\"change\":3,\"percentChange\":85.7,"
                + "\"improved\":true,\"mcidPoints\":true,\"mcidPercent\":null,\"mdc\":2,\"reliableChange\":true,"
                + "\"valid\":true}", run("", "change", "psfs", "3,4,0", "6,7"));
    }

    @Test
    void batchLinesCarryTheNewFieldsToo() {
        String[] lines = run("nprs 2 1\nfabq 6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6 6,5,5,5,5,5,5,6,5,5,5,6,6,6,5,6\n",
                "change", "--batch").split("\\R");
        assertEquals(2, lines.length);
        assertEquals("{\"instrument\":\"nprs\",\"baseline\":2,\"followUp\":1,\"change\":-1,\"percentChange\":-50,"
                + "\"improved\":false,\"mcidPoints\":false,\"mcidPercent\":false,\"mdc\":2,\"reliableChange\":false,"
                + "\"valid\":true}", lines[0]);
        assertEquals("{\"instrument\":\"fabq\",\"baseline\":42,\"followUp\":36,\"change\":-6,\"percentChange\":-14.3,"
                + "\"improved\":true,\"mcidPoints\":false,\"mcidPercent\":null,\"mdc\":null,\"reliableChange\":null,"
                + "\"subscores\":{\"physicalActivity\":{\"baseline\":24,\"followUp\":20,\"change\":-4,"
                + "\"percentChange\":-16.7,\"improved\":true,\"mcidPoints\":true,\"mcidPercent\":null,\"mdc\":null,"
                + "\"reliableChange\":null},\"work\":{\"baseline\":42,\"followUp\":36,\"change\":-6,"
                + "\"percentChange\":-14.3,\"improved\":true,\"mcidPoints\":false,\"mcidPercent\":null,\"mdc\":null,"
                + "\"reliableChange\":null}},\"valid\":true}", lines[1]);
    }

    @Test
    void aFabqWithAVoidWorkSubscaleKeepsPhysicalActivity() {
        assertEquals("{\"instrument\":\"fabq\",\"score\":null,\"subscores\":{\"physicalActivity\":10},"
                + "\"subscoreBands\":{\"physicalActivity\":\"not-elevated\"},\"valid\":false,"
                + "\"reason\":\"an item of subscale work is unanswered\"}",
                run("", "score", "fabq", "6,1,2,3,4,1,2,6,-,4,5,6,6,6,0,6"));
    }

    @Test
    void odiBandIdsAreUnchangedInJson() {
        assertEquals("{\"instrument\":\"odi\",\"score\":62,\"band\":\"crippled\",\"valid\":true}",
                run("", "score", "odi", "5,5,5,5,5,5,1,0,0,0"));
    }
}
