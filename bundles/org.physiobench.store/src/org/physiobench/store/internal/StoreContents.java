package org.physiobench.store.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;

import org.physiobench.store.api.AuditEntry;

/**
 * Replaces everything a store holds (records, documents, audit trail and head) with the
 * contents of a checked backup, in the caller's transaction, streaming in batches so that a
 * backup of 100,000 patients never has to fit in memory.
 */
final class StoreContents {

    private static final int BATCH = 500;

    private StoreContents() {
    }

    /**
     * @param indexer the list columns of a restored record, from its document (a record whose
     *            document cannot be read keeps what {@link BackupFile} read for it)
     */
    static void replace(Connection c, Path file, BackupFile.Summary backup, Reindex.Indexer indexer)
            throws Exception {
        try (PreparedStatement deleteDocuments = c.prepareStatement("DELETE FROM patient_document");
                PreparedStatement deleteRecords = c.prepareStatement("DELETE FROM patient_record");
                PreparedStatement deleteAudit = c.prepareStatement("DELETE FROM audit_entry")) {
            deleteDocuments.executeUpdate();
            deleteRecords.executeUpdate();
            deleteAudit.executeUpdate();
        }
        insertRows(c, file, indexer);
        insertAudit(c, file);
        AuditLog.setHead(c, backup.headSequence(), backup.headHash());
    }

    private static void insertRows(Connection c, Path file, Reindex.Indexer indexer) throws Exception {
        try (PatientRows.Insert insert = PatientRows.prepareInsert(c)) {
            int[] pending = {0};
            BackupFile.forEachRow(file, row -> {
                insert.add(new PatientRows.Row(row.id(), row.kind(), row.version(), row.document(),
                        Reindex.indexOf(row, indexer), row.archived(), row.updatedAt(), row.updatedBy()));
                if (++pending[0] % BATCH == 0) {
                    insert.execute();
                }
            });
            insert.execute();
        }
    }

    private static void insertAudit(Connection c, Path file) throws Exception {
        List<AuditEntry> batch = new ArrayList<>(BATCH);
        BackupFile.forEachAuditEntry(file, entry -> {
            batch.add(entry);
            if (batch.size() == BATCH) {
                AuditLog.insertAll(c, batch);
                batch.clear();
            }
        });
        AuditLog.insertAll(c, batch);
    }
}
