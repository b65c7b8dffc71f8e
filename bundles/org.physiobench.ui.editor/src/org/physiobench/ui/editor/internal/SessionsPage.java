package org.physiobench.ui.editor.internal;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.physiobench.model.api.EpisodeOfCare;
import org.physiobench.ui.patients.api.WorkbenchStore;
import org.physiobench.ui.plan.api.SessionForm;

/** The treatment sessions of the current episode (org.physiobench.ui.plan's session form). */
public final class SessionsPage extends EpisodeFormPage<SessionForm> {

    public static final String ID = "org.physiobench.ui.editor.sessions";

    SessionsPage(PatientEditor editor) {
        super(editor, ID, "Sessions", "Start an episode of care on the Overview page to record sessions.");
    }

    @Override
    protected SessionForm create(Composite body, FormToolkit toolkit, EditingDomain domain, EpisodeOfCare episode) {
        SessionForm form = new SessionForm(body, toolkit, domain, episode);
        form.setActor(WorkbenchStore.get()::actor);
        return form;
    }

    @Override
    protected Control control(SessionForm form) {
        return form.getControl();
    }

    @Override
    protected void dispose(SessionForm form) {
        form.dispose();
    }
}
