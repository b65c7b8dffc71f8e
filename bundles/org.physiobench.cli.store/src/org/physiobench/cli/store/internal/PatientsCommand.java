package org.physiobench.cli.store.internal;

import java.util.List;
import java.util.Set;

import org.physiobench.cli.api.Arguments;
import org.physiobench.cli.api.ExitCodes;
import org.physiobench.cli.api.Io;
import org.physiobench.cli.api.Json;
import org.physiobench.store.api.ClinicalStore;
import org.physiobench.store.api.PatientIndex;
import org.physiobench.store.api.PatientQuery;
import org.physiobench.store.api.PatientSummary;
import org.physiobench.store.api.StoreException;

/**
 * {@code physiobench patients [--limit N]}: the patient list of the configured store as JSON
 * lines, read from the indexed columns only (no document is parsed, so a patient whose document
 * is corrupt is still listed). Read page by page so that 100,000 patients never sit in memory;
 * a page that cannot be read is re-read row by row, and a row that still fails is named on
 * standard error while the rest is listed (exit code 3).
 */
public final class PatientsCommand extends StoreCommand {

    static final String LIMIT = "--limit";

    static final int PAGE = 500;

    /** On the configured store: how the extension point creates it. */
    public PatientsCommand() {
        this(StoreOpener.CONFIGURED);
    }

    PatientsCommand(StoreOpener stores) {
        super(stores, Set.of(), Set.of(LIMIT));
    }

    @Override
    public String name() {
        return "patients";
    }

    @Override
    void check(Arguments arguments) {
        arguments.positional();
        limit(arguments);
    }

    private static long limit(Arguments arguments) {
        return arguments.number(LIMIT, 1, Integer.MAX_VALUE, Long.MAX_VALUE);
    }

    @Override
    int run(Arguments arguments, ClinicalStore store, Io io) throws StoreException {
        long limit = limit(arguments);
        PatientQuery all = PatientQuery.all();
        int unreadable = 0;
        long listed = 0;
        for (int offset = 0; listed < limit; offset += PAGE) {
            int size = (int) Math.min(PAGE, limit - listed);
            List<PatientSummary> page;
            try {
                page = store.listPatients(all.withPage(offset, size));
            } catch (StoreException | RuntimeException e) {
                unreadable += rowByRow(store, all, offset, size, io);
                listed += size;
                continue;
            }
            page.forEach(patient -> io.out().println(line(patient)));
            listed += page.size();
            if (page.size() < size) {
                break;
            }
        }
        return unreadable == 0 ? ExitCodes.OK : ExitCodes.PROBLEMS_FOUND;
    }

    /** @return how many rows of the page could not be read (each named on standard error) */
    private static int rowByRow(ClinicalStore store, PatientQuery all, int offset, int size, Io io)
            throws StoreException {
        int unreadable = 0;
        for (int row = offset; row < offset + size; row++) {
            try {
                List<PatientSummary> one = store.listPatients(all.withPage(row, 1));
                if (one.isEmpty()) {
                    break;
                }
                io.out().println(line(one.get(0)));
            } catch (StoreException | RuntimeException e) {
                unreadable++;
                io.err().println("physiobench patients: row " + (row + 1) + " of the list cannot be read, skipped: "
                        + oneLine(e));
            }
        }
        return unreadable;
    }

    private static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        return message.replaceAll("\\s*\\R\\s*", " ");
    }

    static Json line(PatientSummary patient) {
        PatientIndex index = patient.index();
        return Json.object().put("id", patient.id()).put("name", index.displayName())
                .put("birthDate", index.birthDate()).put("episodeStatus", index.episodeStatus())
                .put("latestOdi", index.latestOdi()).put("latestNprs", index.latestNprs())
                // redFlag as before (now: a triage level of non-urgent or above), then the level itself
                .put("redFlag", index.redFlag()).put("triageLevel", index.triageLevel().id())
                .put("reviewDue", index.reviewDue());
    }

    @Override
    public String help() {
        return """
                patients [--limit N]
                    Lists the patients of the configured store (not archived, by name), one JSON
                    object per line: id, name, birthDate, episodeStatus, latestOdi, latestNprs,
                    redFlag (a red flag of non-urgent level or above), triageLevel (none, screen,
                    non-urgent, urgent, emergency: the patient's red-flag status, as the patient
                    editor's banner shows it), reviewDue (the re-assessment date of the plans in
                    force, or null). Read from the store's list columns, so a patient whose record is
                    corrupt is listed too; a list row that cannot be read is named on standard
                    error, the rest listed, exit code 3.""";
    }
}
