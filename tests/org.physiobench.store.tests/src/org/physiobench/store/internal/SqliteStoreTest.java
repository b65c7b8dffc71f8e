package org.physiobench.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.physiobench.store.api.StoreSettings;

/** The store contract on the embedded SQLite file, plus its durability settings. */
class SqliteStoreTest extends StoreContractTest {

    private int opened;
    private Path file;

    @Override
    JdbcClinicalStore openEmptyStore() throws Exception {
        file = temp.resolve("store-" + (++opened) + "/physiobench.db");
        return JdbcClinicalStore.open(new StoreSettings.Sqlite(file), ClinicalPatientModel.INSTANCE, Clock.systemUTC());
    }

    @Override
    JdbcClinicalStore reopen() throws Exception {
        return JdbcClinicalStore.open(new StoreSettings.Sqlite(temp.resolve("store-1/physiobench.db")),
                ClinicalPatientModel.INSTANCE, Clock.systemUTC());
    }

    @Test
    void usesWriteAheadLogWithFullSync() throws Exception {
        try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rows = s.executeQuery("PRAGMA journal_mode")) {
                rows.next();
                assertEquals("wal", rows.getString(1));
            }
            try (ResultSet rows = s.executeQuery("PRAGMA synchronous")) {
                rows.next();
                assertEquals(2, rows.getInt(1), "2 = FULL: every commit is synced to disk");
            }
        }
    }
}
