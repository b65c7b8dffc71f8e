package org.physiobench.ui.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The therapist's perspective: navigation on the left, the patient's editors in the
 * middle. Views of later bundles add themselves through perspectiveExtensions.
 */
public class ClinicalPerspective implements IPerspectiveFactory {

    public static final String ID = "org.physiobench.ui.perspective.clinical";

    /** Folder on the left for lists (welcome now, patients later). */
    public static final String NAVIGATION_FOLDER = "org.physiobench.ui.folders.navigation";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(true);
        layout.createFolder(NAVIGATION_FOLDER, IPageLayout.LEFT, 0.35f, layout.getEditorArea())
                .addView(WelcomeView.ID);
    }
}
