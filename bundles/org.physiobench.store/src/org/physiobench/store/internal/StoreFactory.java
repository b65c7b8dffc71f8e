package org.physiobench.store.internal;

import java.nio.file.Path;
import java.time.Clock;

import org.physiobench.store.api.ClinicalStore;
import org.physiobench.store.api.StoreException;
import org.physiobench.store.api.StoreSettings;
import org.physiobench.store.api.VerificationReport;

/** Creates stores for the API's {@code ClinicalStores}; tests call it with their own clock. */
public final class StoreFactory {

    private StoreFactory() {
    }

    public static ClinicalStore open(StoreSettings settings, Clock clock) throws StoreException {
        return JdbcClinicalStore.open(settings, ClinicalPatientModel.INSTANCE, clock);
    }

    public static VerificationReport verifyBackup(Path file) throws StoreException {
        PatientJson json = new PatientJson(ClinicalPatientModel.INSTANCE);
        return BackupFile.check(file, row -> JdbcClinicalStore.parse(row, json, ClinicalPatientModel.INSTANCE))
                .report();
    }
}
