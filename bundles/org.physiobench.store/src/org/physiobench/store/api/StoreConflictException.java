package org.physiobench.store.api;

/**
 * A save, archive or delete was based on a version of the record that is no longer the
 * current one: someone else changed it in between. Nothing was written; the caller must
 * reload, merge and save again.
 */
public class StoreConflictException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final String recordId;
    private final long expectedVersion;
    private final long actualVersion;

    /**
     * @param recordId the record
     * @param expectedVersion the version the caller based its change on (0 = a new record)
     * @param actualVersion the version in the store (0 = the record does not exist)
     */
    public StoreConflictException(String recordId, long expectedVersion, long actualVersion) {
        super(message(recordId, expectedVersion, actualVersion));
        this.recordId = recordId;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    private static String message(String recordId, long expected, long actual) {
        if (expected == 0) {
            return "Record " + recordId + " already exists (version " + actual + "); it cannot be created again";
        }
        if (actual == 0) {
            return "Record " + recordId + " was changed based on version " + expected
                    + ", but it no longer exists in the store";
        }
        return "Record " + recordId + " was changed by someone else: this change is based on version " + expected
                + ", the store holds version " + actual + ". Reload the record and apply the change again.";
    }

    public String recordId() {
        return recordId;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long actualVersion() {
        return actualVersion;
    }
}
