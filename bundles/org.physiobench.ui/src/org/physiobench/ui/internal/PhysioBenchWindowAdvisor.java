package org.physiobench.ui.internal;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.physiobench.core.api.ProductInfo;

/** The therapist's main window: titled "PhysioBench", sized for a clinic desktop. */
class PhysioBenchWindowAdvisor extends WorkbenchWindowAdvisor {

    /** Fits a 1366x768 clinic laptop with the panel visible. */
    private static final Point INITIAL_SIZE = new Point(1280, 720);

    PhysioBenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setInitialSize(INITIAL_SIZE);
        configurer.setShowCoolBar(false);
        configurer.setShowStatusLine(true);
        configurer.setShowProgressIndicator(true);
        configurer.setShowPerspectiveBar(false);
        configurer.setTitle(ProductInfo.NAME);
    }

    @Override
    public void postWindowOpen() {
        StartupProbe.reportWhenIdle(getWindowConfigurer().getWindow().getShell().getDisplay());
    }
}
