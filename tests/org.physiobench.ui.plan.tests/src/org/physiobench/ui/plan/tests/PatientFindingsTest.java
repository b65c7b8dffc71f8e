package org.physiobench.ui.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.physiobench.clinical.api.Acuity;
import org.physiobench.clinical.api.AssessmentSummary;
import org.physiobench.clinical.api.DirectionalPreference;
import org.physiobench.clinical.api.PlanSuggester;
import org.physiobench.clinical.api.PlanSuggestion;
import org.physiobench.clinical.api.StartBackGroup;
import org.physiobench.clinical.api.SymptomDuration;
import org.physiobench.core.api.RedFlagCategory;
import org.physiobench.modality.api.Modalities;
import org.physiobench.model.api.Assessment;
import org.physiobench.model.api.AssessmentKind;
import org.physiobench.model.api.BodyRegion;
import org.physiobench.model.api.BodySide;
import org.physiobench.model.api.ClinicalRecords;
import org.physiobench.model.api.DurationClass;
import org.physiobench.model.api.EpisodeOfCare;
import org.physiobench.model.api.InstrumentAdministration;
import org.physiobench.model.api.PainDescription;
import org.physiobench.model.api.PainRegion;
import org.physiobench.model.api.Patient;
import org.physiobench.model.api.Score;
import org.physiobench.model.testing.ClinicalExamples;
import org.physiobench.plan.api.PatientFindings;
import org.physiobench.plan.api.PlanContraindications;
import org.physiobench.plan.api.RedFlagStatus;

/** The headless planning logic of org.physiobench.plan on model patients. */
class PatientFindingsTest {

    @Test
    void theChronicFixtureGivesItsSummary() {
        Patient patient = PlanFixtures.chronicPatient();
        AssessmentSummary summary = PatientFindings.summary(patient.getEpisodes().get(0), PlanFixtures.TODAY).orElseThrow();
        assertEquals(SymptomDuration.ofDays(148), summary.symptomDuration()); // 2026-07-01 to 2026-11-26
        assertEquals(Optional.of(Acuity.CHRONIC), summary.acuity());
        assertFalse(summary.symptomsBelowKnee());
        assertTrue(summary.fabqWorkScore().isEmpty());
        assertEquals(DirectionalPreference.EXTENSION, summary.directionalPreference());
        assertEquals(Set.of(), summary.triage().suspected());
        assertTrue(summary.riskGroup().isEmpty());
    }

    /** An episode that started on 2026-11-20 with one assessment that day, no onset dates. */
    private static EpisodeOfCare episodeWithoutOnset() {
        Patient patient = ClinicalRecords.newPatient("Kim", "Tester", LocalDate.of(1970, 1, 9));
        EpisodeOfCare episode = ClinicalRecords.newEpisode(patient, "Chronic low back pain", LocalDate.of(2026, 11, 20));
        ClinicalRecords.newAssessment(episode, AssessmentKind.INITIAL, LocalDate.of(2026, 11, 20), PlanFixtures.THERAPIST);
        return episode;
    }

    @Test
    void aRecordedChronicDurationClassIsUsedWhenTheOnsetIsBlankNeverTheEpisodeStart() {
        // the reported bug: 3 years of pain, onset blank, episode started 6 days ago -> was "acute" and offered thrust
        EpisodeOfCare episode = episodeWithoutOnset();
        episode.getAssessments().get(0).getPain().setDurationClass(DurationClass.CHRONIC);
        AssessmentSummary summary = PatientFindings.summary(episode, PlanFixtures.TODAY).orElseThrow();
        assertEquals(new SymptomDuration(SymptomDuration.Basis.DURATION_CLASS, 85 + 6), summary.symptomDuration());
        assertEquals(Optional.of(Acuity.CHRONIC), summary.acuity());
        PlanSuggestion suggestion = PlanSuggester.suggest(summary);
        assertFalse(suggestion.find("manual-therapy.spinal-manipulation").isPresent());
        assertTrue(suggestion.find("education.pain-neuroscience").isPresent());
    }

    @Test
    void anUntouchedDurationClassWithoutOnsetGivesNoAcuity() {
        EpisodeOfCare episode = episodeWithoutOnset();
        episode.getAssessments().get(0).getPain().setDurationClass(DurationClass.NOT_RECORDED);
        SymptomDuration duration = PatientFindings.symptomDuration(episode, PlanFixtures.TODAY);
        assertEquals(SymptomDuration.Basis.NOT_RECORDED, duration.basis());
        assertEquals(Optional.empty(), duration.acuity());
    }

    @Test
    void aDurationClassRecordedLongAgoIsAgedToToday() {
        EpisodeOfCare episode = episodeWithoutOnset();
        Assessment early = episode.getAssessments().get(0);
        early.setDate(LocalDate.of(2026, 9, 1)); // 86 days before today
        early.getPain().setDurationClass(DurationClass.ACUTE);
        assertEquals(Optional.of(Acuity.CHRONIC), PatientFindings.symptomDuration(episode, PlanFixtures.TODAY).acuity());
    }

    @Test
    void aLaterAssessmentWithTheDefaultClassDoesNotTurnChronicBackIntoAcute() {
        EpisodeOfCare episode = episodeWithoutOnset();
        episode.getAssessments().get(0).getPain().setDurationClass(DurationClass.CHRONIC); // 2026-11-20
        Assessment later = ClinicalRecords.newAssessment(episode, AssessmentKind.REASSESSMENT, LocalDate.of(2026, 11, 25),
                PlanFixtures.THERAPIST);
        assertEquals(DurationClass.NOT_RECORDED, later.getPain().getDurationClass(), "the model's default");
        SymptomDuration duration = PatientFindings.symptomDuration(episode, PlanFixtures.TODAY);
        assertEquals(85 + 6, duration.days());
        assertEquals(Optional.of(Acuity.CHRONIC), duration.acuity());
    }

    @Test
    void theOnsetDateComesBeforeTheDurationClassAndThePainOnsetBeforeTheEpisodeOnset() {
        EpisodeOfCare episode = episodeWithoutOnset();
        Assessment assessment = episode.getAssessments().get(0);
        assessment.getPain().setDurationClass(DurationClass.CHRONIC);
        episode.setOnsetDate(LocalDate.of(2026, 11, 1));
        assertEquals(SymptomDuration.ofDays(25), PatientFindings.symptomDuration(episode, PlanFixtures.TODAY));
        assessment.getPain().setOnsetDate(LocalDate.of(2026, 11, 16));
        assertEquals(SymptomDuration.ofDays(10), PatientFindings.symptomDuration(episode, PlanFixtures.TODAY));
    }

    @Test
    void withoutOnsetOrPainDescriptionTheDurationIsNotRecorded() {
        EpisodeOfCare episode = episodeWithoutOnset();
        episode.getAssessments().get(0).setPain(null);
        assertEquals(SymptomDuration.notRecorded(), PatientFindings.symptomDuration(episode, PlanFixtures.TODAY));
        assertEquals(Optional.empty(), PatientFindings.summary(episode, PlanFixtures.TODAY).orElseThrow().acuity());
    }

    @Test
    void symptomsBelowTheKneeComeFromTheRadiationOrTheBodyChartAndRuleOutManipulation() {
        EpisodeOfCare episode = episodeWithoutOnset();
        PainDescription pain = episode.getAssessments().get(0).getPain();
        pain.setOnsetDate(LocalDate.of(2026, 11, 16)); // 10 days
        assertFalse(PatientFindings.symptomsBelowKnee(episode));
        assertTrue(PlanSuggester.suggest(PatientFindings.summary(episode, PlanFixtures.TODAY).orElseThrow())
                .find("manual-therapy.spinal-manipulation").isPresent());
        pain.getRegions().add(region(BodyRegion.THIGH_POSTERIOR));
        pain.getRegions().add(region(BodyRegion.KNEE));
        assertFalse(PatientFindings.symptomsBelowKnee(episode), "the thigh and knee are not below the knee");
        pain.getRegions().add(region(BodyRegion.FOOT));
        assertTrue(PatientFindings.symptomsBelowKnee(episode));
        assertFalse(PlanSuggester.suggest(PatientFindings.summary(episode, PlanFixtures.TODAY).orElseThrow())
                .find("manual-therapy.spinal-manipulation").isPresent());
        pain.getRegions().clear();
        pain.setRadiatesBelowKnee(true);
        assertTrue(PatientFindings.symptomsBelowKnee(episode));
        pain.setRadiatesBelowKnee(false);
        pain.getRegions().add(region(BodyRegion.LOWER_LEG));
        Assessment later = ClinicalRecords.newAssessment(episode, AssessmentKind.REASSESSMENT, PlanFixtures.TODAY,
                PlanFixtures.THERAPIST);
        assertTrue(later.getPain().getRegions().isEmpty());
        assertTrue(PatientFindings.symptomsBelowKnee(episode), "a later empty body chart does not clear it");
    }

    @Test
    void fabqWorkComesFromTheLatestFabqThatScoredIt() {
        EpisodeOfCare episode = episodeWithoutOnset();
        Assessment assessment = episode.getAssessments().get(0);
        ClinicalRecords.newAdministration(assessment, "fabq", LocalDate.of(2026, 11, 20)).getScores().add(score("work", 24.0));
        ClinicalRecords.newAdministration(assessment, "fabq", LocalDate.of(2026, 11, 25)).getScores()
                .add(score("physicalActivity", 10.0));
        assertEquals(Optional.of(24), PatientFindings.summary(episode, PlanFixtures.TODAY).orElseThrow().fabqWorkScore());
    }

    private static PainRegion region(BodyRegion where) {
        PainRegion region = org.physiobench.model.api.ClinicalFactory.eINSTANCE.createPainRegion();
        region.setRegion(where);
        region.setSide(BodySide.LEFT);
        return region;
    }

    @Test
    void theStartBackGroupComesFromTheLatestScores() {
        Patient patient = PlanFixtures.chronicPatient();
        InstrumentAdministration startBack = ClinicalRecords.newAdministration(
                patient.getEpisodes().get(0).getAssessments().get(0), "startback", PlanFixtures.TODAY);
        startBack.getScores().add(score("total", 6.0));
        startBack.getScores().add(score("psychosocial", 4.0));
        assertEquals(StartBackGroup.HIGH,
                PatientFindings.summary(patient.getEpisodes().get(0), PlanFixtures.TODAY).orElseThrow().startBackGroup());
    }

    private static Score score(String id, double value) {
        Score score = org.physiobench.model.api.ClinicalFactory.eINSTANCE.createScore();
        score.setScoreId(id);
        score.setValue(value);
        return score;
    }

    @Test
    void redFlagsAreTheYesAnswersOfTheLatestScreeningAndConditionsTheCurrentOnes() {
        Patient example = ClinicalExamples.fullyPopulatedPatient();
        // the example's fracture question is answered yes; its osteopenia is no longer current
        assertEquals(Set.of(RedFlagCategory.FRACTURE), RedFlagStatus.of(example).suspected());
        assertEquals(Set.of(), PatientFindings.activeConditions(example));
        Patient withOsteoporosis = PlanFixtures.withCondition(PlanFixtures.chronicPatient(), "osteoporosis");
        assertEquals(Set.of("osteoporosis"), PatientFindings.activeConditions(withOsteoporosis));
    }

    @Test
    void finishedPlansAreNotCheckedBeforeSaveButActiveOnesAre() {
        // the example's plan is completed: nothing to confirm although a red flag is raised
        assertEquals(List.of(), PlanContraindications.warnings(ClinicalExamples.fullyPopulatedPatient(), Modalities.registry()));
        Patient flagged = PlanFixtures.withRedFlag(PlanFixtures.chronicPatientWithPlan(), "major-trauma", RedFlagCategory.FRACTURE);
        List<String> warnings = PlanContraindications.warnings(flagged, Modalities.registry());
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("Bird-dog (core.bird-dog) contraindicated: block (fracture)"), warnings.get(0));
    }
}
