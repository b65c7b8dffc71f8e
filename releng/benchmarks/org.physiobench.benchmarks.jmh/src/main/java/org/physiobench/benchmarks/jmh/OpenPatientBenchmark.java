package org.physiobench.benchmarks.jmh;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.physiobench.demo.api.DemoData;
import org.physiobench.model.api.ClinicalRecords;
import org.physiobench.model.api.EpisodeOfCare;
import org.physiobench.model.api.Patient;
import org.physiobench.model.api.Session;
import org.physiobench.store.api.ClinicalStore;
import org.physiobench.store.api.ClinicalStores;
import org.physiobench.store.api.StoreException;
import org.physiobench.ui.progress.api.ProgressData;

/**
 * Opening a patient with 300 sessions, the headless part: the store loads and parses the
 * aggregate (and audits the view, a durable write) and the progress chart's data is derived
 * from it ({@link ProgressData}, SWT-free). The editor and chart widgets are not measured here
 * (see releng/benchmarks/README.md, "Adding a UI scenario").
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class OpenPatientBenchmark {

    static final int SESSIONS = 300;

    /**
     * The instruments' scales come from the instrument extension registry, which a plain class
     * path does not have: here the chart data holds the sessions' pain series only. The real
     * chart with every installed instrument is measured inside the workbench
     * (org.physiobench.benchmarks.workbench, "workbench.openPatient300").
     */
    static final List<org.physiobench.ui.progress.api.InstrumentScale> NO_REGISTRY_SCALES = List.of();

    private BenchmarkDatabase db;
    private ClinicalStore store;
    private String patientId;

    @Setup(Level.Trial)
    public void open() throws Exception {
        db = BenchmarkDatabase.create("sqlite", "open");
        store = ClinicalStores.open(db.settings());
        Patient patient = withSessions(new DemoData(DemoStores.SEED).patient(0), SESSIONS);
        store.createPatients(List.of(patient), "benchmark");
        patientId = patient.getId();
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        store.close();
        db.dispose();
    }

    /** Load, parse and derive the progress chart's series: what the editor waits for. */
    @Benchmark
    public ProgressData openPatient() throws StoreException {
        Patient patient = store.loadPatient(patientId, "benchmark").patient();
        return ProgressData.of(patient, NO_REGISTRY_SCALES, ZoneId.systemDefault());
    }

    /** Adds weekly sessions with a SOAP note and pain ratings to the latest episode until it has {@code count}. */
    static Patient withSessions(Patient patient, int count) {
        EpisodeOfCare episode = patient.getEpisodes().get(patient.getEpisodes().size() - 1);
        LocalDate date = LocalDate.of(2020, 1, 6);
        for (int n = episode.getSessions().size(); n < count; n++) {
            Session session = ClinicalRecords.newSession(episode, date.plusDays(3L * n), "therapist");
            session.getSoap().setSubjective("Session " + n + ": pain settles after walking, worse after long sitting.");
            session.getSoap().setObjective("Flexion to mid-shin, SLR negative, prone press-up eases pain.");
            session.getSoap().setAssessment("Directional preference extension holds; function improving.");
            session.getSoap().setPlan("Progress core endurance, continue walking programme.");
            session.setPainBefore(2 + n % 6);
            session.setPainAfter(1 + n % 4);
        }
        return patient;
    }
}
