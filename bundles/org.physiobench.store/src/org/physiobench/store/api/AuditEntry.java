package org.physiobench.store.api;

import java.time.Instant;

/**
 * One entry of the append-only audit trail.
 *
 * @param sequence position in the chain, 1 for the first entry, without gaps
 * @param at when the action was committed (UTC)
 * @param actor who did it (the therapist's user id, or a system actor such as "demo")
 * @param recordId the record concerned, or {@code null} for store-wide actions (restore)
 * @param action what was done
 * @param detail free text (e.g. the version written, the backup file restored)
 * @param previousHash hash of the previous entry (64 zeros for the first)
 * @param hash SHA-256 over the previous hash and this entry's fields
 */
public record AuditEntry(long sequence, Instant at, String actor, String recordId, AuditAction action, String detail,
        String previousHash, String hash) {
}
