package org.physiobench.product.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.physiobench.product.tests.support.InstalledProduct;
import org.physiobench.product.tests.support.ProcessResult;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code --batch}: one request per line in, one JSON object per line out; a bad line does not stop the rest. */
class BatchTest {

    private final InstalledProduct product = InstalledProduct.fromSystemProperty();

    @Test
    void scoreBatchAnswersEveryLineAndReportsTheBadOnes() {
        String input = """
                nprs 7
                odi 3,2,2,1,2,1,2,1,2,-
                odi 3,2,9
                nosuch 1,2
                startback 0,0,0,0,1,1,1,0,3
                nprs x
                psfs 7,8,6
                """;
        ProcessResult result = product.runWithInput(input, "score", "--batch");
        assertEquals(0, result.exitCode(), result::toString);
        List<JsonNode> lines = result.jsonLines();
        assertEquals(7, lines.size(), result.stdout());
        assertEquals(7, lines.get(0).get("score").intValue());
        assertEquals(35.6, lines.get(1).get("score").doubleValue());
        assertTrue(lines.get(2).get("error").asText().contains("3 answers given, but 10 expected"), lines.get(2).toString());
        assertTrue(lines.get(3).get("error").asText().contains("unknown instrument 'nosuch'"), lines.get(3).toString());
        assertEquals("high", lines.get(4).get("band").asText());
        assertTrue(lines.get(5).get("error").asText().contains("not a whole number"), lines.get(5).toString());
        assertEquals(7.0, lines.get(6).get("score").doubleValue());
        for (int good : new int[] { 0, 1, 4, 6 }) {
            assertFalse(lines.get(good).has("error"), lines.get(good).toString());
        }
    }

    @Test
    void changeBatch() {
        String input = """
                nprs 7 4
                nprs 7
                psfs 3,4,4 6,7,7
                """;
        ProcessResult result = product.runWithInput(input, "change", "--batch");
        assertEquals(0, result.exitCode(), result::toString);
        List<JsonNode> lines = result.jsonLines();
        assertEquals(3, lines.size(), result.stdout());
        assertEquals(-3, lines.get(0).get("change").intValue());
        assertTrue(lines.get(1).has("error"), lines.get(1).toString());
        assertTrue(lines.get(2).get("improved").booleanValue());
        assertTrue(lines.get(0).get("reliableChange").booleanValue());
        assertEquals(2, lines.get(2).get("mdc").intValue());
    }
}
