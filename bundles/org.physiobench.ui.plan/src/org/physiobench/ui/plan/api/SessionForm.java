package org.physiobench.ui.plan.api;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.physiobench.modality.api.Modalities;
import org.physiobench.modality.api.ModalityRegistry;
import org.physiobench.model.api.EpisodeOfCare;
import org.physiobench.model.api.Session;
import org.physiobench.ui.plan.internal.SessionPage;

/**
 * The sessions page of the patient editor for one episode of care: the list of visits and, for
 * the selected one, its date, therapist, SOAP note, pain before and after (NPRS 0-10, other
 * values cannot be entered), home-programme adherence (0-100 %) and the interventions delivered
 * with the dosage actually given. "New session" pre-fills the interventions of the plan in force
 * with their planned dosage, to be edited to what was delivered. "Delete session" removes a
 * visit recorded by mistake, after the therapist confirmed (undoable until the record is saved).
 *
 * <p>Every change is a command on the editing domain's stack; the form follows changes made
 * elsewhere (undo, other pages). It never saves.
 */
public final class SessionForm {

    private final SessionPage page;

    public SessionForm(Composite parent, FormToolkit toolkit, EditingDomain domain, EpisodeOfCare episode) {
        this(parent, toolkit, domain, episode, Modalities.registry());
    }

    /** For tests and embedders that bring their own modality registry. */
    public SessionForm(Composite parent, FormToolkit toolkit, EditingDomain domain, EpisodeOfCare episode,
            ModalityRegistry registry) {
        page = new SessionPage(parent, toolkit, domain, episode, registry);
    }

    /** @return the top control (a scrolled form) */
    public Control getControl() {
        return page.getControl();
    }

    /** @param actor the id of the therapist recording new sessions; default: the OS user */
    public void setActor(Supplier<String> actor) {
        page.setActor(actor);
    }

    /** @param clock the clock for a new session's date (tests) */
    public void setClock(Clock clock) {
        page.setClock(clock);
    }

    /**
     * @param confirmation answers the yes/no question asked before a session is deleted (a
     *        dialog by default; tests and embedders answer it themselves)
     */
    public void setConfirmation(Predicate<String> confirmation) {
        page.setConfirmation(confirmation);
    }

    /** @return the session shown in the detail part, if one is selected */
    public Optional<Session> getSelectedSession() {
        return page.selectedSession();
    }

    /** Shows {@code session} (one of the episode's) in the detail part. */
    public void select(Session session) {
        page.select(session);
    }

    /** Re-reads the model. */
    public void refresh() {
        page.refresh();
    }

    public void dispose() {
        page.getControl().dispose();
    }
}
