package org.physiobench.store.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

import org.physiobench.store.api.AuditEntry;

/**
 * Saving a new version of a record on PostgreSQL with as few round trips to the server as the
 * same guarantees allow. Every statement of a save waits for the server, and with a raw insert
 * costing about one round trip and the commit's flush, seven statements could not stay within
 * twice that. Here one statement does the optimistic version check, the record's columns, the
 * document, locks the audit head (in that order: a record before the head, as every other
 * writer does, so no two writers wait for each other crosswise), appends the audit entry and
 * moves the head; the commit is the second round trip.
 * <p>
 * The entry's hash is computed by the server from the head it locked (SHA-256 over the
 * previous hash and the sequence number, which only the server knows at that moment, followed
 * by the entry's other fields as {@link AuditChain#fieldsAfterSequence} writes them, sent as
 * UTF-8 bytes). Before the caller commits, the hash is computed again with
 * {@link AuditChain#hash} from what the statement returned; if the two differ, the save fails
 * and rolls back, so the chain never holds an entry Java's own check would reject.
 * <p>
 * Unlike SQLite's {@link PatientRows#update}, every index column is written, changed or not: an
 * unchanged value costs PostgreSQL nothing (an update that leaves every indexed value as it was
 * stays a heap-only tuple update and touches no index), and it saves reading them first.
 */
final class PostgreSqlSave {

    /**
     * The version check decides and locks the record row; only a row it returned updates the
     * document; only an updated document locks the audit head, appends the entry and moves the
     * head: on a stale version the statement changes nothing and returns no row.
     */
    private static final String SAVE = "WITH saved_record AS (UPDATE patient_record SET version = ?, "
            + PatientRows.indexAssignments() + ", updated_at = ?, updated_by = ? WHERE id = ? AND version = ? "
            + "RETURNING id), saved_document AS (UPDATE patient_document d SET document = ? FROM saved_record s "
            + "WHERE d.id = s.id RETURNING d.id), head AS (SELECT h.last_seq, h.last_hash FROM audit_head h "
            + "CROSS JOIN saved_document WHERE h.id = 1 FOR UPDATE OF h), next AS (SELECT last_seq + 1 AS seq, "
            + "last_hash AS prev_hash, encode(sha256(convert_to(length(last_hash) || ':' || last_hash || '|' "
            + "|| length((last_seq + 1)::text) || ':' || (last_seq + 1)::text || '|', 'UTF8') || ?), 'hex') AS hash "
            + "FROM head), entry AS (INSERT INTO audit_entry (seq, at_utc, actor, record_id, action, detail, "
            + "prev_hash, hash) SELECT seq, ?, ?, ?, ?, ?, prev_hash, hash FROM next RETURNING seq, prev_hash, hash), "
            + "moved AS (UPDATE audit_head h SET last_seq = e.seq, last_hash = e.hash FROM entry e WHERE h.id = 1 "
            + "RETURNING h.id) SELECT e.seq, e.prev_hash, e.hash FROM entry e CROSS JOIN moved";

    private PostgreSqlSave() {
    }

    /**
     * Writes {@code row} (at version {@code expectedVersion + 1}) if the record is at
     * {@code expectedVersion}, with its audit entry {@code event} at {@code row.updatedAt()}.
     *
     * @return the appended entry, or {@code null} when the record is missing or not at
     *         {@code expectedVersion} (nothing was written)
     * @throws SQLException also when the record has no document, the audit head is missing or
     *             the server's hash differs from {@link AuditChain#hash}: the caller rolls back
     */
    static AuditEntry update(Connection connection, PatientRows.Row row, long expectedVersion, AuditLog.Event event)
            throws SQLException {
        Instant at = row.updatedAt();
        try (PreparedStatement save = connection.prepareStatement(SAVE)) {
            int p = 1;
            save.setLong(p++, row.version());
            p = PatientRows.bindIndex(save, p, row.index());
            save.setString(p++, Timestamps.format(at));
            save.setString(p++, row.updatedBy());
            save.setString(p++, row.id());
            save.setLong(p++, expectedVersion);
            save.setString(p++, row.document());
            save.setBytes(p++, AuditChain.fieldsAfterSequence(at, event.actor(), event.recordId(), event.action(),
                    event.detail()).getBytes(StandardCharsets.UTF_8));
            save.setString(p++, Timestamps.format(at));
            save.setString(p++, event.actor());
            save.setString(p++, event.recordId());
            save.setString(p++, event.action().id());
            save.setString(p, event.detail());
            try (ResultSet appended = save.executeQuery()) {
                if (appended.next()) {
                    return checked(new AuditEntry(appended.getLong(1), at, event.actor(), event.recordId(),
                            event.action(), event.detail(), appended.getString(2), appended.getString(3)));
                }
            }
        }
        // No row: with its document and the audit head in place, the version check failed and
        // nothing was written. Without either, the record may have been written alone, which
        // must not commit.
        if (!documentAndHeadExist(connection, row.id())) {
            throw new SQLException("Record " + row.id() + " has no document row, or the audit head row is missing");
        }
        return null;
    }

    /** @return {@code entry} when the server's hash is the one {@link AuditChain#hash} gives */
    private static AuditEntry checked(AuditEntry entry) throws SQLException {
        String expected = AuditChain.hash(entry.previousHash(), entry.sequence(), entry.at(), entry.actor(),
                entry.recordId(), entry.action(), entry.detail());
        if (!expected.equals(entry.hash())) {
            throw new SQLException("The database computed audit hash " + entry.hash() + " for entry "
                    + entry.sequence() + " instead of " + expected + "; the save was not committed");
        }
        return entry;
    }

    /** @return false when the record exists without its document, or the audit head is gone */
    private static boolean documentAndHeadExist(Connection connection, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT EXISTS (SELECT 1 FROM patient_document d "
                + "WHERE d.id = r.id) AND EXISTS (SELECT 1 FROM audit_head WHERE id = 1) FROM patient_record r "
                + "WHERE r.id = ?")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return !rows.next() || rows.getBoolean(1); // no record: a conflict with version 0
            }
        }
    }
}
