package org.physiobench.store.api;

import java.nio.file.Path;
import java.time.Clock;

import org.physiobench.store.internal.StoreFactory;

/** Opens the clinical record store and checks backup files. */
public final class ClinicalStores {

    private ClinicalStores() {
    }

    /**
     * Opens a store, creating its database file (SQLite) or schema (PostgreSQL) on first use and
     * migrating it to the current schema.
     *
     * @throws StoreException when the database cannot be reached, opened or migrated; the
     *             message names the database
     */
    public static ClinicalStore open(StoreSettings settings) throws StoreException {
        return StoreFactory.open(settings, Clock.systemUTC());
    }

    /**
     * Checks a backup file without restoring it: checksums, audit chain, schema version and
     * every document.
     *
     * @throws StoreException when the file is not a readable backup at all
     */
    public static VerificationReport verifyBackup(Path file) throws StoreException {
        return StoreFactory.verifyBackup(file);
    }
}
