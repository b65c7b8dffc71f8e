package org.physiobench.ui.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/** The PhysioBench workbench application: opens the therapist's window and runs it. */
public class Application implements IApplication {

    /** slf4j's level for its own notices (HikariCP logs through slf4j). */
    static final String SLF4J_VERBOSITY = "slf4j.internal.verbosity";

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
     * slf4j has no binding in the product (no ServiceLoader mediator runs, see
     * physiobench.product) and would say so on stderr at the first logger; the therapist's
     * terminal (or the launcher's log) should show problems only. The launcher passes
     * {@code -D}{@value #SLF4J_VERBOSITY}{@code =ERROR}; this covers starts without it (the
     * tests, an IDE). A value given on the command line wins.
     */
    static void quietLibraries() {
        if (System.getProperty(SLF4J_VERBOSITY) == null) {
            System.setProperty(SLF4J_VERBOSITY, "ERROR");
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
