package org.physiobench.clinical.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswersTest {

    @Test
    void readsCommaSeparatedAnswersWithDashForSkipped() {
        assertEquals(Arrays.asList(3, 2, null, 4), Answers.parse("3,2,-,4"));
        assertEquals(Arrays.asList(3, 2), Answers.parse(" 3 , 2 "));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "3,a,1   | answer 2 'a' is not a whole number",
        "3,2.5   | answer 2 '2.5' is not a whole number",
        "3,,1    | answer 2 is empty",
        "'   '   | no answers given",
        "3,      | answer 2 is empty" })
    void namesTheAnswerThatIsNotANumber(String text, String message) {
        InvalidAnswersException error = assertThrows(InvalidAnswersException.class, () -> Answers.parse(text));
        assertTrue(error.getMessage().contains(message), error.getMessage());
    }
}
