package org.physiobench.product.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.physiobench.product.tests.support.InstalledProduct;
import org.physiobench.product.tests.support.ProcessResult;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code physiobench instruments [--json]} and {@code --help}. */
class InstrumentsAndHelpTest {

    private static final List<String> BUILT_IN = List.of("fabq", "nprs", "odi", "psfs", "rmdq", "startback");

    private final InstalledProduct product = InstalledProduct.fromSystemProperty();

    @Test
    void instrumentsListsTheBuiltInOnes() {
        ProcessResult result = product.run("instruments");
        assertEquals(0, result.exitCode(), result::toString);
        List<String> ids = result.stdout().lines().map(line -> line.split("\\s+")[0]).toList();
        assertEquals(BUILT_IN, ids);
        assertTrue(result.stdout().contains("Oswestry Disability Index"), result.stdout());
    }

    @Test
    void instrumentsAsJson() {
        ProcessResult result = product.run("instruments", "--json");
        assertEquals(0, result.exitCode(), result::toString);
        JsonNode json = result.json();
        assertTrue(json.isArray());
        List<String> ids = new ArrayList<>();
        json.forEach(instrument -> ids.add(instrument.get("id").asText()));
        assertEquals(BUILT_IN, ids);
        JsonNode odi = json.get(BUILT_IN.indexOf("odi"));
        assertEquals(10, odi.get("items").intValue());
        assertEquals("decrease", odi.get("direction").asText());
        assertEquals("org.physiobench.clinical", odi.get("contributor").asText());
        assertEquals(10, odi.get("mcid").get(0).get("points").intValue());
        assertEquals("increase", json.get(BUILT_IN.indexOf("psfs")).get("direction").asText());
    }

    @Test
    void helpExplainsEverySubcommand() {
        ProcessResult result = product.run("--help");
        assertEquals(0, result.exitCode(), result::toString);
        for (String subcommand : List.of("score <instrument> <answers>", "score --batch",
                "change <instrument> <baseline-answers> <follow-up-answers>", "change --batch", "instruments [--json]",
                "Exit codes")) {
            assertTrue(result.stdout().contains(subcommand), subcommand + " in\n" + result.stdout());
        }
        assertEquals(result.stdout(), product.run("help").stdout(), "help and --help say the same");
    }

    @Test
    void helpForOneSubcommand() {
        ProcessResult result = product.run("help", "change");
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.stdout().startsWith("change <instrument>"), result.stdout());
    }
}
