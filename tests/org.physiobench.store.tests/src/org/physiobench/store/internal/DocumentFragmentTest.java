package org.physiobench.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.physiobench.model.api.ClinicalFactory;
import org.physiobench.model.api.ClinicalPackage;
import org.physiobench.model.api.ClinicalRecords;
import org.physiobench.model.api.DeliveredIntervention;
import org.physiobench.model.api.EpisodeOfCare;
import org.physiobench.model.api.Patient;
import org.physiobench.model.api.PlanRevision;
import org.physiobench.model.api.PlannedIntervention;
import org.physiobench.model.api.Session;
import org.physiobench.model.api.TreatmentPlan;
import org.physiobench.model.testing.ClinicalExamples;

/**
 * Documents written with kept fragments ({@link DocumentFragment}) against full writes of the
 * same record: after every edit, the same text character for character (and the same as
 * emfjson's), or no text when the full write has none.
 */
class DocumentFragmentTest {

    private final PatientJson json = new PatientJson(ClinicalPatientModel.INSTANCE);
    private final DocumentWriter writer = new DocumentWriter();
    /** Undoes a removal at the next edit. */
    private Runnable putBack;

    @Test
    void randomEditsGiveTheTextOfAFullWrite() throws Exception {
        Patient patient = ClinicalExamples.fullyPopulatedPatient();
        EpisodeOfCare episode = patient.getEpisodes().get(0);
        for (int i = 0; i < 12; i++) {
            Session session = ClinicalRecords.newSession(episode, LocalDate.of(2026, 5, 1).plusDays(i), "t-" + i);
            session.getSoap().setSubjective("visit " + i);
        }
        Random random = new Random(20261127);
        assertSameAsFullWrite(patient, "before any edit");
        for (int step = 0; step < 400; step++) {
            String edit = edit(patient, random, step);
            assertSameAsFullWrite(patient, "step " + step + ": " + edit);
        }
    }

    @Test
    void anEditRewritesOnlyTheObjectItChanged() {
        Patient patient = ClinicalExamples.fullyPopulatedPatient();
        EpisodeOfCare episode = patient.getEpisodes().get(0);
        Session edited = ClinicalRecords.newSession(episode, LocalDate.of(2026, 5, 1), "t");
        Session other = ClinicalRecords.newSession(episode, LocalDate.of(2026, 5, 2), "t");
        writer.write(patient, true);

        edited.getSoap().setSubjective("changed");

        assertNull(DocumentFragment.on(edited).text(patient, ClinicalPackage.Literals.EPISODE_OF_CARE__SESSIONS));
        assertNotNull(DocumentFragment.on(other).text(patient, ClinicalPackage.Literals.EPISODE_OF_CARE__SESSIONS),
                "the other session's text is kept");
        assertNull(DocumentFragment.on(episode), "the root's children are written whole");
    }

    @Test
    void onlySavesThatAskKeepFragments() {
        Patient patient = ClinicalExamples.fullyPopulatedPatient();

        writer.write(patient, false);

        assertNull(DocumentFragment.on(patient.getEpisodes().get(0).getSessions().get(0)));
    }

    private void assertSameAsFullWrite(Patient patient, String after) throws Exception {
        String incremental = writer.write(patient, true);
        // A copy carries no adapters, so no kept text: the full write.
        String full = new DocumentWriter().write(EcoreUtil.copy(patient));
        assertEquals(full, incremental, after);
        if (full != null) {
            assertEquals(json.writeWithEmfjson(EcoreUtil.copy(patient)), incremental, after);
        }
    }

    /** One random edit of the kinds an editor makes (and a few it should not); @return what it did */
    private String edit(Patient patient, Random random, int step) {
        if (putBack != null) {
            putBack.run();
            putBack = null;
        }
        EpisodeOfCare episode = patient.getEpisodes().get(0);
        EList<Session> sessions = episode.getSessions();
        Session session = sessions.get(random.nextInt(sessions.size()));
        List<PlannedIntervention> planned = plannedInterventions(episode);
        switch (random.nextInt(12)) {
            case 0 -> session.getSoap().setSubjective("note \"" + step + "\"\n" + "x".repeat(random.nextInt(40)));
            case 1 -> session.getSoap().setSubjective(session.getSoap().getSubjective()); // the same value again
            case 2 -> session.setPainBefore(random.nextBoolean() ? null : random.nextInt(11));
            case 3 -> ClinicalRecords.newSession(episode, LocalDate.of(2026, 6, 1).plusDays(step), "t-new");
            case 4 -> {
                if (sessions.size() > 3) {
                    sessions.remove(session);
                }
            }
            case 5 -> sessions.move(random.nextInt(sessions.size()), random.nextInt(sessions.size()));
            case 6 -> {
                DeliveredIntervention delivered = ClinicalFactory.eINSTANCE.createDeliveredIntervention();
                delivered.setId("d-" + step);
                delivered.setModalityId("core.bird-dog");
                delivered.setPlanned(planned.isEmpty() ? null : planned.get(random.nextInt(planned.size())));
                session.getInterventions().add(delivered);
            }
            case 7 -> {
                // a referenced object gets another id: the sessions that refer to it change text
                if (!planned.isEmpty()) {
                    planned.get(random.nextInt(planned.size())).setId("planned-" + step);
                }
            }
            case 8 -> {
                // an object inside stops reporting its changes to the kept fragment, then changes
                session.getSoap().eAdapters().clear();
                session.getSoap().setPlan("plan " + step);
            }
            case 9 -> episode.getAssessments().get(0).getAdministrations().get(0).getScores().get(0)
                    .setValue(random.nextInt(100) / 4.0);
            case 10 -> {
                // a planned intervention leaves the record and comes back: references to it
                // cannot be written while it is gone (then emfjson writes, and neither text is kept)
                if (!planned.isEmpty()) {
                    PlannedIntervention target = planned.get(random.nextInt(planned.size()));
                    List<PlannedIntervention> owner = ((PlanRevision) target.eContainer()).getInterventions();
                    int index = owner.indexOf(target);
                    owner.remove(target);
                    putBack = () -> owner.add(index, target);
                    return "removed " + target.getId() + " (put back at the next step)";
                }
            }
            default -> patient.setGivenName("Given " + step);
        }
        return "edit " + step;
    }

    private static List<PlannedIntervention> plannedInterventions(EpisodeOfCare episode) {
        List<PlannedIntervention> found = new ArrayList<>();
        for (TreatmentPlan plan : episode.getPlans()) {
            for (EObject content : (Iterable<EObject>) plan::eAllContents) {
                if (content instanceof PlannedIntervention intervention) {
                    found.add(intervention);
                }
            }
        }
        return found;
    }
}
