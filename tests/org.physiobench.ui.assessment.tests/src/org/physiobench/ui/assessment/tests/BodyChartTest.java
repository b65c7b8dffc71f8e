package org.physiobench.ui.assessment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.physiobench.model.api.AssessmentKind;
import org.physiobench.model.api.BodyRegion;
import org.physiobench.model.api.BodySide;
import org.physiobench.model.api.ClinicalFactory;
import org.physiobench.model.api.ClinicalRecords;
import org.physiobench.model.api.PainDescription;
import org.physiobench.model.api.PainRegion;
import org.physiobench.model.api.Patient;
import org.physiobench.model.testing.ClinicalExamples;
import org.physiobench.ui.assessment.api.BodyChart;
import org.physiobench.ui.assessment.api.PainMark;
import org.physiobench.ui.assessment.api.RegionKey;
import org.physiobench.ui.assessment.internal.BodyChartAccessibility;
import org.physiobench.ui.assessment.internal.BodyChartPainter;
import org.physiobench.ui.assessment.internal.BodyFigure;
import org.physiobench.ui.assessment.internal.BodyFigure.View;
import org.physiobench.ui.testing.AssessmentFormPage;
import org.physiobench.ui.testing.Screenshots;
import org.physiobench.ui.testing.UiTesting;

/** The body chart driven by mouse and keyboard events, reading and writing the pain description. */
class BodyChartTest {

    private static final RegionKey LEFT_LOWER_LEG = RegionKey.left(BodyRegion.LOWER_LEG);
    private static final RegionKey LUMBAR = RegionKey.central(BodyRegion.LUMBAR);

    private Shell shell;
    private BodyChart chart;
    private PainDescription pain;
    private final List<String> events = new ArrayList<>();

    @BeforeEach
    void open() {
        shell = new Shell(Display.getDefault());
        shell.setLayout(new FillLayout());
        shell.setSize(520, 720);
        chart = new BodyChart(shell, SWT.NONE);
        Patient patient = ClinicalRecords.newPatient("Body", "Chart", LocalDate.of(1990, 1, 1));
        pain = ClinicalRecords.newAssessment(ClinicalRecords.newEpisode(patient, "LBP", LocalDate.of(2026, 3, 2)),
                AssessmentKind.INITIAL, LocalDate.of(2026, 3, 2), "t").getPain();
        chart.setInput(pain);
        chart.addBodyChartListener((region, side, mark) -> events.add(region.name() + " " + side.name() + " " + mark));
        shell.open();
        UiTesting.flush();
    }

    @AfterEach
    void close() {
        shell.dispose();
    }

    @Test
    void paintingStaysInsideThePaintEventsClipping() {
        // the legend's hatched sample once reset the clipping, and everything after it drew over
        // what covers the chart's part scrolled out of view (the editor's page tabs)
        chart.setMark(LEFT_LOWER_LEG, PainMark.RADIATING);
        Rectangle area = new Rectangle(0, 0, 500, 700);
        Image image = new Image(shell.getDisplay(), area.width, area.height);
        try {
            GC gc = new GC(image);
            try {
                gc.setBackground(shell.getDisplay().getSystemColor(SWT.COLOR_MAGENTA));
                gc.fillRectangle(area);
                gc.setClipping(0, 0, area.width, area.height / 2);
                new BodyChartPainter(chart).paint(gc, area);
            } finally {
                gc.dispose();
            }
            ImageData pixels = image.getImageData();
            int magenta = pixels.palette.getPixel(new RGB(255, 0, 255));
            int painted = 0;
            for (int y = area.height / 2; y < area.height; y++) {
                for (int x = 0; x < area.width; x++) {
                    painted += pixels.getPixel(x, y) == magenta ? 0 : 1;
                }
            }
            assertEquals(0, painted, "pixels painted below the clipping");
        } finally {
            image.dispose();
        }
    }

    @Test
    void clickMarksPainAndWritesTheModel() {
        click(LEFT_LOWER_LEG, 0);
        assertEquals(PainMark.PAIN, chart.getMark(LEFT_LOWER_LEG));
        assertEquals(List.of("LOWER_LEG LEFT"), regions());
        assertFalse(pain.isRadiatesBelowKnee());
        assertEquals(List.of("LOWER_LEG LEFT PAIN"), events);

        click(LEFT_LOWER_LEG, 0);
        assertEquals(PainMark.NONE, chart.getMark(LEFT_LOWER_LEG));
        assertTrue(pain.getRegions().isEmpty());
        assertEquals("LOWER_LEG LEFT NONE", events.get(1));
    }

    @Test
    void shiftClickMarksRadiationBelowTheKnee() {
        click(LUMBAR, 0);
        click(LEFT_LOWER_LEG, SWT.SHIFT);
        assertEquals(PainMark.RADIATING, chart.getMark(LEFT_LOWER_LEG));
        assertEquals(List.of("LUMBAR CENTRAL", "LOWER_LEG LEFT"), regions());
        assertTrue(pain.isRadiatesBelowKnee());

        click(LEFT_LOWER_LEG, SWT.SHIFT);
        assertFalse(pain.isRadiatesBelowKnee());
        assertEquals(List.of("LUMBAR CENTRAL"), regions());
    }

    @Test
    void radiationModeMakesAPlainClickMarkRadiation() {
        chart.setRadiationMode(true);
        click(RegionKey.right(BodyRegion.FOOT), 0);
        assertEquals(PainMark.RADIATING, chart.getMark(RegionKey.right(BodyRegion.FOOT)));
        assertTrue(pain.isRadiatesBelowKnee());
    }

    @Test
    void radiationAboveTheKneeIsRecordedAsPain() {
        RegionKey thigh = RegionKey.left(BodyRegion.THIGH_POSTERIOR);
        click(thigh, SWT.SHIFT);
        assertEquals(PainMark.PAIN, chart.getMark(thigh));
        assertFalse(pain.isRadiatesBelowKnee());
        assertThrows(IllegalArgumentException.class, () -> chart.setMark(thigh, PainMark.RADIATING));
    }

    @Test
    void frontViewShowsThePatientsRightOnTheViewersLeft() {
        Rectangle client = chart.getClientArea();
        BodyFigure.Area frontViewersLeftKnee = BodyFigure.areas().stream()
                .filter(a -> a.view() == View.FRONT && a.key().region() == BodyRegion.KNEE && a.points()[0] < BodyFigure.WIDTH / 2)
                .findFirst().orElseThrow();
        assertEquals(BodySide.RIGHT, frontViewersLeftKnee.key().side());
        // and a click there marks the right knee, on both figures
        Rectangle front = chart.boundsOf(RegionKey.right(BodyRegion.KNEE));
        assertTrue(client.contains(front.x, front.y));
        click(RegionKey.right(BodyRegion.GROIN), 0);
        assertEquals(List.of("GROIN RIGHT"), regions());
    }

    @Test
    void everyAreaIsHitAtItsCentreAndNothingOutsideTheBody() {
        for (RegionKey key : RegionKey.ALL) {
            Rectangle box = chart.boundsOf(key);
            assertEquals(Optional.of(key), chart.regionAt(box.x + box.width / 2, box.y + box.height / 2), key.label());
        }
        assertEquals(Optional.empty(), chart.regionAt(2, 2));
    }

    @Test
    void readsTheExamplePatientsPainDescription() {
        PainDescription example = ClinicalExamples.fullyPopulatedPatient().getEpisodes().get(0).getAssessments().get(0).getPain();
        chart.setInput(example);
        assertEquals(PainMark.PAIN, chart.getMark(LUMBAR));
        assertEquals(PainMark.RADIATING, chart.getMark(LEFT_LOWER_LEG), "the example radiates below the knee");
        assertEquals(2, chart.getMarks().values().stream().filter(mark -> mark != PainMark.NONE).count());
    }

    @Test
    void aBilateralEntryShowsOnBothSidesAndSplitsWhenOneIsCleared() {
        pain.getRegions().add(region(BodyRegion.BUTTOCK, BodySide.BILATERAL));
        assertEquals(PainMark.PAIN, chart.getMark(RegionKey.left(BodyRegion.BUTTOCK)), "the chart follows model changes");
        assertEquals(PainMark.PAIN, chart.getMark(RegionKey.right(BodyRegion.BUTTOCK)));
        click(RegionKey.left(BodyRegion.BUTTOCK), 0);
        assertEquals(List.of("BUTTOCK RIGHT"), regions());
        assertEquals(PainMark.PAIN, chart.getMark(RegionKey.right(BodyRegion.BUTTOCK)));
    }

    @Test
    void entriesOfOtherAreasAreKept() {
        pain.getRegions().add(region(BodyRegion.LUMBAR, BodySide.LEFT));
        assertEquals(PainMark.PAIN, chart.getMark(LUMBAR), "a one-sided lumbar entry shows on the spine");
        click(LEFT_LOWER_LEG, 0);
        assertEquals(List.of("LUMBAR LEFT", "LOWER_LEG LEFT"), regions());
    }

    @Test
    void keyboardMovesBetweenAreasAndMarks() {
        chart.setFocus();
        chart.setFocusedRegion(RegionKey.ALL.get(0));
        key(SWT.ARROW_DOWN, 0, (char) 0);
        assertEquals(LUMBAR, chart.getFocusedRegion());
        key(0, 0, ' ');
        assertEquals(PainMark.PAIN, chart.getMark(LUMBAR));
        key(SWT.END, 0, (char) 0);
        assertEquals(RegionKey.right(BodyRegion.FOOT), chart.getFocusedRegion());
        key(0, SWT.SHIFT, ' ');
        assertEquals(PainMark.RADIATING, chart.getMark(RegionKey.right(BodyRegion.FOOT)));
        key(SWT.ARROW_DOWN, 0, (char) 0);
        assertEquals(RegionKey.ALL.get(0), chart.getFocusedRegion(), "moving past the last area wraps to the first");
        key(SWT.ARROW_UP, 0, (char) 0);
        assertEquals(RegionKey.right(BodyRegion.FOOT), chart.getFocusedRegion());
    }

    @Test
    void arrowKeysStayInTheChartTabLeavesIt() {
        Event arrow = new Event();
        arrow.detail = SWT.TRAVERSE_ARROW_NEXT;
        arrow.doit = true;
        chart.notifyListeners(SWT.Traverse, arrow);
        assertFalse(arrow.doit);
        Event tab = new Event();
        tab.detail = SWT.TRAVERSE_TAB_NEXT;
        tab.doit = false;
        chart.notifyListeners(SWT.Traverse, tab);
        assertTrue(tab.doit);
    }

    @Test
    void everyAreaHasAnAccessibleName() {
        chart.setMark(LEFT_LOWER_LEG, PainMark.RADIATING);
        assertEquals("Left lower leg, radiating pain", BodyChartAccessibility.describe(chart, LEFT_LOWER_LEG));
        assertEquals("Lumbar spine, no pain", BodyChartAccessibility.describe(chart, LUMBAR));
        assertEquals(RegionKey.ALL.size(), RegionKey.ALL.stream().map(RegionKey::label).distinct().count(), "names must differ");
    }

    @Test
    void hoveringAnAreaNamesIt() {
        click(LUMBAR, 0);
        Rectangle box = chart.boundsOf(LUMBAR);
        Event move = new Event();
        move.x = box.x + box.width / 2;
        move.y = box.y + box.height / 2;
        chart.notifyListeners(SWT.MouseMove, move);
        assertEquals("Lumbar spine, pain", chart.getToolTipText());
        move.x = 2;
        move.y = 2;
        chart.notifyListeners(SWT.MouseMove, move);
        assertEquals(null, chart.getToolTipText());
    }

    @Test
    void screenshotOfAMarkedChart() throws Exception {
        click(LUMBAR, 0);
        click(RegionKey.left(BodyRegion.BUTTOCK), 0);
        click(RegionKey.left(BodyRegion.THIGH_POSTERIOR), 0);
        click(LEFT_LOWER_LEG, SWT.SHIFT);
        chart.setFocus();
        chart.setFocusedRegion(LEFT_LOWER_LEG);
        assertTrue(Screenshots.save(chart, "body-chart.png") > 8, "the body chart looks blank");
    }

    private void click(RegionKey key, int modifiers) {
        AssessmentFormPage.click(chart, key, modifiers);
    }

    private void key(int keyCode, int modifiers, char character) {
        Event event = new Event();
        event.keyCode = keyCode;
        event.character = character;
        event.stateMask = modifiers;
        chart.notifyListeners(SWT.KeyDown, event);
        UiTesting.flush();
    }

    private List<String> regions() {
        return pain.getRegions().stream().map(r -> r.getRegion().name() + " " + r.getSide().name()).toList();
    }

    private static PainRegion region(BodyRegion bodyRegion, BodySide side) {
        PainRegion region = ClinicalFactory.eINSTANCE.createPainRegion();
        region.setRegion(bodyRegion);
        region.setSide(side);
        return region;
    }

}
