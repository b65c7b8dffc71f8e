package org.physiobench.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.physiobench.core.api.DataLocation;
import org.physiobench.store.api.StoreSettings;

class StoreSettingsTest {

    @Test
    void withoutUrlTheEmbeddedStoreInTheDataFolderIsUsed() {
        StoreSettings settings = StoreSettings.from(Map.<String, String>of()::get);
        StoreSettings.Sqlite sqlite = assertInstanceOf(StoreSettings.Sqlite.class, settings);
        assertEquals(DataLocation.current().resolve(StoreSettings.DEFAULT_FILE_NAME), sqlite.file());
    }

    @Test
    void commandLineWinsOverPreferences() {
        Map<String, String> commandLine = Map.of(StoreSettings.URL, "jdbc:postgresql://db.clinic/pb",
                StoreSettings.USER, "therapist");
        Map<String, String> preferences = Map.of(StoreSettings.URL, "jdbc:sqlite:/tmp/x.db", StoreSettings.PASSWORD,
                "secret", StoreSettings.POOL_SIZE, "3");
        StoreSettings.PostgreSql pg = assertInstanceOf(StoreSettings.PostgreSql.class,
                StoreSettings.from(commandLine::get, preferences::get));
        assertEquals("jdbc:postgresql://db.clinic/pb", pg.jdbcUrl());
        assertEquals("therapist", pg.user());
        assertEquals("secret", pg.password());
        assertEquals(3, pg.poolSize());
        assertFalse(pg.toString().contains("secret"), "the password is never printed");
        assertFalse(pg.describe().contains("secret"));
    }

    @Test
    void aPostgreSqlStoreWithoutAUserIsDescribedByItsUrl() {
        StoreSettings settings = StoreSettings.from(Map.of(StoreSettings.URL, "jdbc:postgresql://db.clinic/pb")::get);
        assertEquals("PostgreSQL jdbc:postgresql://db.clinic/pb", settings.describe());
        assertEquals("PostgreSQL jdbc:postgresql://db.clinic/pb as therapist",
                new StoreSettings.PostgreSql("jdbc:postgresql://db.clinic/pb", "therapist", null, 2).describe());
    }

    @Test
    void sqliteUrlNamesTheFile() {
        StoreSettings settings = StoreSettings.from(Map.of(StoreSettings.URL, "jdbc:sqlite:/srv/pb/store.db")::get);
        assertEquals(Path.of("/srv/pb/store.db"), ((StoreSettings.Sqlite) settings).file());
    }

    @Test
    void badSettingsAreRefusedWithTheKeyInTheMessage() {
        IllegalArgumentException url = assertThrows(IllegalArgumentException.class,
                () -> StoreSettings.from(Map.of(StoreSettings.URL, "jdbc:mysql://x/y")::get));
        assertTrue(url.getMessage().contains("jdbc:mysql://x/y"), url.getMessage());
        IllegalArgumentException pool = assertThrows(IllegalArgumentException.class, () -> StoreSettings
                .from(Map.of(StoreSettings.URL, "jdbc:postgresql://x/y", StoreSettings.POOL_SIZE, "many")::get));
        assertTrue(pool.getMessage().contains(StoreSettings.POOL_SIZE), pool.getMessage());
    }
}
