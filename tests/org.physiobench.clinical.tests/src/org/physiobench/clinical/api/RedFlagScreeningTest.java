package org.physiobench.clinical.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.physiobench.core.api.RedFlagCategory;

/** Red flags after AHCPR 1994: each "yes" raises its category with "refer before treatment". */
class RedFlagScreeningTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "saddle-anaesthesia, cauda-equina",
        "bladder-bowel-dysfunction, cauda-equina",
        "progressive-neurological-deficit, cauda-equina",
        "foot-drop, cauda-equina",
        "major-trauma, fracture",
        "minor-trauma-older-or-osteoporotic, fracture",
        "prolonged-corticosteroids, fracture",
        "age-over-50, tumour-infection",
        "age-under-20, tumour-infection",
        "history-of-cancer, tumour-infection",
        "fever-chills, tumour-infection",
        "unexplained-weight-loss, tumour-infection",
        "recent-bacterial-infection, tumour-infection",
        "iv-drug-use, tumour-infection",
        "immunosuppression, tumour-infection",
        "pain-worse-lying-down, tumour-infection",
        "severe-night-pain, tumour-infection" })
    void eachQuestionRaisesItsCategory(String questionId, String categoryId) {
        RedFlagScreening.Result result = RedFlagScreening.screen(Map.of(questionId, true), OptionalInt.empty());
        assertEquals(1, result.flags().size());
        RedFlag flag = result.flags().get(0);
        assertEquals(questionId, flag.question().id());
        assertEquals(categoryId, flag.category().id());
        assertEquals(RedFlagAction.REFER_BEFORE_TREATMENT, flag.action());
        assertTrue(result.referralRequired());
    }

    @Test
    void everyQuestionIsCovered() {
        assertEquals(17, RedFlagQuestion.values().length, "update eachQuestionRaisesItsCategory with new questions");
    }

    @Test
    void noAnswersYesNoFlags() {
        Map<String, Boolean> answers = new HashMap<>();
        for (RedFlagQuestion question : RedFlagQuestion.values()) {
            answers.put(question.id(), false);
        }
        RedFlagScreening.Result result = RedFlagScreening.screen(answers, OptionalInt.of(35));
        assertTrue(result.flags().isEmpty());
        assertFalse(result.referralRequired());
    }

    @Test
    void ageFlagsAreDerivedFromTheAge() {
        assertTrue(RedFlagScreening.screen(Map.of(), OptionalInt.of(50)).flags().isEmpty());
        assertEquals(List.of(RedFlagQuestion.AGE_OVER_50), questions(RedFlagScreening.screen(Map.of(), OptionalInt.of(51))));
        assertTrue(RedFlagScreening.screen(Map.of(), OptionalInt.of(20)).flags().isEmpty());
        assertEquals(List.of(RedFlagQuestion.AGE_UNDER_20), questions(RedFlagScreening.screen(Map.of(), OptionalInt.of(19))));
    }

    @Test
    void flagsOfSeveralCategoriesAreAllReported() {
        RedFlagScreening.Result result = RedFlagScreening.screen(
                Map.of("foot-drop", true, "major-trauma", true, "fever-chills", false), OptionalInt.empty());
        assertEquals(Set.of(RedFlagCategory.CAUDA_EQUINA, RedFlagCategory.FRACTURE), result.categories());
    }

    @Test
    void anUnknownQuestionIsAnErrorNotIgnored() {
        InvalidAnswersException error = assertThrows(InvalidAnswersException.class,
                () -> RedFlagScreening.screen(Map.of("saddle-anesthesia", true), OptionalInt.empty()));
        assertEquals("unknown red-flag question 'saddle-anesthesia'", error.getMessage());
    }

    @Test
    void aNegativeAgeIsAnError() {
        assertThrows(InvalidAnswersException.class, () -> RedFlagScreening.screen(Map.of(), OptionalInt.of(-1)));
    }

    private static List<RedFlagQuestion> questions(RedFlagScreening.Result result) {
        return result.flags().stream().map(RedFlag::question).toList();
    }
}
