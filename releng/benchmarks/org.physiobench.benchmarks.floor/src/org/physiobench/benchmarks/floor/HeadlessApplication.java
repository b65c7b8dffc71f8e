package org.physiobench.benchmarks.floor;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** Prints one JSON object and exits: the floor for a headless `physiobench` call. */
public class HeadlessApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        System.out.println("{\"floor\":true}");
        return EXIT_OK;
    }

    @Override
    public void stop() {
        // nothing runs after start returns
    }
}
