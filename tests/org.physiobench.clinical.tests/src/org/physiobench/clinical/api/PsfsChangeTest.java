package org.physiobench.clinical.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.physiobench.clinical.api.BuiltInInstruments.get;
import static org.physiobench.clinical.api.BuiltInInstruments.number;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * PSFS change compares only the activities rated at both administrations (the mean of the others
 * would compare different activities); MDC 2 for the mean, 3 for one activity (Stratford 1995).
 */
class PsfsChangeTest {

    private static Map<String, Integer> ratings(Object... nameThenRating) {
        Map<String, Integer> ratings = new LinkedHashMap<>();
        for (int i = 0; i < nameThenRating.length; i += 2) {
            ratings.put((String) nameThenRating[i], (Integer) nameThenRating[i + 1]);
        }
        return ratings;
    }

    @Test
    void anActivityRatedOnlyAtBaselineIsIgnored() {
        // activity 3 (rated 0) is not rated at follow-up: 3,4 -> 6,7, not 2.3 -> 6.5
        ChangeEvaluation evaluation = ChangeEvaluator.evaluate(get("psfs"), Answers.parse("3,4,0"),
                Answers.parse("6,7"));
        Change change = evaluation.score();
        assertEquals(number("3.5"), change.baseline());
        assertEquals(number("6.5"), change.followUp());
        assertEquals(number("3.0"), change.change());
        assertEquals(Boolean.TRUE, change.reliableChange());
        assertTrue(change.responder());
    }

    @Test
    void anActivityNotRatedAtFollowUpIsIgnoredByPosition() {
        Change change = ChangeEvaluator.evaluate(get("psfs"), Answers.parse("3,9,4"), Answers.parse("6,-,7")).score();
        assertEquals(number("3.5"), change.baseline());
        assertEquals(number("6.5"), change.followUp());
    }

    @Test
    void activitiesAreMatchedByTheNamesThePatientGave() {
        ChangeEvaluation evaluation = ChangeEvaluator.evaluateByItemName(get("psfs"),
                ratings("walking", 3, "sitting at work", 4, "lifting", 0),
                ratings("Sitting at work ", 7, "gardening", 9, "walking", 6));
        Change change = evaluation.score();
        assertEquals(number("3.5"), change.baseline(), "walking 3, sitting 4; lifting was not rated again");
        assertEquals(number("6.5"), change.followUp(), "walking 6, sitting 7; gardening is new");
        assertEquals(number("3.0"), change.change());
        assertEquals(number("2"), change.mdc());
    }

    @Test
    void oneActivityInCommonIsJudgedAgainstTheSingleActivityMdc() {
        Change one = ChangeEvaluator.evaluateByItemName(get("psfs"), ratings("walking", 3, "lifting", 2),
                ratings("walking", 5)).score();
        assertEquals(number("2.0"), one.change());
        assertEquals(number("3"), one.mdc());
        assertEquals(Boolean.FALSE, one.reliableChange(), "2 points on one activity is within its MDC of 3");
        assertFalse(one.improved());
        Change two = ChangeEvaluator.evaluate(get("psfs"), Answers.parse("3,2"), Answers.parse("5,4")).score();
        assertEquals(number("2"), two.mdc());
        assertEquals(Boolean.TRUE, two.reliableChange(), "2 points on the mean of two activities is the MDC");
    }

    @Test
    void noActivityInCommonGivesNoChange() {
        ChangeEvaluation evaluation = ChangeEvaluator.evaluateByItemName(get("psfs"), ratings("walking", 3),
                ratings("gardening", 8));
        assertFalse(evaluation.isValid());
        assertEquals("no item answered at both administrations, so there is nothing to compare", evaluation.reason());
    }

    @Test
    void badNamedRatingsAreRefused() {
        InvalidAnswersException range = assertThrows(InvalidAnswersException.class,
                () -> ChangeEvaluator.evaluateByItemName(get("psfs"), ratings("walking", 11), ratings("walking", 5)));
        assertEquals("baseline: psfs: 'walking' is 11, but must be 0-10", range.getMessage());
        InvalidAnswersException twice = assertThrows(InvalidAnswersException.class,
                () -> ChangeEvaluator.evaluateByItemName(get("psfs"), ratings("walking", 3),
                        ratings("walking", 5, " Walking", 6)));
        assertEquals("follow-up: psfs: 'Walking' is named twice", twice.getMessage());
        InvalidAnswersException notPaired = assertThrows(InvalidAnswersException.class,
                () -> ChangeEvaluator.evaluateByItemName(get("nprs"), ratings("pain", 3), ratings("pain", 5)));
        assertTrue(notPaired.getMessage().startsWith("nprs: its items are not named"), notPaired.getMessage());
    }
}
