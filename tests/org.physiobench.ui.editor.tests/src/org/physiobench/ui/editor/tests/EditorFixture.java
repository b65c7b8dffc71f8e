package org.physiobench.ui.editor.tests;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.physiobench.model.api.Assessment;
import org.physiobench.model.api.AssessmentKind;
import org.physiobench.model.api.ClinicalFactory;
import org.physiobench.model.api.ClinicalRecords;
import org.physiobench.model.api.EpisodeOfCare;
import org.physiobench.model.api.Patient;
import org.physiobench.model.api.RedFlagAnswer;
import org.physiobench.model.api.ScreeningAnswer;
import org.physiobench.store.api.ClinicalStore;
import org.physiobench.store.api.StoreException;
import org.physiobench.store.api.StoredPatient;
import org.physiobench.ui.patients.api.WorkbenchStore;
import org.physiobench.ui.testing.UiTesting;

/** Records in the workbench's store and widget lookup for the editor tests. */
final class EditorFixture {

    private EditorFixture() {
    }

    static ClinicalStore store() throws StoreException {
        return WorkbenchStore.get().store();
    }

    /** @return a saved patient (born 1980, so no age flag) with an active episode */
    static StoredPatient savedPatient(String family) throws StoreException {
        Patient patient = ClinicalRecords.newPatient("Alex", family, LocalDate.of(1980, 5, 17));
        ClinicalRecords.newEpisode(patient, "Low back pain", LocalDate.now().minusDays(10));
        return save(patient);
    }

    /** @return a saved patient whose initial assessment answers the given red-flag questions */
    static StoredPatient savedScreenedPatient(String family, List<String> yes, List<String> no) throws StoreException {
        return savedScreenedPatient(family, LocalDate.of(1980, 5, 17), yes, no);
    }

    /** @return a saved patient born on {@code birthDate} whose initial assessment answers the given red-flag questions */
    static StoredPatient savedScreenedPatient(String family, LocalDate birthDate, List<String> yes, List<String> no)
            throws StoreException {
        Patient patient = ClinicalRecords.newPatient("Sam", family, birthDate);
        EpisodeOfCare episode = ClinicalRecords.newEpisode(patient, "Low back pain", LocalDate.now().minusDays(10));
        Assessment assessment = ClinicalRecords.newAssessment(episode, AssessmentKind.INITIAL, LocalDate.now().minusDays(9), "tester");
        yes.forEach(id -> answer(assessment, id, ScreeningAnswer.YES));
        no.forEach(id -> answer(assessment, id, ScreeningAnswer.NO));
        return save(patient);
    }

    static StoredPatient save(Patient patient) throws StoreException {
        ClinicalStore store = store();
        store.savePatient(patient, 0, "tester");
        return store.loadPatient(patient.getId(), "tester");
    }

    private static void answer(Assessment assessment, String questionId, ScreeningAnswer value) {
        RedFlagAnswer answer = ClinicalFactory.eINSTANCE.createRedFlagAnswer();
        answer.setQuestionId(questionId);
        answer.setCategory(org.physiobench.clinical.api.RedFlagQuestion.fromId(questionId).orElseThrow().category().orElse(null));
        answer.setAnswer(value);
        assessment.getRedFlagScreening().getAnswers().add(answer);
    }

    /** @return the control under {@code parent} whose data "id" is {@code id} */
    @SuppressWarnings("unchecked")
    static <T extends Control> T find(Composite parent, String id, Class<T> type) {
        return (T) search(parent, id).filter(type::isInstance)
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " with id " + id));
    }

    private static Optional<Control> search(Composite parent, String id) {
        for (Control child : parent.getChildren()) {
            if (id.equals(child.getData("id"))) {
                return Optional.of(child);
            }
            if (child instanceof Composite composite) {
                Optional<Control> found = search(composite, id);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            UiTesting.flush();
            Thread.sleep(20);
        }
    }
}
