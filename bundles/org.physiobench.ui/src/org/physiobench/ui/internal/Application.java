package org.physiobench.ui.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/** The PhysioBench workbench application: opens the therapist's window and runs it. */
public class Application implements IApplication {

    /** slf4j-simple's level property (HikariCP logs through slf4j). */
    static final String SLF4J_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

    @Override
    public Object start(IApplicationContext context) {
        quietLibraries();
        Display display = PlatformUI.createDisplay();
        try {
            int returnCode = PlatformUI.createAndRunWorkbench(display, new PhysioBenchWorkbenchAdvisor());
            return returnCode == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    /**
     * HikariCP announces every pool start and stop at INFO on stderr; the therapist's terminal
     * (or the launcher's log) should show problems only, as the command line does with
     * {@code -D}{@value #SLF4J_LEVEL}{@code =warn}. Set before the first logger is created,
     * which is when slf4j-simple reads it; a level given on the command line wins.
     */
    static void quietLibraries() {
        if (System.getProperty(SLF4J_LEVEL) == null) {
            System.setProperty(SLF4J_LEVEL, "warn");
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
