package org.physiobench.benchmarks.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import org.physiobench.store.api.StoreSettings;

/**
 * A database for one benchmark trial: a new SQLite file in the work folder, or the run's
 * PostgreSQL server. {@link #connect()} opens a raw JDBC connection with the durability the
 * store uses, for the floor measurements.
 */
record BenchmarkDatabase(StoreSettings settings, Path file) {

    static BenchmarkDatabase create(String kind, String name) throws IOException {
        return switch (kind) {
            case "sqlite" -> {
                Path folder = Files.createDirectories(BenchmarkSettings.work());
                Path file = Files.createTempFile(folder, "physiobench-" + name + "-", ".db");
                Files.delete(file);
                yield new BenchmarkDatabase(new StoreSettings.Sqlite(file), file);
            }
            case "postgresql" -> {
                BenchmarkSettings.PostgreSql server = BenchmarkSettings.postgreSql().orElseThrow(
                        () -> new IllegalStateException("PHYSIOBENCH_TEST_PG_URL is not set: no PostgreSQL for this run"));
                yield new BenchmarkDatabase(new StoreSettings.PostgreSql(server.url(), server.user(), server.password(), 4),
                        null);
            }
            default -> throw new IllegalArgumentException("unknown database " + kind);
        };
    }

    /** @return an auto-commit connection, SQLite in WAL mode with synchronous=FULL like the store's */
    Connection connect() throws SQLException {
        if (settings instanceof StoreSettings.PostgreSql pg) {
            return DriverManager.getConnection(pg.jdbcUrl(), pg.user(), pg.password());
        }
        // sqlite-jdbc's connection properties (SQLiteConfig's names), as the store's pool sets them.
        Properties config = new Properties();
        config.setProperty("journal_mode", "WAL");
        config.setProperty("synchronous", "FULL");
        config.setProperty("busy_timeout", "5000");
        return DriverManager.getConnection("jdbc:sqlite:" + file, config);
    }

    /** Deletes the SQLite file of this trial (PostgreSQL keeps its database: the run's server is thrown away). */
    void dispose() throws IOException {
        if (file != null) {
            for (String suffix : new String[] { "", "-wal", "-shm" }) {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            }
        }
    }
}
