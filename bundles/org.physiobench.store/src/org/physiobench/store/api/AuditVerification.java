package org.physiobench.store.api;

/**
 * Result of checking the audit trail's hash chain.
 *
 * @param entriesChecked how many entries were read
 * @param firstBadSequence the sequence number of the first entry that does not fit the chain
 *            (edited, inserted, or following a deleted entry), or -1 when the chain is intact
 * @param problem what is wrong with that entry, or {@code null} when intact
 */
public record AuditVerification(long entriesChecked, long firstBadSequence, String problem) {

    public static AuditVerification intact(long entriesChecked) {
        return new AuditVerification(entriesChecked, -1, null);
    }

    public boolean isIntact() {
        return problem == null;
    }

    @Override
    public String toString() {
        return isIntact() ? "audit trail intact (" + entriesChecked + " entries)"
                : "audit trail broken at entry " + firstBadSequence + ": " + problem;
    }
}
