package org.physiobench.benchmarks.rcp;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** A perspective with no views: the editor area only, as an RCP application starts from. */
public class EmptyPerspective implements IPerspectiveFactory {

    static final String ID = "org.physiobench.benchmarks.rcp.empty";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        // nothing: the reference measures the workbench itself
    }
}
