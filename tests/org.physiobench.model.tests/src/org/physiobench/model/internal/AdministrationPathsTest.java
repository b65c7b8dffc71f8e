package org.physiobench.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.physiobench.model.api.Assessment;
import org.physiobench.model.api.AssessmentKind;
import org.physiobench.model.api.ClinicalPackage;
import org.physiobench.model.api.ClinicalRecords;
import org.physiobench.model.api.EpisodeOfCare;
import org.physiobench.model.api.InstrumentAdministration;
import org.physiobench.model.api.Patient;
import org.physiobench.model.testing.ClinicalExamples;

class AdministrationPathsTest {

    @Test
    void prunesTheContainmentsThatCannotHoldAnAdministration() {
        assertTrue(AdministrationPaths.from(ClinicalPackage.Literals.EPISODE_OF_CARE)
                .contains(ClinicalPackage.Literals.EPISODE_OF_CARE__ASSESSMENTS));
        assertFalse(AdministrationPaths.from(ClinicalPackage.Literals.EPISODE_OF_CARE)
                .contains(ClinicalPackage.Literals.EPISODE_OF_CARE__SESSIONS));
        assertTrue(AdministrationPaths.from(ClinicalPackage.Literals.SESSION).isEmpty());
    }

    @Test
    void visitsWhatAFullWalkFindsInTheSameOrder() {
        Patient patient = ClinicalExamples.fullyPopulatedPatient();
        EpisodeOfCare episode = patient.getEpisodes().get(0);
        Assessment second = ClinicalRecords.newAssessment(episode, AssessmentKind.REASSESSMENT,
                LocalDate.of(2026, 5, 1), "therapist");
        ClinicalRecords.newAdministration(second, "odi", LocalDate.of(2026, 5, 1));
        ClinicalRecords.newAdministration(second, "nprs", null);
        ClinicalRecords.newSession(episode, LocalDate.of(2026, 5, 2), "therapist");

        for (EObject scope : List.of(patient, episode, second)) {
            List<InstrumentAdministration> pruned = new ArrayList<>();
            AdministrationPaths.forEach(scope, pruned::add);
            assertEquals(everyAdministration(scope), pruned);
        }
    }

    private static List<InstrumentAdministration> everyAdministration(EObject scope) {
        List<InstrumentAdministration> found = new ArrayList<>();
        for (Iterator<EObject> contents = scope.eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof InstrumentAdministration administration) {
                found.add(administration);
            }
        }
        return found;
    }
}
