package org.physiobench.demo.api;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

import org.physiobench.demo.internal.DemoPatientFactory;
import org.physiobench.model.api.Patient;
import org.physiobench.store.api.ClinicalStore;
import org.physiobench.store.api.StoreException;

/**
 * Synthetic patients (no real people: names drawn from short built-in lists, example contact
 * data) with realistic courses of low back pain care: initial assessment with ODI, NPRS and
 * STarT Back answers and scores, a risk-matched plan, weekly sessions with pain before and
 * after, a review that revises the plan of a patient who does not improve, and discharge with
 * a prevention plan. About half improve, the rest improve partly or not at all.
 *
 * <p>Deterministic: the same seed gives the same patients, ids included.
 */
public final class DemoData {

    /** The day the demo data ends on (so the same seed gives the same data on any day). */
    public static final LocalDate DEMO_TODAY = LocalDate.of(2026, 11, 1);

    /** The actor the audit trail names for demo records. */
    public static final String ACTOR = "demo";

    /** Patients per transaction in {@link #populate}: large enough to be fast, small enough for memory. */
    private static final int BATCH = 1000;

    private final DemoPatientFactory factory;

    public DemoData(long seed) {
        this.factory = new DemoPatientFactory(seed, DEMO_TODAY);
    }

    /** @return demo patient number {@code n} (0-based) of this seed */
    public Patient patient(int n) {
        return factory.patient(n);
    }

    /** @return demo patients {@code 0 .. count-1} */
    public List<Patient> patients(int count) {
        return IntStream.range(0, count).mapToObj(factory::patient).toList();
    }

    /**
     * Result of {@link DemoData#populate}.
     *
     * @param patients how many patients were created
     * @param duration how long it took
     */
    public record Result(int patients, Duration duration) {
    }

    /**
     * Creates {@code count} demo patients in the store, in transactions of 1,000.
     *
     * @param progress called with the number of patients written so far after each batch
     * @throws StoreException when a demo patient exists already (same seed twice) or the
     *             store fails; batches written before stay
     */
    public Result populate(ClinicalStore store, int count, IntConsumer progress) throws StoreException {
        long started = System.nanoTime();
        for (int first = 0; first < count; first += BATCH) {
            int end = Math.min(count, first + BATCH);
            // Building patients is independent per patient: use the cores while the database waits.
            List<Patient> batch = new ArrayList<>(IntStream.range(first, end).parallel().mapToObj(factory::patient)
                    .toList());
            store.createPatients(batch, ACTOR);
            progress.accept(end);
        }
        return new Result(count, Duration.ofNanos(System.nanoTime() - started));
    }
}
