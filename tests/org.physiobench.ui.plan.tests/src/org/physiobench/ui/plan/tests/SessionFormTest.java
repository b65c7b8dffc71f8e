package org.physiobench.ui.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.physiobench.model.api.DeliveredIntervention;
import org.physiobench.model.api.EpisodeOfCare;
import org.physiobench.model.api.Patient;
import org.physiobench.model.api.PlannedIntervention;
import org.physiobench.model.api.Session;
import org.physiobench.ui.plan.api.SessionForm;
import org.physiobench.ui.plan.internal.DosageText;
import org.physiobench.ui.testing.Screenshots;
import org.physiobench.ui.testing.SessionFormPage;
import org.physiobench.ui.testing.UiTesting;

/** The session form in a shell: a visit recorded through its widgets, checked in the model and undone. */
class SessionFormTest {

    private Shell shell;
    private FormToolkit toolkit;
    private AdapterFactoryEditingDomain domain;
    private EpisodeOfCare episode;
    private SessionForm form;
    private SessionFormPage page;

    private void open(Patient patient) {
        episode = patient.getEpisodes().get(0);
        domain = PlanFixtures.domainFor(patient);
        shell = PlanFixtures.shell(1150, 900);
        toolkit = new FormToolkit(shell.getDisplay());
        form = new SessionForm(shell, toolkit, domain, episode);
        form.setClock(PlanFixtures.CLOCK);
        form.setActor(() -> PlanFixtures.THERAPIST);
        shell.open();
        UiTesting.flush();
        page = new SessionFormPage(form);
    }

    @AfterEach
    void close() {
        if (shell != null) {
            shell.dispose();
            toolkit.dispose();
        }
    }

    @Test
    void aSessionIsDeletedOnlyAfterTheTherapistConfirmedAndUndoBringsItBack() {
        open(PlanFixtures.chronicPatientWithPlan());
        List<String> asked = new ArrayList<>();
        form.setConfirmation(question -> {
            asked.add(question);
            return false;
        });
        assertFalse(page.canDeleteSession(), "nothing selected");
        page.newSession().setSoap("Recorded on the wrong patient", null, null, null);
        Session session = episode.getSessions().get(0);
        assertTrue(page.canDeleteSession());

        page.deleteSession();
        assertEquals(1, asked.size());
        assertTrue(asked.get(0).startsWith("Delete the session of 2026-11-26 (t-robin)"), asked.get(0));
        assertEquals(List.of(session), episode.getSessions(), "declined: nothing deleted");

        form.setConfirmation(question -> true);
        page.deleteSession();
        assertTrue(episode.getSessions().isEmpty());
        assertTrue(page.sessions().isEmpty());
        assertFalse(page.canDeleteSession());
        assertTrue(form.getSelectedSession().isEmpty());

        domain.getCommandStack().undo();
        UiTesting.flush();
        assertEquals(List.of(session), episode.getSessions());
        assertEquals("Recorded on the wrong patient", session.getSoap().getSubjective(), "with its note");
    }

    @Test
    void aNewSessionHasThePlannedInterventionsWithTheirDosageToEditToWhatWasDelivered() throws Exception {
        open(PlanFixtures.chronicPatientWithPlan());
        PlannedIntervention planned = episode.getPlans().get(0).getCurrentRevision().getInterventions().get(0);
        page.newSession();

        assertEquals(1, episode.getSessions().size());
        Session session = episode.getSessions().get(0);
        assertSame(session, form.getSelectedSession().orElseThrow());
        assertEquals(PlanFixtures.TODAY, session.getDate());
        assertEquals(PlanFixtures.THERAPIST, session.getTherapistId());
        assertEquals(List.of("core.bird-dog"), page.deliveredModalityIds());
        DeliveredIntervention delivered = session.getInterventions().get(0);
        assertSame(planned, delivered.getPlanned());
        assertEquals(DosageText.toMap(planned.getParameters()), DosageText.toMap(delivered.getParameters()));

        page.setDeliveredDosage("core.bird-dog", "repetitions", "4").setResponse("core.bird-dog", "Tired after 4");
        assertEquals("4", DosageText.toMap(delivered.getParameters()).get("repetitions"));
        assertEquals("6", DosageText.toMap(planned.getParameters()).get("repetitions"), "the plan is not changed");
        assertEquals("Tired after 4", delivered.getPatientResponse());

        page.setPain(6, 3).setAdherence(80).setSoap("Pain eases when walking", "Flexion to knees", "Improving",
                "Progress the bird dog");
        assertEquals(6, session.getPainBefore());
        assertEquals(3, session.getPainAfter());
        assertEquals(80, session.getHomeProgrammeAdherencePercent());
        assertEquals("Pain eases when walking", session.getSoap().getSubjective());
        assertEquals("Progress the bird dog", session.getSoap().getPlan());
        assertEquals(List.of(List.of("2026-11-26", "6 \u2192 3", "80 %", "1")), page.sessions());
        Screenshots.save(form.getControl(), "session-form.png");

        domain.getCommandStack().undo(); // the SOAP plan
        domain.getCommandStack().undo(); // assessment
        domain.getCommandStack().undo(); // objective
        domain.getCommandStack().undo(); // subjective
        domain.getCommandStack().undo(); // adherence 80
        domain.getCommandStack().undo(); // adherence asked (0 %)
        UiTesting.flush();
        assertNull(session.getHomeProgrammeAdherencePercent());
        assertEquals(List.of("2026-11-26", "6 \u2192 3", "", "1"), page.sessions().get(0));
        while (domain.getCommandStack().canUndo()) {
            domain.getCommandStack().undo();
        }
        UiTesting.flush();
        assertTrue(episode.getSessions().isEmpty());
        assertEquals(List.of(), page.sessions());
    }

    @Test
    void theSessionDateIsSetWithTheDatePicker() {
        open(PlanFixtures.chronicPatientWithPlan());
        page.newSession();
        org.eclipse.swt.widgets.DateTime date = org.physiobench.ui.testing.Widgets.find(form.getControl(),
                org.physiobench.ui.plan.api.PlanWidgetIds.KEY, org.physiobench.ui.plan.api.PlanWidgetIds.SESSION_DATE,
                org.eclipse.swt.widgets.DateTime.class);
        date.setDate(2026, 10, 24); // months count from 0: 24 November
        date.notifyListeners(org.eclipse.swt.SWT.Selection, null);
        UiTesting.flush();
        assertEquals(java.time.LocalDate.of(2026, 11, 24), episode.getSessions().get(0).getDate());
        assertEquals("2026-11-24", page.sessions().get(0).get(0));
    }

    @Test
    void painIsChosenFromNotAskedAndZeroToTenOnlyAndAdherenceStopsAtOneHundred() {
        open(PlanFixtures.chronicPatientWithPlan());
        page.newSession();
        List<String> expected = new ArrayList<>(List.of("not asked"));
        for (int value = 0; value <= 10; value++) {
            expected.add(Integer.toString(value));
        }
        assertEquals(expected, page.painChoices());
        page.setAdherence(150);
        assertEquals(100, episode.getSessions().get(0).getHomeProgrammeAdherencePercent());
        page.setPain(4, null);
        assertEquals(4, episode.getSessions().get(0).getPainBefore());
        assertNull(episode.getSessions().get(0).getPainAfter());
    }

    @Test
    void withoutAPlanANewSessionHasNoInterventions() {
        open(PlanFixtures.chronicPatient());
        page.newSession();
        assertEquals(1, episode.getSessions().size());
        assertEquals(List.of(), page.deliveredModalityIds());
    }

    @Test
    void anUndoneChangeMadeElsewhereIsShown() {
        open(PlanFixtures.chronicPatientWithPlan());
        page.newSession().setPain(7, 5);
        Session session = episode.getSessions().get(0);
        domain.getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(domain, session,
                org.physiobench.model.api.ClinicalPackage.Literals.SESSION__PAIN_AFTER, 2));
        UiTesting.flush();
        assertEquals("7 \u2192 2", page.sessions().get(0).get(1));
        domain.getCommandStack().undo();
        UiTesting.flush();
        assertEquals("7 \u2192 5", page.sessions().get(0).get(1));
    }
}
