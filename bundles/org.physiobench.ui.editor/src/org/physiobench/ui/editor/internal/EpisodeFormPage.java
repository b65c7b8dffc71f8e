package org.physiobench.ui.editor.internal;

import java.util.Optional;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.physiobench.model.api.EpisodeOfCare;

/**
 * A page that shows one form over the current episode of care (the plan, the sessions). The
 * forms scroll themselves, so the page gives them the whole visible area instead of growing to
 * their full height.
 *
 * @param <F> the form
 */
abstract class EpisodeFormPage<F> extends PatientEditorPage {

    private final String missingEpisodeText;
    private F form;

    EpisodeFormPage(PatientEditor editor, String id, String title, String missingEpisodeText) {
        super(editor, id, title);
        this.missingEpisodeText = missingEpisodeText;
    }

    @Override
    protected final void fill(Composite body, FormToolkit toolkit) {
        Optional<EpisodeOfCare> current = episode();
        if (current.isEmpty()) {
            toolkit.createLabel(body, missingEpisodeText, SWT.WRAP);
            return;
        }
        form = create(body, toolkit, patientEditor().getEditingDomain(), current.get());
        GridDataFactory.fillDefaults().grab(true, true).hint(300, 200).applyTo(control(form));
        body.addListener(SWT.Dispose, event -> dispose(form));
    }

    /** @return the form, once the page was shown and the patient has an episode */
    public Optional<F> getForm() {
        return Optional.ofNullable(form);
    }

    protected abstract F create(Composite body, FormToolkit toolkit, EditingDomain domain, EpisodeOfCare episode);

    protected abstract Control control(F created);

    protected abstract void dispose(F created);
}
