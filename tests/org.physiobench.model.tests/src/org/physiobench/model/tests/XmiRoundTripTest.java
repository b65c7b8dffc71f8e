package org.physiobench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.physiobench.model.api.ClinicalResources;
import org.physiobench.model.api.DeliveredIntervention;
import org.physiobench.model.api.EpisodeOfCare;
import org.physiobench.model.api.Patient;
import org.physiobench.model.api.Therapist;
import org.physiobench.model.testing.ClinicalExamples;

class XmiRoundTripTest {

    @Test
    void fullyPopulatedPatientIsEqualAfterRoundTrip() throws IOException {
        Patient original = ClinicalExamples.fullyPopulatedPatient();

        Patient reloaded = (Patient) ClinicalResources.fromXmi(ClinicalResources.toXmi(original));

        assertNotSame(original, reloaded);
        assertTrue(EcoreUtil.equals(original, reloaded), "the reloaded patient differs from the saved one");
    }

    @Test
    void referencesInsideThePatientResolveToTheReloadedRecords() throws IOException {
        Patient reloaded = (Patient) ClinicalResources.fromXmi(ClinicalResources.toXmi(ClinicalExamples.fullyPopulatedPatient()));

        EpisodeOfCare episode = reloaded.getEpisodes().get(0);
        DeliveredIntervention delivered = episode.getSessions().get(0).getInterventions().get(0);
        assertFalse(delivered.getPlanned().eIsProxy());
        assertSame(episode.getPlans().get(0).getRevisions().get(0).getInterventions().get(0), delivered.getPlanned());
        assertSame(episode.getHomeProgrammes().get(0), episode.getDischarge().getPreventionPlan().getHomeProgramme());
    }

    @Test
    void datesInstantsAndVocabularyAreWrittenAsIsoStringsAndIds() throws IOException {
        String xmi = new String(ClinicalResources.toXmi(ClinicalExamples.fullyPopulatedPatient()), StandardCharsets.UTF_8);

        assertTrue(xmi.contains("birthDate=\"1984-07-14\""), xmi);
        assertTrue(xmi.contains("createdAt=\"2026-03-02T10:15:00Z\""), xmi);
        assertTrue(xmi.contains("category=\"cauda-equina\""), xmi);
        assertTrue(xmi.contains("component=\"flexibility-rom\""), xmi);
    }

    @Test
    void therapistRoundTrips() throws IOException {
        Therapist therapist = ClinicalExamples.therapist();
        assertTrue(EcoreUtil.equals(therapist, ClinicalResources.fromXmi(ClinicalResources.toXmi(therapist))));
    }

    @Test
    void unknownVocabularyIdIsAClearError() throws IOException {
        String xmi = new String(ClinicalResources.toXmi(ClinicalExamples.fullyPopulatedPatient()), StandardCharsets.UTF_8)
                .replace("category=\"fracture\"", "category=\"broken-leg\"");

        IOException error = assertThrows(IOException.class, () -> ClinicalResources.fromXmi(xmi.getBytes(StandardCharsets.UTF_8)));

        assertTrue(error.getMessage().contains("Unknown red-flag category id 'broken-leg'"), error.getMessage());
    }

    @Test
    void malformedDocumentIsAClearError() {
        IOException error = assertThrows(IOException.class,
                () -> ClinicalResources.fromXmi("<clinical:Patient".getBytes(StandardCharsets.UTF_8)));
        assertTrue(error.getMessage().startsWith("Not a readable PhysioBench XMI document"), error.getMessage());
    }
}
