package org.physiobench.ui.editor.internal;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.physiobench.model.api.EpisodeOfCare;
import org.physiobench.ui.patients.api.WorkbenchStore;
import org.physiobench.ui.plan.api.PlanForm;

/** The treatment plan of the current episode (org.physiobench.ui.plan's form). */
public final class PlanPage extends EpisodeFormPage<PlanForm> {

    public static final String ID = "org.physiobench.ui.editor.plan";

    private Runnable markSaved;

    PlanPage(PatientEditor editor) {
        super(editor, ID, "Plan", "Start an episode of care on the Overview page to plan treatment.");
    }

    @Override
    protected PlanForm create(Composite body, FormToolkit toolkit, EditingDomain domain, EpisodeOfCare episode) {
        PlanForm form = new PlanForm(body, toolkit, domain, episode);
        form.setActor(WorkbenchStore.get()::actor);
        // after a save the next change starts a new revision, with its reason
        markSaved = form::markSaved;
        patientEditor().addSaveListener(markSaved);
        return form;
    }

    @Override
    protected Control control(PlanForm form) {
        return form.getControl();
    }

    @Override
    protected void dispose(PlanForm form) {
        patientEditor().removeSaveListener(markSaved);
        form.dispose();
    }
}
