package org.physiobench.benchmarks.rcp;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.physiobench.benchmarks.floor.StartupProbe;

/**
 * Runs an Eclipse workbench with one window in an empty perspective and, once the event loop is
 * idle after the window opened, writes the time to the file named by
 * {@code -Dphysiobench.startupProbe} - the moment PhysioBench's own probe reports (its window
 * advisor's {@code postWindowOpen}). Closes itself when {@code -Dphysiobench.startupProbe.exit=true}.
 */
public class EmptyWorkbenchApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        Display display = PlatformUI.createDisplay();
        try {
            PlatformUI.createAndRunWorkbench(display, new Advisor());
            return EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    @Override
    public void stop() {
        // the workbench closes itself after the probe, or with the process
    }

    /** Configured as PhysioBench's advisors configure its workbench, without its views. */
    private static final class Advisor extends WorkbenchAdvisor {

        @Override
        public void initialize(IWorkbenchConfigurer configurer) {
            super.initialize(configurer);
            configurer.setSaveAndRestore(true);
        }

        @Override
        public String getInitialWindowPerspectiveId() {
            return EmptyPerspective.ID;
        }

        @Override
        public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
            return new WorkbenchWindowAdvisor(configurer) {
                @Override
                public void preWindowOpen() {
                    IWorkbenchWindowConfigurer window = getWindowConfigurer();
                    window.setInitialSize(new Point(1280, 720));
                    window.setShowCoolBar(false);
                    window.setShowStatusLine(true);
                    window.setShowProgressIndicator(true);
                    window.setShowPerspectiveBar(false);
                }

                @Override
                public void postWindowOpen() {
                    Display display = getWindowConfigurer().getWindow().getShell().getDisplay();
                    display.asyncExec(EmptyWorkbenchApplication::reportInteractive);
                }
            };
        }
    }

    private static void reportInteractive() {
        if (StartupProbe.reportInteractive()) {
            PlatformUI.getWorkbench().close();
        }
    }
}
