package org.physiobench.product.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.physiobench.product.tests.support.InstalledProduct;
import org.physiobench.product.tests.support.ProcessResult;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code physiobench score} on worked examples, through the real launcher, without a display. */
class ScoreTest {

    private final InstalledProduct product = InstalledProduct.fromSystemProperty();

    private JsonNode score(String instrument, String answers) {
        ProcessResult result = product.run("score", instrument, answers);
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("", result.stderr(), "nothing on stderr for a valid call");
        assertEquals(1, result.stdout().lines().count(), "exactly one JSON object: " + result.stdout());
        return result.json();
    }

    @Test
    void nprs() {
        JsonNode json = score("nprs", "7");
        assertEquals("nprs", json.get("instrument").asText());
        assertEquals(7, json.get("score").intValue());
        assertTrue(json.get("valid").booleanValue());
        assertFalse(json.has("band"), "NPRS has no bands: " + json);
    }

    @Test
    void odiWithASkippedSection() {
        JsonNode json = score("odi", "3,2,2,1,2,1,2,1,2,-");
        assertEquals(35.6, json.get("score").doubleValue());
        assertEquals("moderate", json.get("band").asText());
        assertTrue(json.get("valid").booleanValue());
    }

    @Test
    void odiWithTooManySkippedSectionsIsInvalidNotAnError() {
        JsonNode json = score("odi", "3,2,2,1,2,1,2,1,-,-");
        assertFalse(json.get("valid").booleanValue());
        assertTrue(json.get("score").isNull());
    }

    @Test
    void startBackHighRiskWithPsychosocialSubscore() {
        JsonNode json = score("startback", "0,0,0,0,1,1,1,0,3");
        assertEquals(4, json.get("score").intValue());
        assertEquals(4, json.get("subscores").get("psychosocial").intValue());
        assertEquals("high", json.get("band").asText());
    }

    @Test
    void fabqSubscores() {
        JsonNode json = score("fabq", "6,1,2,3,4,1,2,6,3,4,5,6,6,6,0,6");
        assertEquals(10, json.get("subscores").get("physicalActivity").intValue());
        assertEquals(21, json.get("subscores").get("work").intValue());
    }

    @Test
    void psfsMean() {
        assertEquals(3.7, score("psfs", "3,4,4").get("score").doubleValue());
    }

    @Test
    void rmdqCount() {
        assertEquals(5, score("rmdq", "1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0").get("score").intValue());
    }
}
