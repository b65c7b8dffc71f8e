package org.physiobench.store.internal;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

/** Runs work in one database transaction: commit on success, rollback on any failure. */
final class Transactions {

    /** Work inside a transaction. */
    interface Work<T> {
        T run(Connection connection) throws Exception;
    }

    private final DataSource dataSource;
    private final DataSource snapshotSource;
    private final Dialect dialect;

    Transactions(DataSource dataSource, DataSource snapshotSource, Dialect dialect) {
        this.dataSource = dataSource;
        this.snapshotSource = snapshotSource;
        this.dialect = dialect;
    }

    /** Runs {@code work} in a write transaction. */
    <T> T write(Work<T> work) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (Exception | Error e) {
                rollbackQuietly(connection, e);
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    /** Runs {@code work} with autocommit: each statement sees the latest committed data. */
    <T> T read(Work<T> work) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        }
    }

    /**
     * Runs {@code work} on one consistent snapshot of the whole store (backup, verify): a
     * repeatable-read transaction in PostgreSQL; in SQLite a deferred read transaction on a
     * connection of its own, which does not hold writers back.
     */
    <T> T snapshot(Work<T> work) throws Exception {
        try (Connection connection = snapshotSource.getConnection()) {
            int isolation = connection.getTransactionIsolation();
            if (dialect == Dialect.POSTGRESQL) {
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            }
            connection.setAutoCommit(false);
            try {
                return work.run(connection);
            } finally {
                // Read only: nothing to commit; ending the transaction releases the snapshot.
                connection.rollback();
                connection.setAutoCommit(true);
                if (dialect == Dialect.POSTGRESQL) {
                    connection.setTransactionIsolation(isolation);
                }
            }
        }
    }

    private static void rollbackQuietly(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
