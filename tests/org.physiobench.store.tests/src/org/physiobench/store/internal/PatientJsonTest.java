package org.physiobench.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.physiobench.model.api.DeliveredIntervention;
import org.physiobench.model.api.Patient;
import org.physiobench.model.api.Session;
import org.physiobench.model.testing.ClinicalExamples;

/**
 * The store's own document writer ({@link DocumentWriter}) against emfjson-jackson, which
 * wrote every stored document before it and still reads them: the same text, character for
 * character, or no text (then the store falls back to emfjson).
 */
class PatientJsonTest {

    private final PatientJson json = new PatientJson(ClinicalPatientModel.INSTANCE);
    private final DocumentWriter writer = new DocumentWriter();

    @Test
    void fullyPopulatedPatientIsWrittenAsEmfjsonWritesIt() throws Exception {
        Patient patient = ClinicalExamples.fullyPopulatedPatient();

        String document = writer.write(patient);

        assertNotNull(document, "the example uses nothing the writer leaves to emfjson");
        assertEquals(json.writeWithEmfjson(patient), document);
        assertTrue(document.contains("\"$ref\""), "the example has references inside the aggregate: " + document);
    }

    @Test
    void longRecordIsWrittenAsEmfjsonWritesIt() throws Exception {
        Patient patient = TestPatients.patient("p-long", "Long", "Record", 40);

        assertEquals(json.writeWithEmfjson(patient), writer.write(patient));
    }

    @Test
    void textNeedingEscapesAndNumbersAreWrittenAsEmfjsonWritesThem() throws Exception {
        Patient patient = ClinicalExamples.fullyPopulatedPatient();
        StringBuilder controls = new StringBuilder();
        for (char c = 0; c < 0x20; c++) {
            controls.append(c);
        }
        Session session = patient.getEpisodes().get(0).getSessions().get(0);
        session.getSoap().setSubjective("quote \" backslash \\ slash / " + controls + " del \u007f");
        session.getSoap().setObjective("Grüße, naïve café, \u2028 line separator, emoji \uD83D\uDE00, CJK \u4E2D");
        patient.setGivenName("\"Al\\ex\"");
        patient.getEpisodes().get(0).getAssessments().get(0).getAdministrations().get(0).getScores().get(0)
                .setValue(1.0E-7);

        String document = writer.write(patient);

        assertEquals(json.writeWithEmfjson(patient), document);
        assertTrue(document.contains("\\u001F") && document.contains("\\n") && document.contains("\\\"")
                && document.contains("\\uD83D\\uDE00"), "control characters, quotes and surrogates are escaped");
        assertTrue(EcoreUtil.equals(patient, json.read(document)), "and read back by emfjson unchanged");
    }

    @Test
    void savingFromTheEditorsResourceLeavesTheModelWhereItIsAndUnnotified() throws Exception {
        Patient patient = ClinicalExamples.fullyPopulatedPatient();
        Resource editorResource = EditorModel.putInResource(patient);
        List<Notification> notifications = EditorModel.watch(patient);

        String document = json.write(patient);

        assertSame(editorResource, patient.eResource(), "the patient stays in the editor's resource");
        assertEquals(List.of(patient), editorResource.getContents());
        assertEquals(List.of(), notifications, "writing the document does not touch the caller's model");
        assertEquals(json.writeWithEmfjson(EcoreUtil.copy(patient)), document);
        assertTrue(EcoreUtil.equals(patient, json.read(document)));
    }

    @Test
    void referenceLeavingTheAggregateIsLeftToEmfjson() throws Exception {
        Patient patient = ClinicalExamples.fullyPopulatedPatient();
        Patient other = ClinicalExamples.fullyPopulatedPatient();
        DeliveredIntervention delivered = patient.getEpisodes().get(0).getSessions().get(0).getInterventions().get(0);
        delivered.setPlanned(other.getEpisodes().get(0).getPlans().get(0).getRevisions().get(0).getInterventions()
                .get(0));

        assertNull(writer.write(patient), "the writer does not write references out of the aggregate");
        assertEquals(json.writeWithEmfjson(patient), json.write(patient), "the store writes them with emfjson");
    }

    @Test
    void halfASurrogatePairIsEscapedAsEmfjsonEscapesIt() throws Exception {
        Patient patient = ClinicalExamples.fullyPopulatedPatient();
        patient.setGivenName("broken \uD83D name");

        String document = writer.write(patient);

        assertEquals(json.writeWithEmfjson(patient), document);
        assertTrue(document.contains("broken \\uD83D name"), document);
    }
}
