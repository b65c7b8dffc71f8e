package org.physiobench.clinical.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.physiobench.clinical.api.BuiltInInstruments.get;
import static org.physiobench.clinical.api.BuiltInInstruments.number;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Answers keyed by item id, as records keep them, scored like answers in item order. */
class RecordedAnswersTest {

    @Test
    void itemIdsAreInstrumentAndNumber() {
        assertEquals("odi-3", RecordedAnswers.itemId("odi", 3));
    }

    @Test
    void keyedOdiAnswersWithASkippedSectionScoreTheWorkedExample() {
        Map<String, Integer> answers = new HashMap<>();
        int[] values = { 3, 2, 2, 1, 2, 1, 2, 1, 2 };
        for (int section = 1; section <= 9; section++) {
            answers.put(RecordedAnswers.itemId("odi", section), values[section - 1]);
        }
        answers.put("odi-10", null);
        Instrument odi = get("odi");
        List<Integer> ordered = RecordedAnswers.inItemOrder(odi, answers);
        assertEquals(Arrays.asList(3, 2, 2, 1, 2, 1, 2, 1, 2, null), ordered);
        assertEquals(number("35.6"), odi.score(ordered).score(), "16 / 45 = 35.6 %");
    }

    @Test
    void missingItemsAreUnansweredAndTrailingOptionalOnesLeftOut() {
        Instrument psfs = get("psfs");
        List<Integer> ordered = RecordedAnswers.inItemOrder(psfs, Map.of("psfs-1", 4, "psfs-2", 6));
        assertEquals(List.of(4, 6), ordered);
        assertEquals(number("5.0"), psfs.score(ordered).score());
        assertEquals(Arrays.asList(null, null, null, null, null, null, null, null, null, null),
                RecordedAnswers.inItemOrder(get("odi"), Map.of()));
    }

    @Test
    void anAnswerToAnotherInstrumentsItemIsAnError() {
        InvalidAnswersException error = assertThrows(InvalidAnswersException.class,
                () -> RecordedAnswers.inItemOrder(get("odi"), Map.of("nprs-1", 3)));
        assertEquals("odi: 'nprs-1' is not one of its items", error.getMessage());
    }

    @Test
    void bandLabelsComeFromTheDefinitionOrAreTheGroupId() {
        assertEquals("Moderate disability", RecordedAnswers.bandLabel(get("odi"), null, "moderate"));
        assertEquals("Poorer return-to-work prognosis if acute occupational LBP (W above 29)",
                RecordedAnswers.bandLabel(get("fabq"), "work", "elevated"));
        assertEquals("medium", RecordedAnswers.bandLabel(get("startback"), null, "medium"));
    }
}
