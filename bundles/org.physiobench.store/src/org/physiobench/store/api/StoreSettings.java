package org.physiobench.store.api;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;

import org.physiobench.core.api.DataLocation;

/**
 * Where the clinical records live: an embedded SQLite file (the default, one therapist) or a
 * PostgreSQL database shared by a clinic.
 */
public sealed interface StoreSettings permits StoreSettings.Sqlite, StoreSettings.PostgreSql {

    /** Key of the JDBC URL ({@code jdbc:postgresql://host/db} or {@code jdbc:sqlite:/file}). */
    String URL = "physiobench.store.url";
    /** Key of the database user (PostgreSQL). */
    String USER = "physiobench.store.user";
    /** Key of the database password (PostgreSQL). */
    String PASSWORD = "physiobench.store.password";
    /** Key of the connection pool size (PostgreSQL, default 8). */
    String POOL_SIZE = "physiobench.store.poolSize";

    /** File name of the embedded store inside the data folder. */
    String DEFAULT_FILE_NAME = "store/physiobench.db";

    /**
     * The embedded store.
     *
     * @param file the SQLite database file (created with its folder on first open)
     */
    record Sqlite(Path file) implements StoreSettings {
        public Sqlite {
            Objects.requireNonNull(file, "file");
            file = file.toAbsolutePath().normalize();
        }

        @Override
        public String describe() {
            return "SQLite " + file;
        }
    }

    /**
     * A shared PostgreSQL database.
     *
     * @param jdbcUrl e.g. {@code jdbc:postgresql://clinic-server:5432/physiobench}
     * @param user the database user
     * @param password the password (not shown by {@link #toString()})
     * @param poolSize maximum pooled connections
     */
    record PostgreSql(String jdbcUrl, String user, String password, int poolSize) implements StoreSettings {
        public PostgreSql {
            Objects.requireNonNull(jdbcUrl, "jdbcUrl");
            if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
                throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + jdbcUrl);
            }
            if (poolSize < 1) {
                throw new IllegalArgumentException("poolSize must be at least 1, not " + poolSize);
            }
        }

        @Override
        public String describe() {
            // without a user the driver takes the one in the URL, else the operating system's
            return "PostgreSQL " + jdbcUrl + (user == null || user.isBlank() ? "" : " as " + user);
        }

        @Override
        public String toString() {
            return "PostgreSql[" + jdbcUrl + ", user=" + user + ", poolSize=" + poolSize + "]";
        }
    }

    /** @return a human-readable description naming the database (never the password) */
    String describe();

    /** @return the embedded store in the data folder of this process ({@link DataLocation#current()}) */
    static StoreSettings defaultSqlite() {
        return new Sqlite(DataLocation.current().resolve(DEFAULT_FILE_NAME));
    }

    /**
     * Settings from key/value sources, e.g. the command line's system properties first, then
     * the workbench preferences. The first source that has a value for {@link #URL} decides;
     * without one the embedded default store is used.
     *
     * @param sources lookups of the keys {@link #URL}, {@link #USER}, {@link #PASSWORD},
     *            {@link #POOL_SIZE}; each may return {@code null}
     * @throws IllegalArgumentException for an unsupported URL or a bad pool size
     */
    @SafeVarargs
    static StoreSettings from(Function<String, String>... sources) {
        String url = first(URL, sources);
        if (url == null || url.isBlank()) {
            return defaultSqlite();
        }
        if (url.startsWith("jdbc:sqlite:")) {
            return new Sqlite(Path.of(url.substring("jdbc:sqlite:".length())));
        }
        if (url.startsWith("jdbc:postgresql:")) {
            String pool = first(POOL_SIZE, sources);
            int poolSize;
            try {
                poolSize = pool == null || pool.isBlank() ? 8 : Integer.parseInt(pool.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(POOL_SIZE + " must be a number, not '" + pool + "'", e);
            }
            return new PostgreSql(url, first(USER, sources), first(PASSWORD, sources), poolSize);
        }
        throw new IllegalArgumentException(
                "Unsupported store URL '" + url + "': use jdbc:sqlite:<file> or jdbc:postgresql://<host>/<database>");
    }

    private static String first(String key, Function<String, String>[] sources) {
        for (Function<String, String> source : sources) {
            String value = source.apply(key);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
