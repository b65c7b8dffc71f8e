package org.physiobench.store.api;

/**
 * One record cannot be read (its JSON is malformed or does not describe a patient). Only that
 * record is affected: the list and every other record still load.
 */
public class CorruptRecordException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final String recordId;

    public CorruptRecordException(String recordId, String problem, Throwable cause) {
        super("Record " + recordId + " cannot be read: " + problem, cause);
        this.recordId = recordId;
    }

    public String recordId() {
        return recordId;
    }
}
