package org.physiobench.clinical.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.physiobench.clinical.api.BuiltInInstruments.number;
import static org.physiobench.clinical.api.BuiltInInstruments.score;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ODI v2.1a: sum / (5 x sections answered) x 100, bands after Fairbank &amp; Pynsent 2000. */
class OdiScoringTest {

    @Test
    void allSectionsAnsweredIsTheSumOverFifty() {
        ScoreResult result = score("odi", "3,2,2,1,2,1,2,1,1,1");
        assertEquals(number("32.0"), result.score());
        assertEquals("moderate", result.band());
        assertTrue(result.isValid());
    }

    @Test
    void aSkippedSectionLowersTheDenominatorByFive() {
        // The reference's worked example: 16 points over 9 sections = 16 / 45 = 35.6 %.
        ScoreResult result = score("odi", "3,2,2,1,2,1,2,1,2,-");
        assertEquals(number("35.6"), result.score());
        assertEquals("moderate", result.band());
    }

    @Test
    void theSkippedSectionMayBeAnyOne() {
        assertEquals(number("35.6"), score("odi", "-,3,2,2,1,2,1,2,1,2").score());
    }

    @Test
    void twoSkippedSectionsMakeTheScoreInvalid() {
        ScoreResult result = score("odi", "3,2,2,1,2,1,2,1,-,-");
        assertFalse(result.isValid());
        assertNull(result.score());
        assertNull(result.band());
        assertEquals("2 items unanswered, at most 1 may be", result.reason());
    }

    @ParameterizedTest(name = "{0} -> {1} % {2}")
    @CsvSource({
        "0,0,0,0,0,0,0,0,0,0, 0.0, minimal",
        "2,2,2,2,2,0,0,0,0,0, 20.0, minimal",
        "2,2,2,2,2,1,0,0,0,0, 22.0, moderate",
        "4,4,4,4,4,0,0,0,0,0, 40.0, moderate",
        "4,4,4,4,4,1,0,0,0,0, 42.0, severe",
        "5,5,5,5,5,5,0,0,0,0, 60.0, severe",
        "5,5,5,5,5,5,1,0,0,0, 62.0, crippled",
        "5,5,5,5,5,5,5,5,0,0, 80.0, crippled",
        "5,5,5,5,5,5,5,5,1,0, 82.0, bed-bound",
        "5,5,5,5,5,5,5,5,5,5, 100.0, bed-bound" })
    void bandBoundaries(String a1, String a2, String a3, String a4, String a5, String a6, String a7, String a8,
            String a9, String a10, String expected, String band) {
        ScoreResult result = score("odi", String.join(",", a1, a2, a3, a4, a5, a6, a7, a8, a9, a10));
        assertEquals(number(expected), result.score());
        assertEquals(band, result.band());
    }

    @Test
    void aFractionalScoreJustAboveABandLimitIsInTheNextBand() {
        // 10 / 45 = 22.2 %: above 20, so moderate (bands are "up to and including").
        ScoreResult result = score("odi", "2,2,2,2,2,0,0,0,0,-");
        assertEquals(number("22.2"), result.score());
        assertEquals("moderate", result.band());
        // 9 / 45 = 20.0 % exactly: still minimal.
        assertEquals("minimal", score("odi", "2,2,2,2,1,0,0,0,0,-").band());
    }

    @Test
    void roundsHalfUpToOneDecimal() {
        assertEquals(number("17.8"), score("odi", "2,2,2,2,0,0,0,0,0,-").score()); // 8 / 45 = 17.78
        assertEquals(number("2.2"), score("odi", "1,0,0,0,0,0,0,0,0,-").score()); // 1 / 45 = 2.22
    }

    @Test
    void bandIdsStayFairbanksWhileLabelsAreRespectful() {
        assertEquals("crippled", score("odi", "5,5,5,5,5,5,1,0,0,0").band());
        assertEquals("bed-bound", score("odi", "5,5,5,5,5,5,5,5,1,0").band());
        Instrument odi = BuiltInInstruments.get("odi");
        assertEquals("Very severe disability", RecordedAnswers.bandLabel(odi, null, "crippled"));
        assertEquals("Extreme disability (may be bed-bound)", RecordedAnswers.bandLabel(odi, null, "bed-bound"));
        for (Band band : odi.bands()) {
            String label = band.label().toLowerCase(java.util.Locale.ROOT);
            assertFalse(label.contains("crippled") || label.contains("exaggerat"), band.label());
        }
    }
}
