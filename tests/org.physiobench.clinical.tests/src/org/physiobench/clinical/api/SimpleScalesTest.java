package org.physiobench.clinical.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.physiobench.clinical.api.BuiltInInstruments.number;
import static org.physiobench.clinical.api.BuiltInInstruments.repeat;
import static org.physiobench.clinical.api.BuiltInInstruments.score;

import org.junit.jupiter.api.Test;

/** NPRS (the number), RMDQ (count of statements ticked), PSFS (mean of 1-5 activities). */
class SimpleScalesTest {

    @Test
    void nprsIsTheNumber() {
        ScoreResult result = score("nprs", "7");
        assertEquals(number("7"), result.score());
        assertNull(result.band());
        assertTrue(result.subscores().isEmpty());
    }

    @Test
    void nprsRangeIsZeroToTen() {
        assertEquals(number("0"), score("nprs", "0").score());
        assertEquals(number("10"), score("nprs", "10").score());
        assertThrows(InvalidAnswersException.class, () -> score("nprs", "11"));
        assertThrows(InvalidAnswersException.class, () -> score("nprs", "-1"));
    }

    @Test
    void nprsUnansweredHasNoScore() {
        assertFalse(score("nprs", "-").isValid());
    }

    @Test
    void rmdqCountsTheStatementsTicked() {
        assertEquals(number("12"), score("rmdq", repeat("1", 12) + "," + repeat("0", 12)).score());
        assertEquals(number("24"), score("rmdq", repeat("1", 24)).score());
        assertEquals(number("0"), score("rmdq", repeat("0", 24)).score());
    }

    @Test
    void rmdqNeedsAllTwentyFourStatements() {
        InvalidAnswersException error = assertThrows(InvalidAnswersException.class,
                () -> score("rmdq", repeat("1", 23)));
        assertEquals("rmdq: 23 answers given, but 24 expected (write - for an unanswered item)", error.getMessage());
    }

    @Test
    void rmdqStatementsAreYesOrNo() {
        assertThrows(InvalidAnswersException.class, () -> score("rmdq", "2," + repeat("0", 23)));
    }

    @Test
    void psfsIsTheMeanOfTheActivitiesRated() {
        assertEquals(number("7.0"), score("psfs", "7,8,6").score());
        assertEquals(number("3.7"), score("psfs", "3,4,4").score()); // 11 / 3 = 3.67
        assertEquals(number("5.5"), score("psfs", "5,6").score());
        assertEquals(number("4.0"), score("psfs", "4").score());
        assertEquals(number("6.0"), score("psfs", "2,4,6,8,10").score());
    }

    @Test
    void psfsTakesOneToFiveActivities() {
        InvalidAnswersException error = assertThrows(InvalidAnswersException.class,
                () -> score("psfs", "1,2,3,4,5,6"));
        assertEquals("psfs: 6 answers given, but 1-5 expected (write - for an unanswered item)", error.getMessage());
        assertThrows(InvalidAnswersException.class, () -> score("psfs", "11"));
    }

    @Test
    void rmdqShipsTheTwentyFourStatementsAsPublished() {
        Instrument rmdq = BuiltInInstruments.get("rmdq");
        assertEquals(24, rmdq.items().size());
        rmdq.items().forEach(item -> assertTrue(item.text() != null && !item.text().isBlank(), "item " + item.number()));
        assertEquals("I stay at home most of the time because of my back.", rmdq.items().get(0).text());
        assertEquals("My back is painful almost all the time.", rmdq.items().get(12).text());
        assertEquals("I have trouble putting on my socks (or stockings) because of the pain in my back.",
                rmdq.items().get(15).text());
        assertEquals("I stay in bed most of the time because of my back.", rmdq.items().get(23).text());
        assertEquals("Stays at home more because of the back", rmdq.items().get(0).label(), "the short label stays");
    }
}
