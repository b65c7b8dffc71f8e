package org.physiobench.benchmarks.e4;

import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.physiobench.benchmarks.floor.StartupProbe;

/**
 * Reports "interactive window" at the moment the RCP reference and the floor report it: the window
 * is shown and the event loop runs. The time goes to the file named by
 * {@code -Dphysiobench.startupProbe}; the workbench closes itself (saving its model, as the RCP
 * reference saves its state) when {@code -Dphysiobench.startupProbe.exit=true}.
 * <p>
 * E4's rendering engine posts {@code APP_STARTUP_COMPLETE} after it has created and shown every
 * window, right before its event loop. A {@code @UIEventTopic} method is called through the event
 * loop; the report is then queued once more ({@code asyncExec}, as the RCP reference queues it from
 * {@code postWindowOpen}), so it runs in a pass of the running event loop, never earlier.
 */
public class StartupProbeAddon {

    @Inject
    @Optional
    void applicationStarted(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) MApplication application,
            IWorkbench workbench) {
        Display.getCurrent().asyncExec(() -> reportInteractive(application, workbench));
    }

    private static void reportInteractive(MApplication application, IWorkbench workbench) {
        if (!everyWindowShown(application)) {
            // A report before the window shows would flatter this reference: fail the measurement.
            System.err.println("Reference E4 workbench: start-up completed before its window was shown");
            workbench.close();
            return;
        }
        if (StartupProbe.reportInteractive()) {
            workbench.close();
        }
    }

    private static boolean everyWindowShown(MApplication application) {
        boolean any = false;
        for (MWindow window : application.getChildren()) {
            if (!window.isToBeRendered() || !window.isVisible()) {
                continue;
            }
            if (!(window.getWidget() instanceof Shell shell) || !shell.isVisible()) {
                return false;
            }
            any = true;
        }
        return any;
    }
}
