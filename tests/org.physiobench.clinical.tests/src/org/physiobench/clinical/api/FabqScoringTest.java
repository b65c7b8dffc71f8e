package org.physiobench.clinical.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.physiobench.clinical.api.BuiltInInstruments.number;
import static org.physiobench.clinical.api.BuiltInInstruments.score;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** FABQ (Waddell 1993): PA = 2+3+4+5, W = 6+7+9+10+11+12+15; 1, 8, 13, 14, 16 unscored. */
class FabqScoringTest {

    @Test
    void subscalesSumTheirItems() {
        // item:      1  2  3  4  5  6  7  8  9 10 11 12 13 14 15 16
        int[] answers = { 6, 1, 2, 3, 4, 1, 2, 6, 3, 4, 5, 6, 6, 6, 0, 6 };
        ScoreResult result = score("fabq", csv(answers));
        assertEquals(number("10"), result.subscores().get("physicalActivity"));
        assertEquals(number("21"), result.subscores().get("work"));
        assertEquals(number("21"), result.score(), "the FABQ score is its work subscale");
        assertNull(result.band(), "the FABQ score itself has no band");
    }

    @Test
    void unscoredItemsDoNotCount() {
        int[] answers = { 6, 0, 0, 0, 0, 0, 0, 6, 0, 0, 0, 0, 6, 6, 0, 6 };
        ScoreResult result = score("fabq", csv(answers));
        assertEquals(number("0"), result.subscores().get("physicalActivity"));
        assertEquals(number("0"), result.subscores().get("work"));
    }

    @Test
    void maximaAreTwentyFourAndFortyTwo() {
        ScoreResult result = score("fabq", BuiltInInstruments.repeat("6", 16));
        assertEquals(number("24"), result.subscores().get("physicalActivity"));
        assertEquals(number("42"), result.subscores().get("work"));
        assertEquals("elevated", result.subscoreBands().get("physicalActivity"));
        assertEquals("elevated", result.subscoreBands().get("work"));
    }

    @Test
    void elevatedAbovePhysicalActivityFourteenAndWorkTwentyNine() {
        // PA 14, W 29: not elevated
        int[] limit = { 0, 4, 4, 3, 3, 5, 5, 0, 5, 4, 4, 4, 0, 0, 2, 0 };
        ScoreResult atLimit = score("fabq", csv(limit));
        assertEquals(number("14"), atLimit.subscores().get("physicalActivity"));
        assertEquals(number("29"), atLimit.subscores().get("work"));
        assertEquals("not-elevated", atLimit.subscoreBands().get("physicalActivity"));
        assertEquals("not-elevated", atLimit.subscoreBands().get("work"));
        // PA 15, W 30: elevated
        int[] above = { 0, 4, 4, 4, 3, 5, 5, 0, 5, 4, 4, 4, 0, 0, 3, 0 };
        ScoreResult aboveLimit = score("fabq", csv(above));
        assertEquals(number("15"), aboveLimit.subscores().get("physicalActivity"));
        assertEquals(number("30"), aboveLimit.subscores().get("work"));
        assertEquals("elevated", aboveLimit.subscoreBands().get("physicalActivity"));
        assertEquals("elevated", aboveLimit.subscoreBands().get("work"));
    }

    private static String csv(int[] answers) {
        return Arrays.stream(answers).mapToObj(String::valueOf).collect(Collectors.joining(","));
    }
}
