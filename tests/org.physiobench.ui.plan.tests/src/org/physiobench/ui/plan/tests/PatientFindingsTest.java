package org.physiobench.ui.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.physiobench.clinical.api.Acuity;
import org.physiobench.clinical.api.AssessmentSummary;
import org.physiobench.clinical.api.DirectionalPreference;
import org.physiobench.clinical.api.StartBackGroup;
import org.physiobench.core.api.RedFlagCategory;
import org.physiobench.modality.api.Modalities;
import org.physiobench.model.api.ClinicalExamples;
import org.physiobench.model.api.ClinicalRecords;
import org.physiobench.model.api.InstrumentAdministration;
import org.physiobench.model.api.Patient;
import org.physiobench.model.api.Score;
import org.physiobench.plan.api.PatientFindings;
import org.physiobench.plan.api.PlanContraindications;
import org.physiobench.plan.api.RedFlagStatus;

/** The headless planning logic of org.physiobench.plan on model patients. */
class PatientFindingsTest {

    @Test
    void theChronicFixtureGivesItsSummary() {
        Patient patient = PlanFixtures.chronicPatient();
        AssessmentSummary summary = PatientFindings.summary(patient.getEpisodes().get(0), PlanFixtures.TODAY).orElseThrow();
        assertEquals(148, summary.symptomDurationDays()); // 2026-07-01 to 2026-11-26
        assertEquals(Acuity.CHRONIC, summary.acuity());
        assertEquals(DirectionalPreference.EXTENSION, summary.directionalPreference());
        assertEquals(Set.of(), summary.triage().suspected());
        assertTrue(summary.riskGroup().isEmpty());
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
