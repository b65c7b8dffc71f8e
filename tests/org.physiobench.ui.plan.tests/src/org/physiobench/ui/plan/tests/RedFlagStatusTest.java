package org.physiobench.ui.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.physiobench.clinical.api.RedFlagQuestion;
import org.physiobench.core.api.RedFlagCategory;
import org.physiobench.model.api.Assessment;
import org.physiobench.model.api.AssessmentKind;
import org.physiobench.model.api.ClinicalFactory;
import org.physiobench.model.api.ClinicalRecords;
import org.physiobench.model.api.EpisodeOfCare;
import org.physiobench.model.api.Patient;
import org.physiobench.model.api.RedFlagAnswer;
import org.physiobench.model.api.ScreeningAnswer;
import org.physiobench.plan.api.PatientFindings;
import org.physiobench.plan.api.RedFlagStatus;

/**
 * The one reading of a recorded red-flag screening (AHCPR 1994 via the clinical rules), worked
 * examples: the banners show it, the plan's findings take the answered categories from it.
 */
class RedFlagStatusTest {

    private static final LocalDate ASSESSED = LocalDate.of(2026, 11, 2);

    @Test
    void aYesRaisesItsQuestionsFlagAndTheBannerSaysToRefer() {
        Assessment assessment = assessment(LocalDate.of(1980, 5, 1));
        answer(assessment, "saddle-anaesthesia", null, ScreeningAnswer.YES);
        answer(assessment, "major-trauma", RedFlagCategory.FRACTURE, ScreeningAnswer.NO);

        RedFlagStatus status = RedFlagStatus.of(assessment);

        assertTrue(status.raised());
        assertEquals(OptionalInt.of(46), status.ageYears());
        assertEquals(Set.of(RedFlagQuestion.SADDLE_ANAESTHESIA), status.answeredYes());
        assertEquals("RED FLAGS - refer for medical assessment before treatment\n"
                + "Cauda equina syndrome: Saddle anaesthesia", status.bannerText());
        // the category comes from the checklist's question, also when the record did not store one
        assertEquals(Set.of(RedFlagCategory.CAUDA_EQUINA), status.answeredCategories());
        assertEquals(List.of("Cauda equina syndrome: Saddle anaesthesia"), status.answeredFindings());
    }

    @Test
    void anAgeOver50IsAFlagOfItsOwnButNotAnAnsweredCategory() {
        // born 1975-11-03: 50 on 2026-11-02 is not over 50; born a year earlier: 51 is
        Assessment fifty = assessment(LocalDate.of(1975, 11, 3));
        answer(fifty, "fever-chills", null, ScreeningAnswer.NO);
        assertFalse(RedFlagStatus.of(fifty).raised());

        Assessment fiftyOne = assessment(LocalDate.of(1974, 11, 3));
        answer(fiftyOne, "fever-chills", null, ScreeningAnswer.NO);
        RedFlagStatus status = RedFlagStatus.of(fiftyOne);
        assertTrue(status.raised());
        assertTrue(status.fromAge(RedFlagQuestion.AGE_OVER_50));
        assertEquals("RED FLAGS - refer for medical assessment before treatment\n"
                + "Tumour or infection: Age over 50 (age 51)", status.bannerText());
        assertEquals(Set.of(), status.answeredCategories());
        // the age is no answer: nothing to correct before an assessment may be deleted
        assertEquals(List.of(), status.answeredFindings());
    }

    @Test
    void anAgeQuestionAnsweredYesIsAnAnswerNotTheAgeAlone() {
        Assessment assessment = assessment(LocalDate.of(1960, 1, 1));
        answer(assessment, "age-over-50", RedFlagCategory.TUMOUR_OR_INFECTION, ScreeningAnswer.YES);

        RedFlagStatus status = RedFlagStatus.of(assessment);

        assertFalse(status.fromAge(RedFlagQuestion.AGE_OVER_50));
        assertEquals(Set.of(RedFlagCategory.TUMOUR_OR_INFECTION), status.answeredCategories());
        assertEquals("RED FLAGS - refer for medical assessment before treatment\n"
                + "Tumour or infection: Age over 50", status.bannerText());
        assertEquals(List.of("Tumour or infection: Age over 50"), status.answeredFindings());
    }

    @Test
    void aYesToAnUnknownQuestionIsNeverHidden() {
        Assessment assessment = assessment(LocalDate.of(1990, 1, 1));
        answer(assessment, "legacy-night-sweats", RedFlagCategory.TUMOUR_OR_INFECTION, ScreeningAnswer.YES);
        answer(assessment, "legacy-other", null, ScreeningAnswer.NO);

        RedFlagStatus status = RedFlagStatus.of(assessment);

        assertTrue(status.raised());
        assertEquals(List.of("legacy-night-sweats"),
                status.otherPositive().stream().map(RedFlagAnswer::getQuestionId).toList());
        assertEquals("RED FLAGS - refer for medical assessment before treatment\n"
                + "Tumour or infection: legacy-night-sweats (recorded answer)", status.bannerText());
        assertEquals(List.of("Tumour or infection: legacy-night-sweats (recorded answer)"), status.answeredFindings());
        assertEquals(Set.of(RedFlagCategory.TUMOUR_OR_INFECTION), status.answeredCategories());
    }

    @Test
    void aScreeningOfOnlyUnaskedQuestionsIsNoScreening() {
        Assessment unasked = assessment(LocalDate.of(1990, 1, 1));
        answer(unasked, "saddle-anaesthesia", null, ScreeningAnswer.NOT_ASKED);
        assertFalse(RedFlagStatus.screened(unasked));
        answer(unasked, "foot-drop", null, ScreeningAnswer.NO);
        assertTrue(RedFlagStatus.screened(unasked));
    }

    @Test
    void theLatestScreeningDecidesThePlansRedFlagsAndAnUnaskedOneDoesNotClearThem() {
        Assessment initial = assessment(LocalDate.of(1990, 1, 1));
        answer(initial, "history-of-cancer", null, ScreeningAnswer.YES);
        EpisodeOfCare episode = (EpisodeOfCare) initial.eContainer();
        Patient patient = ClinicalRecords.patientOf(episode).orElseThrow();

        Assessment unasked = ClinicalRecords.newAssessment(episode, AssessmentKind.REASSESSMENT,
                ASSESSED.plusDays(7), "t1");
        answer(unasked, "history-of-cancer", null, ScreeningAnswer.NOT_ASKED);
        assertEquals(Set.of(RedFlagCategory.TUMOUR_OR_INFECTION), PatientFindings.activeRedFlags(patient));

        Assessment cleared = ClinicalRecords.newAssessment(episode, AssessmentKind.REASSESSMENT,
                ASSESSED.plusDays(14), "t1");
        answer(cleared, "history-of-cancer", null, ScreeningAnswer.NO);
        assertEquals(Set.of(), PatientFindings.activeRedFlags(patient));
    }

    private static Assessment assessment(LocalDate birthDate) {
        Patient patient = ClinicalRecords.newPatient("Ada", "Test", birthDate);
        EpisodeOfCare episode = ClinicalRecords.newEpisode(patient, "Low back pain", ASSESSED.minusDays(10));
        return ClinicalRecords.newAssessment(episode, AssessmentKind.INITIAL, ASSESSED, "t1");
    }

    private static void answer(Assessment assessment, String questionId, RedFlagCategory category,
            ScreeningAnswer value) {
        RedFlagAnswer answer = ClinicalFactory.eINSTANCE.createRedFlagAnswer();
        answer.setQuestionId(questionId);
        answer.setCategory(category);
        answer.setAnswer(value);
        assessment.getRedFlagScreening().getAnswers().add(answer);
    }
}
