package org.physiobench.ui.editor.internal;

import java.util.List;
import java.util.Optional;

import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.physiobench.model.api.EpisodeOfCare;
import org.physiobench.model.api.Patient;
import org.physiobench.ui.editor.api.PatientEditorInput;

/**
 * A page of the patient editor. Pages work on the editor's working copy through its editing
 * domain; they are rebuilt when the record is reloaded or its current episode changes.
 */
public abstract class PatientEditorPage extends FormPage {

    private final PatientEditor patientEditor;

    PatientEditorPage(PatientEditor editor, String id, String title) {
        super(editor, id, title);
        this.patientEditor = editor;
    }

    /** @return the pages in the order the editor shows them */
    static List<PatientEditorPage> all(PatientEditor editor) {
        return List.of(new OverviewPage(editor), new AssessmentsPage(editor), new PlanPage(editor), new SessionsPage(editor),
                new DischargePage(editor));
    }

    @Override
    protected final void createFormContent(IManagedForm managedForm) {
        ScrolledForm form = managedForm.getForm();
        FormToolkit toolkit = managedForm.getToolkit();
        Composite body = form.getBody();
        body.setLayout(new GridLayout(1, false));
        FormParts.pageTitle(body, toolkit, PatientEditorInput.displayName(patient()) + " \u2013 " + getTitle());
        fill(body, toolkit);
    }

    /** Creates the page's content in the form body (a one-column grid). */
    protected abstract void fill(Composite body, FormToolkit toolkit);

    PatientEditor patientEditor() {
        return patientEditor;
    }

    Patient patient() {
        return patientEditor.getPatient();
    }

    /** @return the episode of care the pages work on: the active one, else the latest */
    Optional<EpisodeOfCare> episode() {
        return PatientRedFlags.currentEpisode(patient());
    }
}
