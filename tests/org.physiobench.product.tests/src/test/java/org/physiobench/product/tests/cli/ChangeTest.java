package org.physiobench.product.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.physiobench.product.tests.support.InstalledProduct;
import org.physiobench.product.tests.support.ProcessResult;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code physiobench change} on worked examples. */
class ChangeTest {

    private final InstalledProduct product = InstalledProduct.fromSystemProperty();

    private JsonNode change(String instrument, String baseline, String followUp) {
        ProcessResult result = product.run("change", instrument, baseline, followUp);
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("", result.stderr());
        return result.json();
    }

    @Test
    void nprsSevenToFour() {
        JsonNode json = change("nprs", "7", "4");
        assertEquals("nprs", json.get("instrument").asText());
        assertEquals(7, json.get("baseline").intValue());
        assertEquals(4, json.get("followUp").intValue());
        assertEquals(-3, json.get("change").intValue());
        assertEquals(-42.9, json.get("percentChange").doubleValue());
        assertTrue(json.get("improved").booleanValue());
        assertTrue(json.get("mcidPoints").booleanValue());
        assertTrue(json.get("mcidPercent").booleanValue());
    }

    @Test
    void psfsImprovementIsAnIncreaseAndHasNoPercentMcid() {
        JsonNode json = change("psfs", "3,4,4", "6,7,7");
        assertEquals(3.0, json.get("change").doubleValue());
        assertTrue(json.get("improved").booleanValue());
        assertTrue(json.get("mcidPoints").booleanValue());
        assertTrue(json.get("mcidPercent").isNull(), json.toString());
    }

    @Test
    void startBackDefinesNoMcid() {
        JsonNode json = change("startback", "1,1,1,1,1,1,1,1,4", "0,0,0,0,0,0,0,0,0");
        assertTrue(json.get("mcidPoints").isNull());
        assertTrue(json.get("mcidPercent").isNull());
    }

    @Test
    void worseningIsNotImproved() {
        JsonNode json = change("odi", "1,1,1,1,1,1,1,1,1,1", "3,2,2,1,2,1,2,1,2,-");
        assertEquals(15.6, json.get("change").doubleValue());
        assertFalse(json.get("improved").booleanValue());
        assertFalse(json.get("mcidPoints").booleanValue());
    }

    @Test
    void nprsTwoToOneIsNoReliableChange() {
        JsonNode json = change("nprs", "2", "1");
        assertEquals(-50.0, json.get("percentChange").doubleValue());
        assertFalse(json.get("improved").booleanValue());
        assertFalse(json.get("mcidPercent").booleanValue(), "50 %, but within the MDC");
        assertEquals(2, json.get("mdc").intValue());
        assertFalse(json.get("reliableChange").booleanValue());
    }

    @Test
    void nprsSevenToFourIsReliable() {
        JsonNode json = change("nprs", "7", "4");
        assertEquals(2, json.get("mdc").intValue());
        assertTrue(json.get("reliableChange").booleanValue());
    }

    @Test
    void anInstrumentWithoutMdcHasNullMdcAndReliableChange() {
        JsonNode json = change("startback", "1,1,1,1,1,1,1,1,4", "0,0,0,0,0,0,0,0,0");
        assertTrue(json.has("mdc") && json.get("mdc").isNull(), json.toString());
        assertTrue(json.has("reliableChange") && json.get("reliableChange").isNull(), json.toString());
    }
}
