package org.physiobench.ui.progress.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.physiobench.model.api.Assessment;
import org.physiobench.model.api.ClinicalRecords;
import org.physiobench.model.api.Patient;
import org.physiobench.ui.progress.api.ProgressChart;
import org.physiobench.ui.progress.internal.ProgressCharts;
import org.physiobench.ui.progress.internal.ResponderTable;
import org.physiobench.ui.testing.UiTesting;

/**
 * The progress chart shows another patient or a changed record in the widgets it already has:
 * the same charts and responder table with new series, and a chart created or disposed only
 * when an instrument appears or goes.
 */
class ProgressChartUpdateTest {

    private Shell shell;
    private ProgressChart chart;

    @BeforeEach
    void open() {
        shell = new Shell(Display.getDefault());
        shell.setLayout(new FillLayout());
        shell.setSize(1200, 900);
        chart = new ProgressChart(shell, SWT.NONE);
        chart.setPatient(ProgressFixtures.patient(), ProgressFixtures.SCALES);
        shell.open();
        UiTesting.flush();
    }

    @AfterEach
    void close() {
        shell.dispose();
    }

    @Test
    void anotherPatientWithTheSameInstrumentsReusesEveryWidget() {
        List<Chart> before = chart.getCharts();
        Table table = chart.getResponderTable();
        Patient second = withOdi(ProgressFixtures.patient(), 60, 52, 40);
        second.setGivenName("Robin");

        chart.setPatient(second, ProgressFixtures.SCALES);
        UiTesting.flush();

        assertEquals(before.size(), chart.getCharts().size());
        for (int i = 0; i < before.size(); i++) {
            assertSame(before.get(i), chart.getCharts().get(i), "chart " + i + " was re-created");
            assertFalse(before.get(i).isDisposed());
        }
        assertSame(table, chart.getResponderTable(), "the responder table was re-created");
        assertTrue(chart.getTitle().contains("Robin"), chart.getTitle());
        assertArrayEquals(new double[] { 60, 52, 40 }, odi().getSeriesSet().getSeries("odi/total").getYSeries(), 1e-12);
        assertArrayEquals(new double[] { 50, 50 },
                odi().getSeriesSet().getSeries("odi/total" + ProgressCharts.MCID_SUFFIX).getYSeries(), 1e-12,
                "MCID line from the new baseline 60 minus 10");
        assertEquals("60", table.getItem(0).getText(1));
        assertEquals("-20 (improved)", table.getItem(0).getText(ResponderTable.CHANGE));
        assertTrue(odi().getTitle().getText().startsWith("Oswestry Disability Index (lower is better): 60"),
                odi().getTitle().getText());
    }

    @Test
    void aChangedRecordReplacesTheSeriesOfTheSameChart() {
        Chart pain = chart.getCharts().get(3);
        Patient patient = ProgressFixtures.patient();
        patient.getEpisodes().get(0).getSessions().get(7).setPainAfter(0);
        chart.setPatient(patient, ProgressFixtures.SCALES);
        assertSame(pain, chart.getCharts().get(3));
        double[] after = pain.getSeriesSet().getSeries(ProgressCharts.PAIN_AFTER).getYSeries();
        assertArrayEquals(new double[] { 5, 5, 4, 3, 3, 2, 3, 0 }, after, 1e-12);
    }

    @Test
    void anInstrumentThatAppearsGetsAChartAndOneThatGoesLosesIt() {
        List<Chart> before = chart.getCharts();
        chart.setPatient(ProgressFixtures.withStartBack(ProgressFixtures.patient()), ProgressFixtures.SCALES);
        UiTesting.flush();

        List<Chart> withStartBack = chart.getCharts();
        List<Chart> added = withStartBack.stream().filter(c -> !before.contains(c)).toList();
        assertEquals(2, added.size(), "STarT Back total and psychosocial subscale");
        assertNotNull(added.get(0).getSeriesSet().getSeries("startback/total"));
        assertNotNull(added.get(1).getSeriesSet().getSeries("startback/psychosocial"));
        assertTrue(withStartBack.containsAll(before), "an instrument still shown lost its chart");
        assertSame(before.get(3), withStartBack.get(withStartBack.size() - 1), "session pain stays last");
        assertEquals(List.<Object>copyOf(withStartBack), List.<Object>of(withStartBack.get(0).getParent().getChildren()),
                "the widgets are not in display order");
        assertEquals(5, chart.getResponderTable().getItemCount(), "ODI, NPRS, RMDQ, STarT Back and its subscale");

        chart.setPatient(ProgressFixtures.patient(), ProgressFixtures.SCALES);
        UiTesting.flush();
        assertEquals(before, chart.getCharts());
        added.forEach(gone -> assertTrue(gone.isDisposed(), "the chart of an instrument no longer recorded is kept"));
        assertEquals(3, chart.getResponderTable().getItemCount());
    }

    @Test
    void aGoalThatGoesTakesItsLineAndKeepsTheChart() {
        Chart odi = odi();
        Patient patient = ProgressFixtures.patient();
        patient.getEpisodes().get(0).getPlans().get(0).getCurrentRevision().getGoals().clear();
        chart.setPatient(patient, ProgressFixtures.SCALES);
        assertSame(odi, odi());
        assertNull(odi.getSeriesSet().getSeries("odi/total" + ProgressCharts.GOAL_SUFFIX));
        assertNotNull(odi.getSeriesSet().getSeries("odi/total" + ProgressCharts.MCID_SUFFIX));

        chart.setPatient(ProgressFixtures.patient(), ProgressFixtures.SCALES);
        assertArrayEquals(new String[] { "odi/total", "odi/total" + ProgressCharts.MCID_SUFFIX, "odi/total" + ProgressCharts.GOAL_SUFFIX },
                Arrays.stream(odi.getSeriesSet().getSeries()).map(ISeries::getId).toArray(), "legend order");
    }

    @Test
    void nothingToChartThenAPatientAgain() {
        chart.setPatient(ClinicalRecords.newPatient("Empty", "Record", null), ProgressFixtures.SCALES);
        assertTrue(chart.getCharts().isEmpty());
        chart.setPatient(ProgressFixtures.patient(), ProgressFixtures.SCALES);
        UiTesting.flush();
        assertEquals(4, chart.getCharts().size());
        assertTrue(chart.getCharts().get(0).isVisible(), "the charts stay hidden after the message");
    }

    @Test
    void coloursAreDisposedWithTheChartAndFontsAreShared() {
        List<Color> colours = new ArrayList<>();
        for (Chart each : chart.getCharts()) {
            for (ISeries<?> series : each.getSeriesSet().getSeries()) {
                colours.add(((ILineSeries<?>) series).getLineColor());
            }
            assertSame(JFaceResources.getBannerFont(), each.getTitle().getFont(), "a font created per chart");
        }
        Set<Color> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
        distinct.addAll(colours);
        assertEquals(5, distinct.size(), "one colour each for score, MCID, goal, pain before and after: " + colours);
        colours.forEach(colour -> assertFalse(colour.isDisposed()));

        shell.dispose();

        colours.forEach(colour -> assertTrue(colour.isDisposed(), colour + " outlives the chart"));
    }

    private Chart odi() {
        return chart.getCharts().stream().filter(c -> c.getSeriesSet().getSeries("odi/total") != null).findFirst()
                .orElseThrow(() -> new AssertionError("no ODI chart"));
    }

    private static Patient withOdi(Patient patient, double... values) {
        List<Assessment> assessments = patient.getEpisodes().get(0).getAssessments();
        for (int i = 0; i < values.length; i++) {
            assessments.get(i).getAdministrations().get(0).getScores().get(0).setValue(values[i]);
        }
        return patient;
    }
}
