package org.physiobench.ui.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.physiobench.clinical.api.RedFlagQuestion;
import org.physiobench.core.api.RedFlagCategory;
import org.physiobench.core.api.TriageLevel;
import org.physiobench.model.api.Assessment;
import org.physiobench.model.api.AssessmentKind;
import org.physiobench.model.api.ClinicalFactory;
import org.physiobench.model.api.ClinicalRecords;
import org.physiobench.model.api.EpisodeOfCare;
import org.physiobench.model.api.MedicalReview;
import org.physiobench.model.api.Patient;
import org.physiobench.model.api.RedFlagAnswer;
import org.physiobench.model.api.ScreeningAnswer;
import org.physiobench.modality.api.ContraindicationVerdict;
import org.physiobench.modality.api.Modalities;
import org.physiobench.plan.api.PlanContraindications;
import org.physiobench.plan.api.RedFlagStatus;

/**
 * The patient's red-flag status, worked examples: graded by the triage table (IFOMPT 2020, GIRFT
 * 2023), persistent across assessments until answered "no" or medically reviewed, the age taken
 * from the birth date. The banners, the Patients list, suggestions and contraindication checks
 * all read it.
 */
class RedFlagStatusTest {

    private static final LocalDate ASSESSED = LocalDate.of(2026, 11, 2);

    @Test
    void suspectedCaudaEquinaIsAnEmergencyWithItsOwnAction() {
        Assessment assessment = assessment(LocalDate.of(1980, 5, 1));
        answer(assessment, "saddle-anaesthesia", null, ScreeningAnswer.YES);
        answer(assessment, "major-trauma", RedFlagCategory.FRACTURE, ScreeningAnswer.NO);

        RedFlagStatus status = RedFlagStatus.of(patientOf(assessment), ASSESSED);

        assertEquals(TriageLevel.EMERGENCY, status.level());
        assertTrue(status.blocksActiveTreatment());
        assertEquals(OptionalInt.of(46), status.ageYears());
        assertEquals(Map.of(RedFlagCategory.CAUDA_EQUINA, TriageLevel.EMERGENCY), status.suspectedLevels());
        assertEquals("EMERGENCY - Same-day emergency assessment (emergency department); no treatment\n"
                + "Cauda equina syndrome: Saddle anaesthesia (numbness around the anus, perineum or genitals)"
                + " (since 2026-11-02)", status.bannerText());
        assertEquals(List.of("Cauda equina syndrome: Saddle anaesthesia (numbness around the anus, perineum or genitals)"),
                status.answeredFindings());
    }

    @Test
    void ageIsARiskFactorFromTheBirthDateNeverARedFlag() {
        // born 1975-11-03: 50 on 2026-11-02 is not over 50; born a year earlier: 51 is
        Assessment fifty = assessment(LocalDate.of(1975, 11, 3));
        answer(fifty, "fever-chills", null, ScreeningAnswer.NO);
        RedFlagStatus atFifty = RedFlagStatus.of(patientOf(fifty), ASSESSED);
        assertEquals(TriageLevel.NONE, atFifty.level());
        assertEquals("", atFifty.bannerText());

        Assessment fiftyOne = assessment(LocalDate.of(1974, 11, 3));
        answer(fiftyOne, "fever-chills", null, ScreeningAnswer.NO);
        RedFlagStatus status = RedFlagStatus.of(patientOf(fiftyOne), ASSESSED);
        assertEquals(TriageLevel.SCREEN, status.level());
        assertFalse(status.blocksActiveTreatment());
        assertTrue(status.fromAge(RedFlagQuestion.AGE_OVER_50));
        assertEquals(Set.of(), status.suspected());
        assertEquals("Risk factor - Screen further and safety-net; treatment proceeds\n"
                + "Risk factor: Age over 50 (age 51)", status.bannerText());
        // the age is no answer: nothing to correct before an assessment may be deleted
        assertEquals(List.of(), status.answeredFindings());
    }

    @Test
    void under20IsARiskFactorAnd20IsNot() {
        Assessment nineteen = assessment(LocalDate.of(2007, 1, 1));
        answer(nineteen, "fever-chills", null, ScreeningAnswer.NO);
        assertEquals(TriageLevel.SCREEN, RedFlagStatus.of(patientOf(nineteen), ASSESSED).level());
        assertTrue(RedFlagStatus.of(patientOf(nineteen), ASSESSED).fromAge(RedFlagQuestion.AGE_UNDER_20));
        Assessment twenty = assessment(LocalDate.of(2006, 11, 2));
        answer(twenty, "fever-chills", null, ScreeningAnswer.NO);
        assertEquals(TriageLevel.NONE, RedFlagStatus.of(patientOf(twenty), ASSESSED).level());
    }

    @Test
    void aLegacyAgeAnswerYieldsToTheBirthDate() {
        Assessment assessment = assessment(LocalDate.of(1990, 1, 1));
        answer(assessment, "age-over-50", RedFlagCategory.TUMOUR_OR_INFECTION, ScreeningAnswer.YES);
        RedFlagStatus status = RedFlagStatus.of(patientOf(assessment), ASSESSED);
        // 36 years old: the recorded "yes" to the old age question is not a finding
        assertEquals(TriageLevel.NONE, status.level());

        Patient noBirthDate = patientOf(assessment);
        noBirthDate.setBirthDate(null);
        RedFlagStatus withoutAge = RedFlagStatus.of(noBirthDate, ASSESSED);
        assertEquals(OptionalInt.empty(), withoutAge.ageYears());
        assertEquals(TriageLevel.SCREEN, withoutAge.level());
    }

    @Test
    void cancerWithAgeOver50IsUrgentMalignancy() {
        Assessment assessment = assessment(LocalDate.of(1960, 1, 1));
        answer(assessment, "history-of-cancer", null, ScreeningAnswer.YES);
        RedFlagStatus status = RedFlagStatus.of(patientOf(assessment), ASSESSED);
        assertEquals(TriageLevel.URGENT, status.level());
        assertEquals(Map.of(RedFlagCategory.MALIGNANCY, TriageLevel.URGENT), status.suspectedLevels());
    }

    @Test
    void aYesToAnUnknownQuestionIsNeverHidden() {
        Assessment assessment = assessment(LocalDate.of(1990, 1, 1));
        answer(assessment, "legacy-night-sweats", RedFlagCategory.TUMOUR_OR_INFECTION, ScreeningAnswer.YES);
        answer(assessment, "legacy-other", null, ScreeningAnswer.NO);

        RedFlagStatus status = RedFlagStatus.of(patientOf(assessment), ASSESSED);

        assertEquals(TriageLevel.NON_URGENT, status.level());
        assertEquals(Set.of("legacy-night-sweats"), status.active().keySet());
        assertEquals("Non-urgent red flag - Medical review (GP) within days; treatment may start with caution;"
                + " re-screen at every visit\n"
                + "Malignancy or infection: legacy-night-sweats (recorded answer) (since 2026-11-02)", status.bannerText());
        // the old combined category still blocks what malignancy or infection blocks
        assertEquals(Map.of(RedFlagCategory.TUMOUR_OR_INFECTION, TriageLevel.NON_URGENT), status.suspectedLevels());
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
    void aYesPersistsAcrossAPartialReScreeningUntilAnsweredNo() {
        Assessment initial = assessment(LocalDate.of(1990, 1, 1));
        answer(initial, "history-of-cancer", null, ScreeningAnswer.YES);
        EpisodeOfCare episode = (EpisodeOfCare) initial.eContainer();
        Patient patient = patientOf(initial);

        // the re-assessment asks only about fever: the earlier "yes" to cancer stays active
        Assessment partial = ClinicalRecords.newAssessment(episode, AssessmentKind.REASSESSMENT, ASSESSED.plusDays(7), "t2");
        answer(partial, "fever-chills", null, ScreeningAnswer.NO);
        answer(partial, "history-of-cancer", null, ScreeningAnswer.NOT_ASKED);
        RedFlagStatus stillActive = RedFlagStatus.of(patient, ASSESSED);
        assertEquals(TriageLevel.NON_URGENT, stillActive.level());
        assertEquals(Set.of(RedFlagCategory.MALIGNANCY), stillActive.suspected());
        assertEquals(new RedFlagStatus.Answered("history-of-cancer", ASSESSED, "t1", null),
                stillActive.active().get("history-of-cancer"));
        // ... and manipulation stays contraindicated
        assertEquals(ContraindicationVerdict.Status.BLOCKED,
                PlanContraindications.verdict(Modalities.registry().find("manual-therapy.spinal-manipulation").orElseThrow(),
                        patient).status());

        Assessment cleared = ClinicalRecords.newAssessment(episode, AssessmentKind.REASSESSMENT, ASSESSED.plusDays(14), "t3");
        answer(cleared, "history-of-cancer", null, ScreeningAnswer.NO);
        assertEquals(TriageLevel.NONE, RedFlagStatus.of(patient, ASSESSED).level());
    }

    @Test
    void aMedicalReviewLiftsTheBlockUntilTheFindingReturnsAfterANo() {
        Assessment initial = assessment(LocalDate.of(1980, 1, 1));
        answer(initial, "foot-drop", null, ScreeningAnswer.YES);
        Patient patient = patientOf(initial);
        assertEquals(TriageLevel.URGENT, RedFlagStatus.of(patient, ASSESSED).level());
        assertEquals(ContraindicationVerdict.Status.BLOCKED,
                PlanContraindications.verdict(Modalities.registry().find("core.bird-dog").orElseThrow(), patient).status());

        // a review before the "yes" does not cover it
        patient.getMedicalReviews().add(review(ASSESSED.minusDays(1), "foot-drop"));
        assertEquals(TriageLevel.URGENT, RedFlagStatus.of(patient, ASSESSED).level());

        MedicalReview review = review(ASSESSED.plusDays(1), "foot-drop");
        patient.getMedicalReviews().add(review);
        RedFlagStatus reviewed = RedFlagStatus.of(patient, ASSESSED);
        assertEquals(TriageLevel.NONE, reviewed.level());
        assertEquals(List.of(new RedFlagStatus.Reviewed("foot-drop", "Foot drop", review)), reviewed.reviewed());
        assertEquals("Medically reviewed 2026-11-03 by Dr Lee: Foot drop - L5 radiculopathy, treatment may proceed",
                reviewed.bannerText());
        assertEquals(ContraindicationVerdict.Status.ALLOWED,
                PlanContraindications.verdict(Modalities.registry().find("core.bird-dog").orElseThrow(), patient).status());

        // the same finding confirmed at a later visit stays covered: the review has seen it
        EpisodeOfCare episode = (EpisodeOfCare) initial.eContainer();
        Assessment confirmed = ClinicalRecords.newAssessment(episode, AssessmentKind.REASSESSMENT, ASSESSED.plusDays(10), "t1");
        answer(confirmed, "foot-drop", null, ScreeningAnswer.YES);
        assertEquals(TriageLevel.NONE, RedFlagStatus.of(patient, ASSESSED).level());

        // gone ("no"), then back: a new finding the review has not seen
        Assessment gone = ClinicalRecords.newAssessment(episode, AssessmentKind.REASSESSMENT, ASSESSED.plusDays(17), "t1");
        answer(gone, "foot-drop", null, ScreeningAnswer.NO);
        Assessment back = ClinicalRecords.newAssessment(episode, AssessmentKind.REASSESSMENT, ASSESSED.plusDays(24), "t2");
        answer(back, "foot-drop", null, ScreeningAnswer.YES);
        RedFlagStatus again = RedFlagStatus.of(patient, ASSESSED);
        assertEquals(TriageLevel.URGENT, again.level());
        assertEquals(new RedFlagStatus.Answered("foot-drop", ASSESSED.plusDays(24), "t2", null), again.active().get("foot-drop"));
    }

    @Test
    void aReviewNamingOtherFindingsLeavesTheRestActive() {
        Assessment initial = assessment(LocalDate.of(1980, 1, 1));
        answer(initial, "major-trauma", null, ScreeningAnswer.YES);
        answer(initial, "fever-chills", null, ScreeningAnswer.YES);
        Patient patient = patientOf(initial);
        patient.getMedicalReviews().add(review(ASSESSED, "major-trauma"));
        RedFlagStatus status = RedFlagStatus.of(patient, ASSESSED);
        assertEquals(TriageLevel.NON_URGENT, status.level());
        assertEquals(Set.of("fever-chills"), status.active().keySet());

        // a review that names no finding covers every finding answered before it
        patient.getMedicalReviews().add(review(ASSESSED.plusDays(2)));
        assertEquals(TriageLevel.NONE, RedFlagStatus.of(patient, ASSESSED).level());
    }

    @Test
    void theScreeningOfOneAssessmentAloneIsWhatDeletingItWouldRemove() {
        Assessment initial = assessment(LocalDate.of(1990, 1, 1));
        answer(initial, "history-of-cancer", null, ScreeningAnswer.YES);
        Assessment partial = ClinicalRecords.newAssessment((EpisodeOfCare) initial.eContainer(),
                AssessmentKind.REASSESSMENT, ASSESSED.plusDays(7), "t2");
        answer(partial, "fever-chills", null, ScreeningAnswer.NO);
        assertEquals(TriageLevel.NONE, RedFlagStatus.of(partial).level());
        assertEquals(TriageLevel.NON_URGENT, RedFlagStatus.of(initial).level());
    }

    private static MedicalReview review(LocalDate date, String... findings) {
        MedicalReview review = ClinicalFactory.eINSTANCE.createMedicalReview();
        review.setDate(date);
        review.setReviewer("Dr Lee");
        review.setOutcome("L5 radiculopathy, treatment may proceed");
        review.getFindings().addAll(List.of(findings));
        return review;
    }

    private static Patient patientOf(Assessment assessment) {
        return ClinicalRecords.patientOf(assessment).orElseThrow();
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
