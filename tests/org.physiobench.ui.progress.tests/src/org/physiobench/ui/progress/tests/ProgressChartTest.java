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
import org.eclipse.swt.widgets.TableItem;
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
import org.physiobench.ui.progress.internal.RevisionMarkers;
import org.physiobench.ui.testing.UiTesting;

/**
 * The progress chart of the synthetic patient, drawn in a shell; another patient or a changed
 * record keeps its widgets (same charts and table, new series), and its colours go with it.
 */
class ProgressChartTest {

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

    private Chart chartOf(String instrumentId) {
        return chart.getCharts().stream().filter(c -> c.getSeriesSet().getSeries(instrumentId + "/total") != null).findFirst()
                .orElseThrow(() -> new AssertionError("no chart for " + instrumentId));
    }

    @Test
    void oneChartPerInstrumentAndOneForSessionPain() {
        assertEquals(4, chart.getCharts().size());
        assertNotNull(chart.getCharts().get(3).getSeriesSet().getSeries(ProgressCharts.PAIN_BEFORE));
        assertNotNull(chart.getCharts().get(3).getSeriesSet().getSeries(ProgressCharts.PAIN_AFTER));
        assertTrue(chart.getTitle().contains("Sam Synthetic"), chart.getTitle());
    }

    @Test
    void scoreSeriesHasThePatientsPoints() {
        ISeries<?> odi = chartOf("odi").getSeriesSet().getSeries("odi/total");
        assertArrayEquals(new double[] { 44, 30, 22 }, odi.getYSeries(), 1e-12);
        assertArrayEquals(new double[] { ProgressFixtures.START.toEpochDay(), ProgressFixtures.REVIEW_1.toEpochDay(),
                ProgressFixtures.REVIEW_2.toEpochDay() }, odi.getXSeries(), 1e-12);
        ISeries<?> nprs = chartOf("nprs").getSeriesSet().getSeries("nprs/total");
        assertArrayEquals(new double[] { 7, 5, 4 }, nprs.getYSeries(), 1e-12);
    }

    @Test
    void mcidLineAtBaselineMinusMcid() {
        double[] odi = chartOf("odi").getSeriesSet().getSeries("odi/total" + ProgressCharts.MCID_SUFFIX).getYSeries();
        assertArrayEquals(new double[] { 34, 34 }, odi, 1e-12);
        double[] rmdq = chartOf("rmdq").getSeriesSet().getSeries("rmdq/total" + ProgressCharts.MCID_SUFFIX).getYSeries();
        assertArrayEquals(new double[] { 7, 7 }, rmdq, 1e-12, "RMDQ baseline 12 minus MCID 5");
    }

    @Test
    void goalLineWhereThePlanNamesTheInstrument() {
        assertArrayEquals(new double[] { 20, 20 },
                chartOf("odi").getSeriesSet().getSeries("odi/total" + ProgressCharts.GOAL_SUFFIX).getYSeries(), 1e-12);
        assertNull(chartOf("nprs").getSeriesSet().getSeries("nprs/total" + ProgressCharts.GOAL_SUFFIX));
    }

    @Test
    void planRevisionsMarkedOnEveryChartWithTheirReason() {
        for (Chart each : chart.getCharts()) {
            RevisionMarkers markers = markers(each);
            assertEquals(List.of(ProgressFixtures.START, ProgressFixtures.REVIEW_1),
                    markers.marks().stream().map(m -> m.date()).toList());
            int x = markers.pixelOf(markers.marks().get(1));
            String tooltip = markers.tooltipAt(x + 2);
            assertNotNull(tooltip, "no tooltip at the marker");
            assertTrue(tooltip.contains(ProgressFixtures.REVISION_2_REASON), tooltip);
            assertNull(markers.tooltipAt(x + 40), "a tooltip away from any marker");
        }
    }

    @Test
    void revisionsLineUpAcrossCharts() {
        List<Integer> pixels = chart.getCharts().stream().map(c -> markers(c).pixelOf(markers(c).marks().get(1))).toList();
        assertEquals(1, pixels.stream().distinct().count(), "the revision sits at different x in different charts: " + pixels);
    }

    @Test
    void responderTableJudgesEachInstrument() {
        Table table = chart.getResponderTable();
        assertEquals(3, table.getItemCount());
        TableItem odi = table.getItem(0);
        assertEquals("Oswestry Disability Index", odi.getText(0));
        assertEquals("-22 (improved)", odi.getText(ResponderTable.CHANGE), "change = follow-up - baseline, as the CLI says");
        assertEquals("-50 %", odi.getText(4));
        assertEquals("Responder (points and %)", odi.getText(ResponderTable.STATUS));
        assertEquals("Responder (points and %)", table.getItem(1).getText(ResponderTable.STATUS), "NPRS 7 to 4");
        assertEquals("No reliable change (below the MDC)", table.getItem(2).getText(ResponderTable.STATUS),
                "RMDQ 12 to 9: 3 points is within the MDC of 5");
        assertEquals("-3 (no reliable change)", table.getItem(2).getText(ResponderTable.CHANGE));
        assertEquals("5 points", table.getItem(2).getText(ResponderTable.MDC));
        assertEquals("20 by 2026-05-04: 2 to go", odi.getText(ResponderTable.GOAL));
        assertEquals("", table.getItem(1).getText(ResponderTable.GOAL), "no goal names the NPRS");
    }

    @Test
    void aGoalReachedSaysSo() {
        Patient patient = ProgressFixtures.patient();
        Assessment last = patient.getEpisodes().get(0).getAssessments().get(2);
        last.getAdministrations().get(0).getScores().get(0).setValue(20.0);
        chart.setPatient(patient, ProgressFixtures.SCALES);
        assertEquals("20 by 2026-05-04: reached", chart.getResponderTable().getItem(0).getText(ResponderTable.GOAL));
    }

    @Test
    void aPatientWithNothingRecordedSaysSo() {
        chart.setPatient(ClinicalRecords.newPatient("Empty", "Record", null), ProgressFixtures.SCALES);
        assertTrue(chart.getCharts().isEmpty());
        assertNull(chart.getResponderTable());
        assertTrue(chart.getTitle().contains("no episode of care"), chart.getTitle());
    }

    // the widgets are kept from one record to the next: only their data changes

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
        assertArrayEquals(new double[] { 60, 52, 40 }, chartOf("odi").getSeriesSet().getSeries("odi/total").getYSeries(), 1e-12);
        assertArrayEquals(new double[] { 50, 50 },
                chartOf("odi").getSeriesSet().getSeries("odi/total" + ProgressCharts.MCID_SUFFIX).getYSeries(), 1e-12,
                "MCID line from the new baseline 60 minus 10");
        assertEquals("60", table.getItem(0).getText(1));
        assertEquals("-20 (improved)", table.getItem(0).getText(ResponderTable.CHANGE));
        assertTrue(chartOf("odi").getTitle().getText().startsWith("Oswestry Disability Index (lower is better): 60"),
                chartOf("odi").getTitle().getText());
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
        Chart odi = chartOf("odi");
        Patient patient = ProgressFixtures.patient();
        patient.getEpisodes().get(0).getPlans().get(0).getCurrentRevision().getGoals().clear();
        chart.setPatient(patient, ProgressFixtures.SCALES);
        assertSame(odi, chartOf("odi"));
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

    private static Patient withOdi(Patient patient, double... values) {
        List<Assessment> assessments = patient.getEpisodes().get(0).getAssessments();
        for (int i = 0; i < values.length; i++) {
            assessments.get(i).getAdministrations().get(0).getScores().get(0).setValue(values[i]);
        }
        return patient;
    }

    static RevisionMarkers markers(Chart chart) {
        return chart.getPlotArea().getCustomPaintListener().stream().filter(RevisionMarkers.class::isInstance)
                .map(RevisionMarkers.class::cast).findFirst().orElseThrow(() -> new AssertionError("no revision markers"));
    }
}
