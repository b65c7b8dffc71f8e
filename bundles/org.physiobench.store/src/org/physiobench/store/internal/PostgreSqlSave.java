package org.physiobench.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Saving a new version of a record on PostgreSQL with as few round trips to the server as the
 * same guarantees allow. Every statement of a save waits for the server, and with a raw insert
 * costing about one round trip and the commit's flush, seven statements could not stay within
 * twice that. Here one statement does the optimistic version check, the record's columns, the
 * document and locks the audit head (in that order: a record before the head, as every other
 * writer does, so no two writers wait for each other crosswise); {@link AuditLog#appendAfter}
 * adds the entry and moves the head in a second; the commit is the third.
 * <p>
 * Unlike SQLite's {@link PatientRows#update}, every index column is written, changed or not: an
 * unchanged value costs PostgreSQL nothing (an update that leaves every indexed value as it was
 * stays a heap-only tuple update and touches no index), and it saves reading them first.
 */
final class PostgreSqlSave {

    /**
     * The version check decides and locks the record row; only a row it returned updates the
     * document; only an updated document returns (and locks) the audit head: on a stale version
     * the statement changes nothing and returns no row.
     */
    private static final String SAVE = "WITH saved_record AS (UPDATE patient_record SET version = ?, "
            + PatientRows.indexAssignments() + ", updated_at = ?, updated_by = ? WHERE id = ? AND version = ? "
            + "RETURNING id), saved_document AS (UPDATE patient_document d SET document = ? FROM saved_record s "
            + "WHERE d.id = s.id RETURNING d.id) SELECT h.last_seq, h.last_hash FROM audit_head h "
            + "CROSS JOIN saved_document WHERE h.id = 1 FOR UPDATE OF h";

    private PostgreSqlSave() {
    }

    /**
     * Writes {@code row} (at version {@code expectedVersion + 1}) if the record is at
     * {@code expectedVersion}, and locks the audit head for the caller's entry.
     *
     * @return the audit head, or {@code null} when the record is missing or not at
     *         {@code expectedVersion} (nothing was written)
     * @throws SQLException also when the record has no document or the audit head is missing
     */
    static AuditLog.Head update(Connection connection, PatientRows.Row row, long expectedVersion) throws SQLException {
        try (PreparedStatement save = connection.prepareStatement(SAVE)) {
            int p = 1;
            save.setLong(p++, row.version());
            p = PatientRows.bindIndex(save, p, row.index());
            save.setString(p++, Timestamps.format(row.updatedAt()));
            save.setString(p++, row.updatedBy());
            save.setString(p++, row.id());
            save.setLong(p++, expectedVersion);
            save.setString(p, row.document());
            try (ResultSet head = save.executeQuery()) {
                if (head.next()) {
                    return new AuditLog.Head(head.getLong(1), head.getString(2));
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
