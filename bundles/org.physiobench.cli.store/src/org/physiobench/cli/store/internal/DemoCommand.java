package org.physiobench.cli.store.internal;

import java.math.BigDecimal;
import java.util.Set;

import org.physiobench.cli.api.Arguments;
import org.physiobench.cli.api.ExitCodes;
import org.physiobench.cli.api.Io;
import org.physiobench.cli.api.Json;
import org.physiobench.cli.api.UsageException;
import org.physiobench.demo.api.DemoData;
import org.physiobench.store.api.ClinicalStore;
import org.physiobench.store.api.PatientQuery;
import org.physiobench.store.api.StoreConflictException;
import org.physiobench.store.api.StoreException;

/**
 * {@code physiobench demo --patients N [--seed S] [--if-empty]}: synthetic demo patients in the
 * configured store, so that a first start (releng/scripts/launch.sh) has patients to show.
 */
public final class DemoCommand extends StoreCommand {

    static final String PATIENTS = "--patients";
    static final String SEED = "--seed";
    static final String IF_EMPTY = "--if-empty";

    /** The seed without --seed: fixed, so every fresh installation shows the same demo patients. */
    static final long DEFAULT_SEED = 1;

    /** A guard against a typo such as 2000000 filling the disk (100,000 take about 2 GB). */
    static final long MAX_PATIENTS = 1_000_000;

    /** On the configured store: how the extension point creates it. */
    public DemoCommand() {
        this(StoreOpener.CONFIGURED);
    }

    DemoCommand(StoreOpener stores) {
        super(stores, Set.of(IF_EMPTY), Set.of(PATIENTS, SEED));
    }

    @Override
    public String name() {
        return "demo";
    }

    @Override
    void check(Arguments arguments) {
        arguments.positional();
        if (!arguments.hasValue(PATIENTS)) {
            throw new UsageException("demo needs --patients N");
        }
        patients(arguments);
        seed(arguments);
    }

    private static int patients(Arguments arguments) {
        return (int) arguments.number(PATIENTS, 1, MAX_PATIENTS, 0);
    }

    private static long seed(Arguments arguments) {
        return arguments.number(SEED, Long.MIN_VALUE, Long.MAX_VALUE, DEFAULT_SEED);
    }

    @Override
    int run(Arguments arguments, ClinicalStore store, Io io) throws StoreException {
        long seed = seed(arguments);
        long existing = store.countPatients(PatientQuery.all().withArchived(true));
        Json result = Json.object().put("store", store.settings().describe()).put("seed", seed);
        if (arguments.has(IF_EMPTY) && existing > 0) {
            io.out().println(result.put("created", 0).put("patients", existing)
                    .put("skipped", "the store has patients already"));
            return ExitCodes.OK;
        }
        int count = patients(arguments);
        DemoData.Result created;
        try {
            created = new DemoData(seed).populate(store, count, written -> {
                // Nothing on the console while it runs: stdout is for the one result line.
            });
        } catch (StoreConflictException e) {
            throw new UsageException("demo patients of seed " + seed + " are in the store already; use another --seed ("
                    + e.getMessage() + ")");
        }
        io.out().println(result.put("created", created.patients()).put("patients", existing + created.patients())
                .put("seconds", BigDecimal.valueOf(created.duration().toMillis(), 3)));
        return ExitCodes.OK;
    }

    @Override
    public String help() {
        return """
                demo --patients N [--seed S] [--if-empty]
                    Creates N synthetic demo patients (no real people) in the configured store; the
                    same seed (default 1) gives the same patients. With --if-empty only when the
                    store has no patients at all. Prints {"store", "seed", "created", "patients"}.""";
    }
}
