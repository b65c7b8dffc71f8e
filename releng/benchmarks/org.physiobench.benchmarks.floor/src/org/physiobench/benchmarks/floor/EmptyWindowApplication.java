package org.physiobench.benchmarks.floor;

import java.io.IOException;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Opens one empty SWT window and, once the event loop is idle after it was shown, writes
 * the time to the file named by {@code -Dphysiobench.startupProbe}: the same moment the
 * workbench reports for "interactive window". Closes itself when
 * {@code -Dphysiobench.startupProbe.exit=true}.
 */
public class EmptyWindowApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) throws IOException {
        Display display = new Display();
        try {
            Shell shell = new Shell(display);
            shell.setText("Floor");
            shell.setSize(1280, 720);
            shell.open();
            display.asyncExec(() -> reportInteractive(display));
            while (!shell.isDisposed()) {
                if (!display.readAndDispatch()) {
                    display.sleep();
                }
            }
        } finally {
            display.dispose();
        }
        return EXIT_OK;
    }

    private static void reportInteractive(Display display) {
        if (StartupProbe.reportInteractive()) {
            for (Shell shell : display.getShells()) {
                shell.close();
            }
        }
    }

    @Override
    public void stop() {
        // the window closes with the process
    }
}
