package org.physiobench.ui.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.PlatformUI;

/**
 * The therapist's perspective: navigation on the left, the patient's editors in the
 * middle, the views that follow the patient (progress, home programme) below them. Views of
 * other bundles add themselves through perspectiveExtensions.
 */
public class ClinicalPerspective implements IPerspectiveFactory {

    public static final String ID = "org.physiobench.ui.perspective.clinical";

    /** Folder on the left for lists: the patients, then the welcome page. */
    public static final String NAVIGATION_FOLDER = "org.physiobench.ui.folders.navigation";

    /**
     * The patient list (bundle org.physiobench.ui.patients). Named here, not contributed by a
     * perspectiveExtension, because an extension can only add a tab after the existing ones and
     * the patient list must be the first, selected tab.
     */
    public static final String PATIENTS_VIEW = "org.physiobench.ui.views.patients";

    /** Folder below the editors for the views that follow the patient being worked on. */
    public static final String PATIENT_FOLDER = "org.physiobench.ui.folders.patient";

    /** The views of the patient folder, in tab order (bundles org.physiobench.ui.progress and .ui.plan). */
    public static final String[] PATIENT_VIEWS = { "org.physiobench.ui.views.progress",
            "org.physiobench.ui.views.homeProgramme" };

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(true);
        IFolderLayout navigation = layout.createFolder(NAVIGATION_FOLDER, IPageLayout.LEFT, 0.45f,
                layout.getEditorArea());
        // Only when the patients bundle is installed: a missing view would show an error tab.
        if (PlatformUI.getWorkbench().getViewRegistry().find(PATIENTS_VIEW) != null) {
            navigation.addView(PATIENTS_VIEW);
        }
        navigation.addView(WelcomeView.ID);
        // One folder, tabs in a fixed order: perspective extensions of several bundles are read
        // in bundle order and would split these views into separate areas.
        IFolderLayout patient = layout.createFolder(PATIENT_FOLDER, IPageLayout.BOTTOM, 0.6f, layout.getEditorArea());
        for (String view : PATIENT_VIEWS) {
            if (PlatformUI.getWorkbench().getViewRegistry().find(view) != null) {
                patient.addView(view);
            }
        }
    }
}
