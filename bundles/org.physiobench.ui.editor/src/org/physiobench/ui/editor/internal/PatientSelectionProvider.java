package org.physiobench.ui.editor.internal;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.part.MultiPageEditorPart;
import org.eclipse.ui.part.MultiPageSelectionProvider;

/**
 * The patient editor's selection is always its patient, whichever page is showing, so the
 * progress and home-programme views show the record being edited.
 */
final class PatientSelectionProvider extends MultiPageSelectionProvider {

    private ISelection selection = StructuredSelection.EMPTY;

    PatientSelectionProvider(MultiPageEditorPart editor) {
        super(editor);
    }

    @Override
    public ISelection getSelection() {
        return selection;
    }

    @Override
    public void setSelection(ISelection newSelection) {
        selection = newSelection;
        SelectionChangedEvent event = new SelectionChangedEvent(this, newSelection);
        fireSelectionChanged(event);
        firePostSelectionChanged(event);
    }
}
