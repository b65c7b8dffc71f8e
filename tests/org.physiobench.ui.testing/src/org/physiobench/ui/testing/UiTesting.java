package org.physiobench.ui.testing;

import org.eclipse.swt.widgets.Display;

/** Helpers for tests that drive SWT directly on the UI thread. */
public final class UiTesting {

    private UiTesting() {
    }

    /** Delivers every pending event (layouts, paints, asyncExecs) before the test looks. */
    public static void flush() {
        Display display = Display.getDefault();
        while (display.readAndDispatch()) {
            // keep dispatching until the queue is empty
        }
    }
}
