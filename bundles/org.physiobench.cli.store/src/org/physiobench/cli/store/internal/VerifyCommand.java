package org.physiobench.cli.store.internal;

import java.util.Set;

import org.physiobench.cli.api.Arguments;
import org.physiobench.cli.api.ExitCodes;
import org.physiobench.cli.api.Io;
import org.physiobench.cli.api.Json;
import org.physiobench.store.api.AuditVerification;
import org.physiobench.store.api.ClinicalStore;
import org.physiobench.store.api.StoreException;
import org.physiobench.store.api.VerificationReport;

/**
 * {@code physiobench verify}: checks the configured store (schema version, every document
 * parses as a patient, audit chain intact) and prints the report as JSON. Problems are exit
 * code {@link ExitCodes#PROBLEMS_FOUND} with the first one named on standard error, so a
 * scheduled check can alert on the exit code alone.
 */
public final class VerifyCommand extends StoreCommand {

    /** On the configured store: how the extension point creates it. */
    public VerifyCommand() {
        this(StoreOpener.CONFIGURED);
    }

    VerifyCommand(StoreOpener stores) {
        super(stores, Set.of(), Set.of());
    }

    @Override
    public String name() {
        return "verify";
    }

    @Override
    void check(Arguments arguments) {
        arguments.positional();
    }

    @Override
    int run(Arguments arguments, ClinicalStore store, Io io) throws StoreException {
        VerificationReport report = store.verify();
        io.out().println(report(store, report));
        if (report.isClean()) {
            return ExitCodes.OK;
        }
        io.err().println("physiobench verify: " + report.problems().size() + " problem(s), the first: "
                + report.problems().get(0));
        return ExitCodes.PROBLEMS_FOUND;
    }

    /** The report as JSON; also what {@code restore} prints about the backup it checked. */
    static Json report(ClinicalStore store, VerificationReport report) {
        AuditVerification audit = report.audit();
        return Json.object().put("store", store.settings().describe()).put("clean", report.isClean())
                .put("schemaVersion", report.schemaVersion()).put("recordsChecked", report.recordsChecked())
                .put("auditEntriesChecked", audit == null ? null : audit.entriesChecked())
                .put("auditIntact", audit == null ? null : audit.isIntact())
                .putIfPresent("firstBadAuditEntry", audit == null || audit.isIntact() ? null : audit.firstBadSequence())
                .put("problems", report.problems());
    }

    @Override
    public String help() {
        return """
                verify
                    Checks the configured store: schema version, every patient document readable,
                    audit trail's hash chain intact. Prints a JSON report (clean, recordsChecked,
                    auditEntriesChecked, firstBadAuditEntry, problems naming each bad record or
                    audit entry). Exit code 0 when clean, 3 when problems were found.""";
    }
}
