package org.physiobench.cli.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;

import org.physiobench.cli.api.Arguments;
import org.physiobench.cli.api.CommandFailure;
import org.physiobench.cli.api.ExitCodes;
import org.physiobench.cli.api.Io;
import org.physiobench.cli.api.Json;
import org.physiobench.cli.api.UsageException;
import org.physiobench.store.api.ClinicalStore;
import org.physiobench.store.api.StoreException;
import org.physiobench.store.api.VerificationReport;

/**
 * {@code physiobench backup <file> [--force]}: the whole store (every record and the audit trail)
 * in one file. An existing file is kept unless {@code --force}; even then it is replaced only
 * once the new backup is complete, so a failed backup never destroys the previous one.
 */
public final class BackupCommand extends StoreCommand {

    static final String FORCE = "--force";

    /** On the configured store: how the extension point creates it. */
    public BackupCommand() {
        this(StoreOpener.CONFIGURED);
    }

    BackupCommand(StoreOpener stores) {
        super(stores, Set.of(FORCE), Set.of());
    }

    @Override
    public String name() {
        return "backup";
    }

    @Override
    void check(Arguments arguments) {
        Path file = arguments.file();
        if (Files.exists(file) && !arguments.has(FORCE)) {
            throw new UsageException(file + " exists already; choose another file or add --force to replace it");
        }
        if (Files.isDirectory(file)) {
            throw new UsageException(file + " is a folder; name the backup file");
        }
    }

    @Override
    int run(Arguments arguments, ClinicalStore store, Io io) throws StoreException {
        Path file = arguments.file();
        Path written = Files.exists(file) ? sibling(file) : file;
        VerificationReport report = store.backup(written, StoreOpener.actor());
        long bytes;
        try {
            if (!written.equals(file)) {
                Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            bytes = Files.size(file);
        } catch (IOException e) {
            throw new CommandFailure("the backup was written to " + written + " but could not replace " + file + ": "
                    + e.getMessage(), ExitCodes.FAILURE, e);
        }
        io.out().println(Json.object().put("file", file.toString()).put("patients", report.recordsChecked())
                .put("bytes", bytes));
        return ExitCodes.OK;
    }

    /** A new name next to {@code file} (same file system, so the final move is atomic). */
    private static Path sibling(Path file) {
        return file.resolveSibling(file.getFileName() + ".new-" + ProcessHandle.current().pid());
    }

    @Override
    public String help() {
        return """
                backup <file> [--force]
                    Writes every patient record and the whole audit trail of the configured store
                    to one file (a ZIP of plain JSON with checksums; see docs/store.md). An
                    existing file is kept unless --force. Prints {"file", "patients", "bytes"}.""";
    }
}
