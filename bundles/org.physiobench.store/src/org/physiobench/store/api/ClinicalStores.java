package org.physiobench.store.api;

import java.nio.file.Path;
import java.time.Clock;

import org.physiobench.store.internal.StoreFactory;
import org.physiobench.store.internal.StorePreferences;

/** Opens the clinical record store and checks backup files. */
public final class ClinicalStores {

    private ClinicalStores() {
    }

    /**
     * The store this installation is configured for: the command line's system properties
     * ({@code -Dphysiobench.store.url=...}, {@code .user}, {@code .password}, {@code .poolSize})
     * first, then the preferences of node {@code org.physiobench.store}, else the embedded
     * SQLite store in the data folder.
     *
     * @throws IllegalArgumentException for an unsupported URL or pool size; the message says
     *             which
     */
    public static StoreSettings configuredSettings() {
        return StoreSettings.from(System::getProperty, StorePreferences::get);
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
