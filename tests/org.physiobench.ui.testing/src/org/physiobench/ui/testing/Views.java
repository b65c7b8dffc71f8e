package org.physiobench.ui.testing;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/** Helpers for tests of views in the running workbench (UI harness). */
public final class Views {

    private Views() {
    }

    /** @return the active page of the active workbench window */
    public static IWorkbenchPage activePage() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** Hides each of the views that is open in the page. */
    public static void hide(IWorkbenchPage page, String... viewIds) {
        for (String id : viewIds) {
            IViewPart view = page.findView(id);
            if (view != null) {
                page.hideView(view);
            }
        }
    }

    /**
     * Makes {@code element} the workbench selection, as the patients view does when a patient is
     * picked: {@link PatientSelectionView} is shown, activated and selects it.
     */
    public static void select(IWorkbenchPage page, Object element) throws PartInitException {
        PatientSelectionView selector = (PatientSelectionView) page.showView(PatientSelectionView.ID);
        page.activate(selector);
        selector.setSelection(new StructuredSelection(element));
        UiTesting.flush();
    }
}
