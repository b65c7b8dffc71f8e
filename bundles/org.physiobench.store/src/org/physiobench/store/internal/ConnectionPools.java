package org.physiobench.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import org.physiobench.store.api.StoreException;
import org.physiobench.store.api.StoreSettings;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Creates the connection pool of a store. The drivers' own DataSource classes are handed to
 * HikariCP, so no driver is looked up by class name through a class loader (which is fragile
 * inside OSGi).
 */
final class ConnectionPools {

    /** How long a writer waits for another process's SQLite write lock before failing. */
    static final int SQLITE_BUSY_TIMEOUT_MS = 30_000;

    private ConnectionPools() {
    }

    static HikariDataSource open(StoreSettings settings) throws StoreException {
        HikariConfig config = new HikariConfig();
        config.setPoolName("physiobench-store");
        config.setAutoCommit(true);
        config.setInitializationFailTimeout(1);
        switch (settings) {
            case StoreSettings.Sqlite sqlite -> configureSqlite(config, sqlite.file());
            case StoreSettings.PostgreSql pg -> configurePostgreSql(config, pg);
        }
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreException("Cannot connect to the store " + settings.describe() + ": " + rootMessage(e), e);
        }
    }

    /**
     * Connections for long consistent reads (verify, backup). For SQLite they begin DEFERRED:
     * in WAL mode such a transaction reads one snapshot without taking the write lock, so a
     * backup of a large store never holds other writers back. PostgreSQL uses the pool.
     */
    static DataSource snapshotSource(StoreSettings settings, DataSource pool) {
        if (settings instanceof StoreSettings.Sqlite sqlite) {
            SQLiteConfig config = sqliteConfig();
            config.setTransactionMode(SQLiteConfig.TransactionMode.DEFERRED);
            SQLiteDataSource reader = new SQLiteDataSource(config);
            reader.setUrl("jdbc:sqlite:" + sqlite.file());
            return reader;
        }
        return pool;
    }

    private static SQLiteConfig sqliteConfig() {
        SQLiteConfig sqlite = new SQLiteConfig();
        // Durability: WAL keeps readers unblocked; synchronous=FULL syncs the WAL on every
        // commit, so a commit that returned survives a crash or power loss.
        sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
        sqlite.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        sqlite.setBusyTimeout(SQLITE_BUSY_TIMEOUT_MS);
        sqlite.enforceForeignKeys(true);
        return sqlite;
    }

    private static void configureSqlite(HikariConfig config, Path file) throws StoreException {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new StoreException("Cannot create the folder of the store file " + file + ": " + e, e);
        }
        SQLiteConfig sqlite = sqliteConfig();
        // Take the write lock at BEGIN: a read-then-write transaction can then never fail
        // half-way with SQLITE_BUSY when another process writes at the same time.
        sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource dataSource = new SQLiteDataSource(sqlite);
        dataSource.setUrl("jdbc:sqlite:" + file);
        config.setDataSource(dataSource);
        // SQLite has one writer at a time; a few connections let lists read during a write.
        config.setMaximumPoolSize(4);
    }

    private static void configurePostgreSql(HikariConfig config, StoreSettings.PostgreSql pg) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(pg.jdbcUrl());
        if (pg.user() != null) {
            dataSource.setUser(pg.user());
        }
        if (pg.password() != null) {
            dataSource.setPassword(pg.password());
        }
        dataSource.setApplicationName("PhysioBench");
        config.setDataSource(dataSource);
        config.setMaximumPoolSize(pg.poolSize());
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    }

    static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }
}
