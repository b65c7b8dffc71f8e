package org.physiobench.store.api;

/** How a backup is restored. */
public enum RestoreMode {
    /** Restore only into a store without records or audit entries; refuse otherwise. */
    INTO_EMPTY,
    /** Replace every record and the audit trail of this store with the backup's. */
    REPLACE
}
