package org.physiobench.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.physiobench.core.api.TriageLevel;
import org.physiobench.store.api.CorruptRecordException;
import org.physiobench.store.api.PatientIndex;

/**
 * Recomputes the list columns of the rows a schema change left without them: the rows whose
 * {@code triage_level} is NULL. Changeset {@code 5-triage-level} adds that column empty, so a
 * store migrated from an older schema has every row to do; the red_flag column such a store has
 * is not the patient's status (it was any "yes" of the current episode only), so no older index
 * column is kept when the document can be read.
 *
 * <p>Runs each time a store opens, after the schema migration; with nothing to do it is one
 * lookup on the column's index. Rows are done in batches of {@value #BATCH}, each batch its own
 * transaction, in id order: a process stopped half way leaves the rest NULL, and the next open
 * goes on with them. The version and the audit trail are untouched: the documents do not change,
 * only what the list reads from them.
 */
final class Reindex {

    static final int BATCH = 500;

    /** Computes a row's index from its document. */
    interface Indexer {
        /** @throws CorruptRecordException when the document cannot be read */
        PatientIndex indexOf(PatientRows.Row row) throws CorruptRecordException;
    }

    private static final String SELECT_PENDING = "SELECT r.id, r.kind, r.version, d.document, r.family_name, "
            + "r.given_name, r.birth_date, r.episode_status, r.last_visit, r.latest_odi, r.latest_nprs, r.risk_group, "
            + "r.red_flag FROM patient_record r LEFT JOIN patient_document d ON d.id = r.id "
            + "WHERE r.triage_level IS NULL AND r.id > ? ORDER BY r.id LIMIT " + BATCH;

    private static final String UPDATE = "UPDATE patient_record SET " + PatientRows.indexAssignments()
            + " WHERE id = ? AND version = ? AND triage_level IS NULL";

    private Reindex() {
    }

    /**
     * The index of a row whose document cannot be read: the columns as stored, the triage level
     * from the old red_flag column (1 reads as {@link TriageLevel#NON_URGENT}: a recorded "yes"
     * is never hidden, as {@code RedFlagStatus} reads a "yes" it does not know), no review date.
     */
    static PatientIndex unreadable(PatientIndex stored, boolean legacyRedFlag) {
        return new PatientIndex(stored.familyName(), stored.givenName(), stored.birthDate(), stored.episodeStatus(),
                stored.lastVisit(), stored.latestOdi(), stored.latestNprs(), stored.riskGroup(),
                legacyRedFlag ? TriageLevel.NON_URGENT : TriageLevel.NONE, null);
    }

    /** @return the index from the row's document, or the row's own index when the document cannot be read */
    static PatientIndex indexOf(PatientRows.Row row, Indexer indexer) {
        try {
            return indexer.indexOf(row);
        } catch (CorruptRecordException e) {
            return row.index();
        }
    }

    /** @return how many rows were reindexed, each batch in a write transaction of {@code transactions} */
    static long pending(Transactions transactions, Indexer indexer) throws Exception {
        long[] done = {0};
        String[] after = {""};
        while (transactions.write(connection -> {
            List<PatientRows.Row> rows = read(connection, after[0]);
            if (rows.isEmpty()) {
                return false;
            }
            try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
                for (PatientRows.Row row : rows) {
                    int p = PatientRows.bindIndex(update, 1, indexOf(row, indexer));
                    update.setString(p++, row.id());
                    update.setLong(p, row.version());
                    update.addBatch();
                }
                update.executeBatch();
            }
            done[0] += rows.size();
            after[0] = rows.get(rows.size() - 1).id();
            return true;
        })) {
            // next batch
        }
        return done[0];
    }

    private static List<PatientRows.Row> read(Connection connection, String after) throws SQLException {
        List<PatientRows.Row> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(SELECT_PENDING)) {
            select.setString(1, after);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    PatientIndex stored = new PatientIndex(result.getString("family_name"),
                            result.getString("given_name"), date(result.getString("birth_date")),
                            result.getString("episode_status"), date(result.getString("last_visit")),
                            integer(result, "latest_odi"), integer(result, "latest_nprs"),
                            result.getString("risk_group"), null, null);
                    // Only for a document that cannot be read: the row is written with its own index then.
                    PatientIndex fallback = unreadable(stored, result.getInt("red_flag") != 0);
                    rows.add(new PatientRows.Row(result.getString("id"), result.getString("kind"),
                            result.getLong("version"), result.getString("document"), fallback, false, null, null));
                }
            }
        }
        return rows;
    }

    private static java.time.LocalDate date(String text) {
        return text == null ? null : java.time.LocalDate.parse(text);
    }

    private static Integer integer(ResultSet rows, String column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? null : value;
    }
}
