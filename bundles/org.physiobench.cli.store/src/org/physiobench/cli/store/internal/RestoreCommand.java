package org.physiobench.cli.store.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.physiobench.cli.api.Arguments;
import org.physiobench.cli.api.CommandFailure;
import org.physiobench.cli.api.ExitCodes;
import org.physiobench.cli.api.Io;
import org.physiobench.cli.api.Json;
import org.physiobench.cli.api.UsageException;
import org.physiobench.store.api.ClinicalStore;
import org.physiobench.store.api.ClinicalStores;
import org.physiobench.store.api.PatientQuery;
import org.physiobench.store.api.RestoreMode;
import org.physiobench.store.api.StoreException;
import org.physiobench.store.api.VerificationReport;

/**
 * {@code physiobench restore <file> [--replace]}: checks the backup file first and refuses a
 * damaged one before the store is touched; restores into an empty store, or with
 * {@code --replace} replaces every record and the audit trail.
 */
public final class RestoreCommand extends StoreCommand {

    static final String REPLACE = "--replace";

    /** On the configured store: how the extension point creates it. */
    public RestoreCommand() {
        this(StoreOpener.CONFIGURED);
    }

    RestoreCommand(StoreOpener stores) {
        super(stores, Set.of(REPLACE), Set.of());
    }

    @Override
    public String name() {
        return "restore";
    }

    @Override
    void check(Arguments arguments) {
        Path file = arguments.file();
        if (!Files.isRegularFile(file)) {
            throw new UsageException("no backup file " + file);
        }
    }

    @Override
    int run(Arguments arguments, ClinicalStore store, Io io) throws StoreException {
        Path file = arguments.file();
        requireSound(file);
        boolean replace = arguments.has(REPLACE);
        long before = store.countPatients(PatientQuery.all().withArchived(true));
        if (!replace && before > 0) {
            throw new UsageException("the store has " + before + " patients; restore --replace replaces them");
        }
        VerificationReport restored = store.restore(file, replace ? RestoreMode.REPLACE : RestoreMode.INTO_EMPTY,
                StoreOpener.actor());
        io.out().println(Json.object().put("file", file.toString()).put("store", store.settings().describe())
                .put("mode", replace ? "replace" : "into-empty").put("patients", restored.recordsChecked())
                .put("replacedPatients", replace ? before : 0L));
        return ExitCodes.OK;
    }

    /** Refuses a backup that is damaged or unreadable, naming its first problem. */
    private static void requireSound(Path file) {
        VerificationReport report;
        try {
            report = ClinicalStores.verifyBackup(file);
        } catch (StoreException e) {
            throw new CommandFailure("not a readable backup, the store is unchanged: " + e.getMessage(),
                    ExitCodes.PROBLEMS_FOUND, e);
        }
        if (!report.isClean()) {
            throw new CommandFailure("the backup " + file + " is damaged (" + report.problems().get(0)
                    + "); the store is unchanged", ExitCodes.PROBLEMS_FOUND, null);
        }
    }

    @Override
    public String help() {
        return """
                restore <file> [--replace]
                    Checks the backup file (checksums, counts, audit chain, every document) and
                    refuses a damaged one with exit code 3, the store unchanged. Restores into an
                    empty store; --replace replaces every record and the audit trail of the
                    configured store. Prints {"file", "store", "mode", "patients", "replacedPatients"}.""";
    }
}
