package org.physiobench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.physiobench.model.api.AssessmentKind;
import org.physiobench.model.api.ClinicalFactory;
import org.physiobench.model.api.ClinicalLabels;
import org.physiobench.model.api.ClinicalPackage.Literals;
import org.physiobench.model.api.Patient;
import org.physiobench.model.testing.ClinicalExamples;

class ClinicalLabelsTest {

    @Test
    void namesRecordsAsATherapistReadsThem() {
        Patient patient = ClinicalExamples.fullyPopulatedPatient();
        assertEquals("Patient Alex Example", ClinicalLabels.describe(patient));
        assertEquals("Plan revision 2 of Treatment plan from 2026-03-02",
                ClinicalLabels.describe(patient.getEpisodes().get(0).getPlans().get(0).getRevisions().get(1)));
        assertEquals("Soap note of Session on 2026-03-09",
                ClinicalLabels.describe(patient.getEpisodes().get(0).getSessions().get(0).getSoap()));
        assertEquals("Therapist 'Jo Morgan'", ClinicalLabels.describe(ClinicalExamples.therapist()));
    }

    @Test
    void assessmentsAreNamedByTheirKind() {
        org.physiobench.model.api.Assessment assessment = ClinicalFactory.eINSTANCE.createAssessment();
        assessment.setDate(java.time.LocalDate.of(2026, 3, 4));
        assessment.setKind(AssessmentKind.INITIAL);
        assertEquals("Initial assessment on 2026-03-04", ClinicalLabels.describe(assessment));
        assessment.setKind(AssessmentKind.REASSESSMENT);
        assertEquals("Reassessment on 2026-03-04", ClinicalLabels.describe(assessment));
        assessment.setKind(AssessmentKind.DISCHARGE);
        assertEquals("Discharge assessment on 2026-03-04", ClinicalLabels.describe(assessment));
    }

    @Test
    void emptyRecordsStillGetAName() {
        assertEquals("Patient", ClinicalLabels.describe(ClinicalFactory.eINSTANCE.createPatient()));
        assertEquals("Therapist", ClinicalLabels.describe(ClinicalFactory.eINSTANCE.createTherapist()));
        assertEquals("Session", ClinicalLabels.describe(ClinicalFactory.eINSTANCE.createSession()));
    }

    @Test
    void fieldsAreWords() {
        assertEquals("home programme adherence percent", ClinicalLabels.describe(Literals.SESSION__HOME_PROGRAMME_ADHERENCE_PERCENT));
        assertEquals("radiates below knee", ClinicalLabels.describe(Literals.PAIN_DESCRIPTION__RADIATES_BELOW_KNEE));
    }
}
