package org.physiobench.store.internal;

import java.nio.file.Path;
import java.time.Clock;

import org.physiobench.model.api.Patient;
import org.physiobench.store.api.StoreSettings;
import org.physiobench.store.api.StoredPatient;

/**
 * The child process of {@link CrashSafetyTest}, run on a plain class path (no OSGi): writes
 * records to a SQLite store as fast as it can and prints a line after each commit returned,
 * until it is killed.
 *
 * <p>Output: {@code OPENING} before the store is opened, {@code READY <milliseconds the opening
 * took>} once it is open, then {@code C <id> 1 OK} after a create
 * and {@code U <id> <version> OK} after an update. The trailing {@code OK} tells the parent
 * that the line was printed completely before the kill.
 */
public final class CrashWriter {

    private CrashWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        String prefix = args[1];
        System.out.println("OPENING");
        System.out.flush();
        long opening = System.nanoTime();
        try (JdbcClinicalStore store = JdbcClinicalStore.open(new StoreSettings.Sqlite(file),
                ClinicalPatientModel.INSTANCE, Clock.systemUTC())) {
            System.out.println("READY " + (System.nanoTime() - opening) / 1_000_000);
            System.out.flush();
            String previous = null;
            for (int i = 0;; i++) {
                String id = prefix + "-" + i;
                Patient patient = TestPatients.patient(id, "Crash", "Test " + i, 1 + i % 4);
                store.savePatient(patient, 0, "crash-writer");
                System.out.println("C " + id + " 1 OK");
                System.out.flush();
                if (previous != null && i % 2 == 0) {
                    StoredPatient loaded = store.loadPatient(previous, "crash-writer");
                    loaded.patient().setGivenName("Updated " + i);
                    long version = store.savePatient(loaded.patient(), loaded.version(), "crash-writer");
                    System.out.println("U " + previous + " " + version + " OK");
                    System.out.flush();
                }
                previous = id;
            }
        }
    }
}
