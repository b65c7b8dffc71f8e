package org.physiobench.store.api;

import java.time.Instant;

/**
 * Which audit entries to read; {@code null} criteria match everything. Entries come in
 * sequence order (oldest first).
 *
 * @param recordId only entries about this record
 * @param actor only entries by this user
 * @param action only this action
 * @param from only entries at or after this instant
 * @param to only entries before this instant
 * @param limit maximum entries, 0 for no limit
 */
public record AuditQuery(String recordId, String actor, AuditAction action, Instant from, Instant to, int limit) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, 0);
    }

    public static AuditQuery forRecord(String recordId) {
        return new AuditQuery(recordId, null, null, null, null, 0);
    }

    public static AuditQuery byActor(String actor) {
        return new AuditQuery(null, actor, null, null, null, 0);
    }
}
