package org.physiobench.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.physiobench.demo.api.DemoData;
import org.physiobench.model.api.ClinicalPackage;
import org.physiobench.model.api.ClinicalRecords;
import org.physiobench.model.api.EpisodeOfCare;
import org.physiobench.model.api.Patient;
import org.physiobench.model.api.Session;

import com.fasterxml.jackson.core.JsonFactory;
import org.physiobench.model.testing.ClinicalExamples;

/**
 * The store's own document reader ({@link DocumentReader}) against emfjson-jackson, which read
 * every stored document before it: the same objects - every value, every feature set or unset
 * as emfjson leaves it, references to the corresponding objects - or no objects (then the
 * store reads with emfjson), and for a bad document the same error as before.
 */
class DocumentReaderTest {

    private final PatientJson json = new PatientJson(ClinicalPatientModel.INSTANCE);
    private final DocumentWriter writer = new DocumentWriter();
    private final DocumentReader reader = new DocumentReader(new JsonFactory(),
            ClinicalPatientModel.INSTANCE.packages(), ClinicalPatientModel.INSTANCE.rootClass());

    @Test
    void fullyPopulatedPatientIsReadAsEmfjsonReadsIt() throws Exception {
        assertReadAsEmfjson(ClinicalExamples.fullyPopulatedPatient(), "the example patient");
    }

    @Test
    void demoPatientsAreReadAsEmfjsonReadsThem() throws Exception {
        for (Patient patient : new DemoData(1).patients(150)) {
            assertReadAsEmfjson(patient, "demo patient " + patient.getId());
        }
    }

    @Test
    void patientWithThreeHundredSessionsIsReadAsEmfjsonReadsIt() throws Exception {
        Patient patient = new DemoData(1).patient(0);
        EpisodeOfCare episode = patient.getEpisodes().get(patient.getEpisodes().size() - 1);
        for (int n = episode.getSessions().size(); n < 300; n++) {
            Session session = ClinicalRecords.newSession(episode, LocalDate.of(2020, 1, 6).plusDays(3L * n), "therapist");
            session.getSoap().setSubjective("Session " + n + ": pain \"settles\"\n after walking.");
            session.setPainBefore(2 + n % 6);
            session.setPainAfter(1 + n % 4);
        }

        assertReadAsEmfjson(patient, "the benchmark's long record");
    }

    @Test
    void referencesAreResolvedToTheObjectsOfTheAggregate() throws Exception {
        Patient patient = ClinicalExamples.fullyPopulatedPatient();
        String document = writer.write(patient);
        assertTrue(document.contains("\"$ref\""), document);

        Patient read = (Patient) reader.read(bytes(document));

        assertNotNull(read);
        EObject planned = (EObject) read.getEpisodes().get(0).getSessions().get(0).getInterventions().get(0)
                .eGet(ClinicalPackage.Literals.DELIVERED_INTERVENTION__PLANNED);
        assertNotNull(planned);
        assertSame(read, EcoreUtil.getRootContainer(planned), "the target is the read aggregate's own object");
    }

    /**
     * Random edits of every feature of every object (values of each type, defaults, unset,
     * empty and long lists, objects added and removed, references moved, ids changed, duplicated
     * or removed): after each, the document the store writes is read by the store as emfjson
     * reads it. Most documents must be read by the store's reader, or the test proves nothing.
     */
    @Test
    void randomRecordsAreReadAsEmfjsonReadsThem() throws Exception {
        Random random = new Random(20261127);
        int readByReader = 0;
        int documents = 0;
        for (int record = 0; record < 8; record++) {
            Patient patient = record == 0 ? ClinicalExamples.fullyPopulatedPatient() : new DemoData(record).patient(0);
            RandomEdits edits = new RandomEdits(patient, random);
            for (int step = 0; step < 150; step++) {
                String edit = edits.next();
                String document = json.write(patient);
                documents++;
                if (reader.read(bytes(document)) != null) {
                    readByReader++;
                }
                assertSameOutcome(document, "record " + record + ", step " + step + ": " + edit);
            }
        }
        assertTrue(readByReader > documents / 2, readByReader + " of " + documents + " read by the store's reader");
    }

    @Test
    void badAndUnknownDocumentsGiveTheErrorsTheyGaveBefore() throws Exception {
        String example = writer.write(ClinicalExamples.fullyPopulatedPatient());
        String type = "\"eClass\":\"" + EcoreUtil.getURI(ClinicalPackage.Literals.PATIENT) + "\"";
        List<String> documents = List.of("", "   ", "not json", "{", "[]", "null", "{}", "{\"id\":\"p\"}",
                example.substring(0, example.length() / 2),
                example + "trailing",
                example + "{}",
                "{" + type + ",\"id\":\"p\",\"unknownFeature\":1}",
                "{\"id\":\"p\"," + type + "}",
                "{" + type.replace("Patient", "Therapist") + ",\"id\":\"t\",\"username\":\"u\"}",
                "{" + type.replace("Patient", "NoSuchClass") + ",\"id\":\"p\"}",
                "{" + type.replace("Patient", "Identifiable") + ",\"id\":\"p\"}",
                "{" + type + ",\"id\":\"p\",\"id\":\"q\"}",
                "{" + type + ",\"id\":\"p\",\"sex\":\"no-such-literal\"}",
                "{" + type + ",\"id\":\"p\",\"sex\":2}",
                "{" + type + ",\"id\":\"p\",\"birthDate\":\"1970-13-45\"}",
                "{" + type + ",\"id\":\"p\",\"birthDate\":\"\"}",
                "{" + type + ",\"id\":\"p\",\"birthDate\":null}",
                "{" + type + ",\"id\":7}",
                "{" + type + ",\"id\":\"p\",\"givenName\":[\"a\"]}",
                "{" + type + ",\"id\":\"p\",\"episodes\":{}}",
                "{" + type + ",\"id\":\"p\",\"episodes\":[{\"$ref\":\"x\"}]}",
                "{" + type + ",\"id\":\"p\",\"episodes\":[{\"id\":\"e\",\"sessions\":[{\"id\":\"s\",\"painBefore\":\"7\"}]}]}",
                "{" + type + ",\"id\":\"p\",\"episodes\":[{\"id\":\"e\",\"sessions\":[{\"id\":\"s\",\"painBefore\":99999999999}]}]}",
                "{" + type + ",\"id\":\"p\",\"episodes\":[{\"id\":\"e\",\"sessions\":[{\"id\":\"s\",\"painBefore\":7.5}]}]}",
                "{" + type + ",\"id\":\"p\",\"episodes\":[{\"id\":\"e\",\"sessions\":[{\"id\":\"s\",\"date\":\"2026-01-01\",\"eClass\":\""
                        + EcoreUtil.getURI(ClinicalPackage.Literals.SESSION) + "\"}]}]}",
                example.replace("\"$ref\":\"", "\"$ref\":\"missing-"),
                example.replace("\"$ref\":\"", "\"$ref\":\"/"),
                example.replaceFirst("\"eClass\":\"([^\"]*)//PlannedIntervention\",\"\\$ref\"", "\"eClass\":\"$1//Goal\",\"\\$ref\""));
        for (String document : documents) {
            assertSameOutcome(document, document.length() > 200 ? document.substring(0, 200) + "..." : document);
        }
        IOException malformed = assertThrows(IOException.class, () -> json.read("{"));
        assertTrue(malformed.getMessage().startsWith("the document is not valid JSON of the patient model"),
                malformed.getMessage());
        assertNull(reader.read(bytes(example + "trailing")), "text after the document is left to emfjson");
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // without the guard, emfjson loops on such a document until the heap is exhausted
    void anEmptyEntryInAListIsRefusedWithAClearErrorBeforeEmfjsonSeesIt() {
        String type = "\"eClass\":\"" + EcoreUtil.getURI(ClinicalPackage.Literals.PATIENT) + "\"";
        for (String document : List.of("{" + type + ",\"id\":\"p\",\"episodes\":[null]}",
                "{" + type + ",\"id\":\"p\",\"episodes\":[{\"id\":\"e\",\"sessions\":[{\"id\":\"s\"},null]}]}")) {
            IOException refused = assertThrows(IOException.class, () -> json.read(document), document);
            assertTrue(refused.getMessage().startsWith("the document is not valid JSON of the patient model: an empty entry"),
                    refused.getMessage());
            assertTrue(refused.getMessage().contains(document.contains("sessions") ? "'sessions'" : "'episodes'"),
                    refused.getMessage());
        }
    }

    @Test
    void duplicateIdsOfAReferencedObjectAreLeftToEmfjson() throws Exception {
        Patient patient = ClinicalExamples.fullyPopulatedPatient();
        EObject planned = (EObject) patient.getEpisodes().get(0).getSessions().get(0).getInterventions().get(0)
                .eGet(ClinicalPackage.Literals.DELIVERED_INTERVENTION__PLANNED);
        patient.getEpisodes().get(0).getSessions().get(0).setId(EcoreUtil.getID(planned));
        String document = json.write(patient);

        assertNull(reader.read(bytes(document)), "which object emfjson picks is not guessed");
        assertSameOutcome(document, "duplicate id");
    }

    /** Writes {@code patient} with the store's writer, which the reader must read as emfjson reads the text. */
    private void assertReadAsEmfjson(Patient patient, String what) throws Exception {
        String document = writer.write(patient);
        assertNotNull(document, what + ": written by the store's writer");
        EObject read = reader.read(bytes(document));
        assertNotNull(read, what + ": read by the store's reader");
        assertSameObjects(json.readWithEmfjson(document), read, what);
        assertTrue(EcoreUtil.equals(patient, read), what + ": the written patient comes back");
        assertSameObjects(json.readWithEmfjson(document), json.read(document), what + " (through PatientJson)");
    }

    /** The store's read ({@link PatientJson#read}) of {@code document} ends as emfjson's: the same objects or the same error. */
    private void assertSameOutcome(String document, String what) {
        EObject expected;
        try {
            expected = json.readWithEmfjson(document);
        } catch (IOException emfjsonError) {
            IOException error = assertThrows(IOException.class, () -> json.read(document), what);
            assertEquals(emfjsonError.getMessage(), error.getMessage(), what);
            return;
        }
        try {
            assertSameObjects(expected, json.read(document), what);
        } catch (IOException e) {
            fail(what + ": emfjson reads it, the store does not: " + e.getMessage(), e);
        }
    }

    /** Equal as EMF compares them (values, references to corresponding objects), and every feature set alike. */
    static void assertSameObjects(EObject expected, EObject actual, String what) {
        assertTrue(EcoreUtil.equals(expected, actual), what + ": equal objects");
        assertSameSetFeatures(expected, actual, what);
    }

    private static void assertSameSetFeatures(EObject expected, EObject actual, String what) {
        assertSame(expected.eClass(), actual.eClass(), what);
        assertEquals(expected.eIsProxy(), actual.eIsProxy(), what);
        for (EStructuralFeature feature : expected.eClass().getEAllStructuralFeatures()) {
            assertEquals(expected.eIsSet(feature), actual.eIsSet(feature),
                    what + ": " + expected.eClass().getName() + "." + feature.getName() + " set");
        }
        Iterator<EObject> actualContents = actual.eContents().iterator();
        for (EObject child : expected.eContents()) {
            assertTrue(actualContents.hasNext(), what);
            assertSameSetFeatures(child, actualContents.next(), what);
        }
        assertTrue(!actualContents.hasNext(), what);
    }

    private static byte[] bytes(String document) {
        return document.getBytes(StandardCharsets.UTF_8);
    }

    /** Lists what {@link RandomEdits} may pick from, in tree order. */
    static List<EObject> contents(EObject root) {
        List<EObject> all = new ArrayList<>();
        all.add(root);
        root.eAllContents().forEachRemaining(all::add);
        return all;
    }
}
