package org.physiobench.benchmarks.jmh;

import java.util.concurrent.TimeUnit;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
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
import org.physiobench.model.api.Patient;
import org.physiobench.ui.progress.api.ProgressChart;

/**
 * The UI half of opening a patient with 300 sessions: the Progress chart (SWTChart series,
 * responder table) created for the patient in a shell that is never shown, laid out, and
 * disposed again. Needs a display (bench.py starts Xvfb). State per thread: SWT wants every
 * call on the thread that created the Display, and JMH runs setup and benchmark on one
 * worker thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ProgressChartBenchmark {

    private Display display;
    private Shell shell;
    private Patient patient;

    @Setup(Level.Trial)
    public void open() {
        display = new Display();
        shell = new Shell(display);
        shell.setSize(1280, 800);
        patient = OpenPatientBenchmark.withSessions(new DemoData(DemoStores.SEED).patient(0),
                OpenPatientBenchmark.SESSIONS);
    }

    @TearDown(Level.Trial)
    public void close() {
        shell.dispose();
        display.dispose();
    }

    /** Creates the chart for the patient, lays it out and handles the events that causes. */
    @Benchmark
    public int createProgressChart() {
        ProgressChart chart = new ProgressChart(shell, SWT.NONE);
        chart.setPatient(patient, OpenPatientBenchmark.NO_REGISTRY_SCALES);
        shell.layout(true, true);
        while (display.readAndDispatch()) {
            // the layout's deferred work
        }
        int children = chart.getChildren().length;
        chart.dispose();
        return children;
    }
}
