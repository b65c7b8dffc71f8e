package org.physiobench.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/**
 * Start-up measurement hook for the benchmarks (releng/benchmarks/run.sh): when
 * {@code -Dphysiobench.startupProbe=<file>} is set, the time at which the workbench window
 * is open and the event loop is idle - a therapist could click - is written to that file;
 * with {@code -Dphysiobench.startupProbe.exit=true} the workbench then closes itself.
 * Without the property nothing happens.
 */
final class StartupProbe {

    private static final String PROPERTY = "physiobench.startupProbe";

    private StartupProbe() {
    }

    static void reportWhenIdle(Display display) {
        String probe = System.getProperty(PROPERTY);
        if (probe == null) {
            return;
        }
        // asyncExec runs once the events queued by opening the window are processed
        display.asyncExec(() -> {
            try {
                Files.writeString(Path.of(probe), Long.toString(System.currentTimeMillis()));
            } catch (IOException e) {
                ILog.of(StartupProbe.class).error("Cannot write the start-up probe " + probe, e);
            }
            if (Boolean.getBoolean(PROPERTY + ".exit")) {
                PlatformUI.getWorkbench().close();
            }
        });
    }
}
