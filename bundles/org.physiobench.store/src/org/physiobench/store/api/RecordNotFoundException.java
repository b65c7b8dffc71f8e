package org.physiobench.store.api;

/** There is no record with the requested id (never stored, or deleted). */
public class RecordNotFoundException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final String recordId;

    public RecordNotFoundException(String recordId) {
        super("There is no record " + recordId + " in the store");
        this.recordId = recordId;
    }

    public String recordId() {
        return recordId;
    }
}
