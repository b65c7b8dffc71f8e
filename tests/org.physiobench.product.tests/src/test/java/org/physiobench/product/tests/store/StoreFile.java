package org.physiobench.product.tests.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The embedded store's SQLite file in a data folder, opened directly (not through PhysioBench)
 * to damage it the way a disk error or a manual edit would.
 */
final class StoreFile {

    private final Path file;

    StoreFile(Path dataFolder) {
        this.file = dataFolder.resolve("store/physiobench.db");
    }

    Path path() {
        return file;
    }

    boolean exists() {
        return Files.isRegularFile(file);
    }

    /** Runs one UPDATE and checks it changed exactly one row. */
    void updateOneRow(String sql, String... parameters) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                PreparedStatement update = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setString(i + 1, parameters[i]);
            }
            int changed = update.executeUpdate();
            if (changed != 1) {
                throw new AssertionError(sql + " changed " + changed + " rows, not 1");
            }
        }
    }

    /** @return the first column of the first row of a query */
    String queryOne(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                PreparedStatement select = connection.prepareStatement(sql);
                ResultSet rows = select.executeQuery()) {
            if (!rows.next()) {
                throw new AssertionError(sql + " found nothing");
            }
            return rows.getString(1);
        }
    }
}
