package org.physiobench.clinical.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.physiobench.clinical.api.BuiltInInstruments.number;
import static org.physiobench.clinical.api.BuiltInInstruments.score;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * STarT Back (Hill et al. 2008): items 1-8 agree = 1, item 9 scores 1 only for very much (3) or
 * extremely (4); psychosocial = items 5-9; total &lt;= 3 low, psychosocial &gt;= 4 high, else medium.
 */
class StartBackScoringTest {

    @ParameterizedTest(name = "item 9 answered {0} scores {1}")
    @CsvSource({ "0, 0", "1, 0", "2, 0", "3, 1", "4, 1" })
    void itemNineScoresOneOnlyForVeryMuchOrExtremely(int bothersomeness, int itemScore) {
        ScoreResult result = score("startback", "0,0,0,0,0,0,0,0," + bothersomeness);
        assertEquals(number(String.valueOf(itemScore)), result.score());
        assertEquals(number(String.valueOf(itemScore)), result.subscores().get("psychosocial"));
    }

    @ParameterizedTest(name = "{0} -> total {1}, psychosocial {2}, {3}")
    @CsvSource(delimiter = '|', value = {
        "0,0,0,0,0,0,0,0,0 | 0 | 0 | low",
        "1,1,1,0,0,0,0,0,2 | 3 | 0 | low",
        "0,0,0,0,1,1,1,0,2 | 3 | 3 | low",       // psychosocial 3 but total 3: low
        "1,1,1,0,0,0,0,0,3 | 4 | 1 | medium",    // item 9 'very much' tips the total to 4
        "1,0,0,0,1,1,1,0,0 | 4 | 3 | medium",
        "1,1,1,1,1,1,1,0,2 | 7 | 3 | medium",
        "0,0,0,0,1,1,1,1,0 | 4 | 4 | high",
        "0,0,0,0,1,1,1,0,3 | 4 | 4 | high",
        "1,1,1,1,1,1,1,1,4 | 9 | 5 | high" })
    void riskGroups(String answers, String total, String psychosocial, String group) {
        ScoreResult result = score("startback", answers);
        assertEquals(number(total), result.score());
        assertEquals(number(psychosocial), result.subscores().get("psychosocial"));
        assertEquals(group, result.band());
    }

    @Test
    void groupRuleCoversEveryPossibleCombination() {
        for (int total = 0; total <= 9; total++) {
            for (int psychosocial = 0; psychosocial <= Math.min(total, 5); psychosocial++) {
                StartBackGroup expected = total <= 3 ? StartBackGroup.LOW
                        : psychosocial >= 4 ? StartBackGroup.HIGH : StartBackGroup.MEDIUM;
                assertEquals(expected, StartBackGroup.of(total, psychosocial), total + "/" + psychosocial);
            }
        }
    }

    @Test
    void itemsOneToEightAcceptOnlyZeroOrOne() {
        InvalidAnswersException error = assertThrows(InvalidAnswersException.class,
                () -> score("startback", "0,2,0,0,0,0,0,0,0"));
        assertEquals("startback: item 2 is 2, but must be 0-1", error.getMessage());
    }

    @Test
    void itemNineAcceptsZeroToFour() {
        InvalidAnswersException error = assertThrows(InvalidAnswersException.class,
                () -> score("startback", "0,0,0,0,0,0,0,0,5"));
        assertTrue(error.getMessage().contains("item 9 is 5, but must be 0-4"), error.getMessage());
    }

    @Test
    void noItemMayBeSkipped() {
        ScoreResult result = score("startback", "0,0,0,0,0,0,0,0,-");
        assertEquals("1 item unanswered, at most 0 may be", result.reason());
    }
}
