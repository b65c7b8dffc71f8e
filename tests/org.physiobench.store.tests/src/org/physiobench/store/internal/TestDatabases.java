package org.physiobench.store.internal;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;

import org.physiobench.store.api.StoreSettings;

/**
 * The real databases of the tests. PostgreSQL comes from PHYSIOBENCH_TEST_PG_URL, _USER and
 * _PASSWORD (releng/scripts/test.sh starts a throwaway server and sets them); without them a
 * PostgreSQL test fails - it never skips silently. Each test gets a schema of its own, so
 * tests never see each other's rows.
 */
final class TestDatabases {

    private TestDatabases() {
    }

    static String env(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            fail(name + " is not set: the PostgreSQL store tests need a real server. Run releng/scripts/test.sh, "
                    + "or source releng/scripts/postgres.sh and call pg_start before running Maven.");
        }
        return value;
    }

    /** A PostgreSQL schema that exists only for one test. */
    record PgSchema(String name, StoreSettings.PostgreSql settings) implements AutoCloseable {
        @Override
        public void close() throws SQLException {
            try (Connection c = adminConnection(); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
            }
        }
    }

    static PgSchema newPostgresSchema() throws SQLException {
        String name = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = adminConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + name);
        }
        String url = env("PHYSIOBENCH_TEST_PG_URL");
        String separator = url.contains("?") ? "&" : "?";
        return new PgSchema(name, new StoreSettings.PostgreSql(url + separator + "currentSchema=" + name,
                env("PHYSIOBENCH_TEST_PG_USER"), env("PHYSIOBENCH_TEST_PG_PASSWORD"), 4));
    }

    private static Connection adminConnection() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", env("PHYSIOBENCH_TEST_PG_USER"));
        properties.setProperty("password", env("PHYSIOBENCH_TEST_PG_PASSWORD"));
        // The driver is called directly: DriverManager cannot see it across OSGi class loaders.
        return new org.postgresql.Driver().connect(env("PHYSIOBENCH_TEST_PG_URL"), properties);
    }

}
