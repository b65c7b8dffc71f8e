package org.physiobench.store.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.physiobench.store.api.StoreSettings;

/**
 * Serialises schema migrations between processes with a lock that dies with its holder: a
 * file lock on {@code <store file>.migration-lock} for SQLite, a session advisory lock for
 * PostgreSQL.
 */
abstract class MigrationLock implements AutoCloseable {

    /** Arbitrary, fixed key of the PostgreSQL advisory lock ("PhysioBench" in ASCII, shortened). */
    private static final long ADVISORY_KEY = 0x5068797369_6fL;

    static MigrationLock acquire(StoreSettings settings, Connection connection) throws IOException, SQLException {
        return switch (settings) {
            case StoreSettings.Sqlite sqlite -> new FileMigrationLock(
                    sqlite.file().resolveSibling(sqlite.file().getFileName() + ".migration-lock"));
            case StoreSettings.PostgreSql pg -> new AdvisoryMigrationLock(connection);
        };
    }

    @Override
    public abstract void close() throws IOException, SQLException;

    private static final class FileMigrationLock extends MigrationLock {
        private final FileChannel channel;
        private final FileLock lock;

        FileMigrationLock(Path file) throws IOException {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = channel.lock();
        }

        @Override
        public void close() throws IOException {
            try {
                lock.release();
            } finally {
                channel.close();
            }
        }
    }

    private static final class AdvisoryMigrationLock extends MigrationLock {
        private final Connection connection;

        AdvisoryMigrationLock(Connection connection) throws SQLException {
            this.connection = connection;
            run("SELECT pg_advisory_lock(?)");
        }

        private void run(String sql) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setLong(1, ADVISORY_KEY);
                statement.execute();
            }
        }

        @Override
        public void close() throws SQLException {
            run("SELECT pg_advisory_unlock(?)");
        }
    }
}
