package org.physiobench.benchmarks.floor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The start-up probe of the reference applications, as PhysioBench's own: writes the current
 * time to the file named by {@code -Dphysiobench.startupProbe}, if set.
 */
public final class StartupProbe {

    private StartupProbe() {
    }

    /** @return whether the application should now close itself ({@code -Dphysiobench.startupProbe.exit=true}) */
    public static boolean reportInteractive() {
        String probe = System.getProperty("physiobench.startupProbe");
        if (probe == null) {
            return false;
        }
        try {
            Files.writeString(Path.of(probe), Long.toString(System.currentTimeMillis()));
        } catch (IOException e) {
            System.err.println("Cannot write the start-up probe " + probe + ": " + e);
        }
        return Boolean.getBoolean("physiobench.startupProbe.exit");
    }
}
