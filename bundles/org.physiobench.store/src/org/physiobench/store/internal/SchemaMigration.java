package org.physiobench.store.internal;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;

import javax.sql.DataSource;

import org.physiobench.store.api.StoreException;
import org.physiobench.store.api.StoreSettings;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Creates and migrates the schema with Liquibase from the changelog inside this bundle. This is
 * the only code that changes the schema.
 */
final class SchemaMigration {

    /** Path of the changelog in this bundle (see build.properties). */
    static final String CHANGELOG = "db/changelog/physiobench-store.xml";

    /** Id of the newest changeset: a store at this version has the schema this code needs. */
    static final String LATEST_CHANGESET = "5-triage-level";

    /**
     * Schema versions whose backups this code restores. A restore takes the documents, audit
     * trail and record metadata from a backup and computes every list column from the documents
     * (never from the backup's columns, which an older schema computed differently), so a
     * changeset that only adds or changes list columns or indexes keeps the older backups
     * restorable: 4-name-search-index is what PhysioBench 1.0.0 writes.
     */
    static final Set<String> RESTORABLE_BACKUP_SCHEMAS = Set.of("3-score-indexes", "4-name-search-index",
            LATEST_CHANGESET);

    private SchemaMigration() {
    }

    /**
     * Applies every changeset not yet applied; a no-op on an up-to-date store.
     *
     * <p>An up-to-date store is recognised by a plain query and Liquibase is skipped.
     *
     * <p>Liquibase marks its lock in a table; a process killed while migrating would leave that
     * mark set and every later start would wait for it in vain. So the migration runs under a
     * lock the operating system or the server releases when its holder dies (a file lock next
     * to the SQLite file, a PostgreSQL session advisory lock), and while holding it, a stale
     * Liquibase mark is known to be stale and is cleared.
     */
    static void migrate(DataSource dataSource, StoreSettings settings) throws StoreException {
        if (isCurrent(dataSource)) {
            return;
        }
        // Liquibase finds its own parts (databases, change types, parsers) with ServiceLoader on
        // the class loader of its scope, which is the thread's context class loader. In OSGi that
        // loader does not see Liquibase's META-INF/services; the product starts no ServiceLoader
        // mediator (SPI Fly cost ~40% of the workbench start-up), so Liquibase's own loader is the
        // context while it runs. On a plain class path it is the application loader anyway.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Liquibase.class.getClassLoader());
        try {
            runLiquibase(dataSource, settings);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static void runLiquibase(DataSource dataSource, StoreSettings settings) throws StoreException {
        try (Connection connection = dataSource.getConnection(); MigrationLock lock = MigrationLock.acquire(settings,
                connection)) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            // The bundle's own class loader sees the changelog inside OSGi and on a plain
            // class path alike.
            ClassLoaderResourceAccessor resources = new ClassLoaderResourceAccessor(
                    SchemaMigration.class.getClassLoader());
            @SuppressWarnings("deprecation") // the Liquibase facade is the documented embedding API in 4.x
            Liquibase liquibase = new Liquibase(CHANGELOG, resources, database);
            liquibase.forceReleaseLocks();
            liquibase.update(new Contexts(), new LabelExpression());
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (LiquibaseException | SQLException | IOException | RuntimeException e) {
            throw new StoreException("Cannot create or update the schema of the store " + settings.describe() + ": "
                    + ConnectionPools.rootMessage(e), e);
        }
    }

    /**
     * Whether the newest changeset is applied already, the case of every start but the first
     * after an install or update: then Liquibase is not even loaded (800 classes and a changelog
     * parse, about a second of the workbench's start-up on a slow machine). Any doubt (no
     * changelog table yet, an older or unknown changeset) takes Liquibase's path.
     */
    private static boolean isCurrent(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return LATEST_CHANGESET.equals(appliedVersion(connection));
        } catch (SQLException e) {
            return false;
        }
    }

    /** @return the id of the last changeset applied, or {@code null} for a store without schema */
    static String appliedVersion(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT id FROM databasechangelog ORDER BY orderexecuted DESC");
                ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getString(1) : null;
        }
    }
}
