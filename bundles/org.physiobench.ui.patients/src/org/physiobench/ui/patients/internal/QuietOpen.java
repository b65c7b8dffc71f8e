package org.physiobench.ui.patients.internal;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.physiobench.store.api.ClinicalStore;
import org.physiobench.store.api.ClinicalStores;
import org.physiobench.store.api.StoreException;
import org.physiobench.store.api.StoreSettings;

/**
 * Opens the store without Liquibase's console chatter: on the first open of a database
 * Liquibase prints every schema change to {@code System.out} (its console UI keeps the stream
 * it finds then), which in the workbench ends up in the terminal or the launcher's log. The
 * command line does the same (CliApplication). HikariCP's INFO lines are kept off stderr by
 * the workbench application's slf4j level.
 */
public final class QuietOpen {

    private static final Object SYSTEM_OUT_LOCK = new Object();

    private QuietOpen() {
    }

    /** @see ClinicalStores#open(StoreSettings) */
    public static ClinicalStore open(StoreSettings settings) throws StoreException {
        synchronized (SYSTEM_OUT_LOCK) {
            PrintStream systemOut = System.out;
            System.setOut(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
            try {
                return ClinicalStores.open(settings);
            } finally {
                System.setOut(systemOut);
            }
        }
    }
}
