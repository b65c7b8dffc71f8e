package org.physiobench.ui.assessment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.physiobench.core.api.RedFlagCategory;
import org.physiobench.model.api.BodyRegion;
import org.physiobench.model.api.BodySide;
import org.physiobench.model.api.ClinicalPackage.Literals;
import org.physiobench.model.api.DirectionalPreference;
import org.physiobench.model.api.NeurologicalFinding;
import org.physiobench.model.api.NeurologicalResult;
import org.physiobench.model.api.NeurologicalTestKind;
import org.physiobench.model.api.PainDescription;
import org.physiobench.model.api.PhysicalExamination;
import org.physiobench.model.api.RangeOfMotion;
import org.physiobench.model.api.RedFlagAnswer;
import org.physiobench.model.api.ScreeningAnswer;
import org.physiobench.model.api.SpinalMovement;
import org.physiobench.model.api.StraightLegRaise;
import org.physiobench.ui.assessment.api.AssessmentWidgetIds;
import org.physiobench.ui.assessment.api.BodyChart;
import org.physiobench.ui.assessment.api.PainMark;
import org.physiobench.ui.assessment.api.RegionKey;
import org.physiobench.ui.testing.UiTesting;
import org.physiobench.ui.testing.Widgets;

/** The assessment form driven through its widgets: every change a command, undo restores, model changes shown. */
class AssessmentFormTest {

    private FormFixture fixture;

    @BeforeEach
    void open() {
        fixture = FormFixture.newAssessment();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void thePainFieldsStandBesideTheChartWhenThereIsRoomElseBelowIt() {
        BodyChart chart = fixture.page.control(AssessmentWidgetIds.BODY_CHART, BodyChart.class);
        Text painNow = fixture.page.control(AssessmentWidgetIds.field("pain", "currentIntensity"), Text.class);
        fixture.shell.setSize(2400, 1000);
        UiTesting.flush();
        assertTrue(onDisplay(painNow).x > onDisplay(chart).x + chart.getSize().x, "beside the chart in a wide window");

        // the editor's form in a 1280 x 720 window: squeezed beside the chart, the field was out of sight
        fixture.shell.setSize(900, 700);
        UiTesting.flush();
        assertTrue(onDisplay(painNow).y > onDisplay(chart).y + chart.getSize().y, "below the chart in a narrow one");
        Control section = painNow.getParent().getParent();
        assertTrue(onDisplay(painNow).x + painNow.getSize().x <= onDisplay(section).x + section.getSize().x,
                "the field is inside its section");
    }

    private static Point onDisplay(Control control) {
        return control.toDisplay(0, 0);
    }

    @Test
    void aYesOnTheChecklistRaisesTheBannerAndUndoLowersIt() {
        assertEquals("", fixture.page.redFlagBanner(), "a 36-year-old without answers has no red flag");
        fixture.page.answerRedFlag("saddle-anaesthesia", "yes");

        String banner = fixture.page.redFlagBanner();
        assertTrue(banner.startsWith("EMERGENCY - Same-day emergency assessment (emergency department); no treatment"),
                banner);
        assertTrue(banner.contains("Cauda equina syndrome: Saddle anaesthesia"), banner);
        RedFlagAnswer answer = fixture.assessment.getRedFlagScreening().getAnswers().get(0);
        assertEquals("saddle-anaesthesia", answer.getQuestionId());
        assertEquals(RedFlagCategory.CAUDA_EQUINA, answer.getCategory());
        assertEquals(ScreeningAnswer.YES, answer.getAnswer());

        fixture.page.click(AssessmentWidgetIds.field("redflags", "referredForMedicalReview"));
        assertTrue(fixture.page.redFlagBanner().endsWith("Referred for medical review."), fixture.page.redFlagBanner());
        fixture.undo();
        fixture.page.answerRedFlag("saddle-anaesthesia", "no");
        assertEquals("", fixture.page.redFlagBanner());
        fixture.undo();
        assertTrue(fixture.page.redFlagBanner().contains("Saddle anaesthesia"), "undo brings the flag back");
        fixture.undo();
        assertEquals("", fixture.page.redFlagBanner());
        assertTrue(fixture.assessment.getRedFlagScreening().getAnswers().isEmpty(), "the answer entry is undone too");
    }

    @Test
    void theAgeFlagsComeFromThePatientsAge() {
        fixture.domain.getCommandStack().execute(SetCommand.create(fixture.domain, fixture.patient, Literals.PATIENT__BIRTH_DATE,
                LocalDate.of(1960, 1, 1)));
        UiTesting.flush();
        assertTrue(fixture.page.redFlagBanner().startsWith("Risk factor - Screen further and safety-net; treatment proceeds"),
                fixture.page.redFlagBanner());
        assertTrue(fixture.page.redFlagBanner().contains("Risk factor: Age over 50 (age 66)"), fixture.page.redFlagBanner());
    }

    @Test
    void aBodyChartClickIsACommandAndUndoRemovesTheRegion() {
        BodyChart chart = fixture.form.getBodyChart();
        PainDescription pain = fixture.assessment.getPain();
        fixture.page.clickBodyChart(RegionKey.central(BodyRegion.LUMBAR), false)
                .clickBodyChart(RegionKey.left(BodyRegion.LOWER_LEG), true);
        assertEquals(2, pain.getRegions().size());
        assertEquals(BodySide.LEFT, pain.getRegions().get(1).getSide());
        assertTrue(pain.isRadiatesBelowKnee());
        assertTrue(fixture.page.control(AssessmentWidgetIds.field("pain", "radiatesBelowKnee"),
                Button.class).getSelection(), "the form shows the chart's radiation");

        fixture.undo();
        assertEquals(1, pain.getRegions().size(), "one click, one undo step");
        assertFalse(pain.isRadiatesBelowKnee());
        assertEquals(PainMark.NONE, chart.getMark(RegionKey.left(BodyRegion.LOWER_LEG)));
        fixture.undo();
        assertTrue(pain.getRegions().isEmpty());
        assertEquals(PainMark.NONE, chart.getMark(RegionKey.central(BodyRegion.LUMBAR)));
        fixture.redo();
        assertEquals(PainMark.PAIN, chart.getMark(RegionKey.central(BodyRegion.LUMBAR)));
    }

    @Test
    void painFieldsRecordAndAnOutOfRangeIntensityIsRejected() {
        fixture.page.type(AssessmentWidgetIds.field("pain", "currentIntensity"), "12");
        PainDescription pain = fixture.assessment.getPain();
        assertNull(pain.getCurrentIntensity(), "12 is not on the 0-10 scale");
        assertTrue(fixture.page.message().contains("12 is out of range: 0 to 10"), fixture.page.message());
        assertFalse(fixture.domain.getCommandStack().canUndo(), "nothing was recorded");

        fixture.page.type(AssessmentWidgetIds.field("pain", "currentIntensity"), "6");
        assertEquals(6, pain.getCurrentIntensity());
        assertEquals("", fixture.page.message());
        fixture.page.choose(AssessmentWidgetIds.field("pain", "dailyPattern"), "Worse in morning")
                .type(AssessmentWidgetIds.field("pain", "aggravatingFactors"), "sitting; bending forward ;")
                .type(AssessmentWidgetIds.field("pain", "onsetDate"), "2026-02-10");
        assertEquals(List.of("sitting", "bending forward"), pain.getAggravatingFactors());
        assertEquals(LocalDate.of(2026, 2, 10), pain.getOnsetDate());
        assertEquals("WORSE_IN_MORNING", pain.getDailyPattern().name());

        fixture.undo();
        assertNull(pain.getOnsetDate());
        fixture.undo();
        assertTrue(pain.getAggravatingFactors().isEmpty());
        assertEquals("", fixture.page.text(AssessmentWidgetIds.field("pain", "aggravatingFactors")));
    }

    @Test
    void whatTheRecordsValidationFindsIsShown() {
        fixture.page.type(AssessmentWidgetIds.field("pain", "bestIntensity"), "7")
                .type(AssessmentWidgetIds.field("pain", "worstIntensity"), "5");
        String problems = fixture.page.control(AssessmentWidgetIds.PROBLEMS, Label.class).getText();
        assertTrue(problems.contains("Best intensity 7"), problems);
        fixture.page.type(AssessmentWidgetIds.field("pain", "worstIntensity"), "8");
        assertEquals("", fixture.page.control(AssessmentWidgetIds.PROBLEMS, Label.class).getText());
    }

    @Test
    void examinationValuesAreRecordedPerMovementSideAndRoot() {
        fixture.page.type(AssessmentWidgetIds.rangeOfMotion("flexion", "degrees"), "40")
                .click(AssessmentWidgetIds.rangeOfMotion("flexion", "painful"))
                .type(AssessmentWidgetIds.straightLegRaise("left", "angleDegrees"), "55")
                .click(AssessmentWidgetIds.straightLegRaise("left", "positive"))
                .choose(AssessmentWidgetIds.neurological("reflex", "S1", "left"), "reduced")
                .choose(AssessmentWidgetIds.field("exam", "directionalPreference"), "Extension");

        PhysicalExamination exam = fixture.assessment.getExamination();
        RangeOfMotion flexion = exam.getRangeOfMotion().get(0);
        assertEquals(SpinalMovement.FLEXION, flexion.getMovement());
        assertEquals(40, flexion.getDegrees());
        assertTrue(flexion.isPainful());
        StraightLegRaise slr = exam.getStraightLegRaises().get(0);
        assertEquals(BodySide.LEFT, slr.getSide());
        assertEquals(55, slr.getAngleDegrees());
        assertTrue(slr.isPositive());
        NeurologicalFinding reflex = exam.getNeurologicalFindings().get(0);
        assertEquals(NeurologicalTestKind.REFLEX, reflex.getKind());
        assertEquals("S1", reflex.getLevel());
        assertEquals(NeurologicalResult.REDUCED, reflex.getResult());
        assertEquals(DirectionalPreference.EXTENSION, exam.getDirectionalPreference());

        fixture.page.type(AssessmentWidgetIds.rangeOfMotion("extension", "degrees"), "150");
        assertEquals(1, exam.getRangeOfMotion().size(), "an implausible extension creates no entry");
        assertTrue(fixture.page.message().contains("150 is out of range: 0 to 90"), fixture.page.message());

        fixture.page.choose(AssessmentWidgetIds.neurological("reflex", "S1", "left"), "not tested");
        assertTrue(exam.getNeurologicalFindings().isEmpty(), "not tested removes the finding");
        fixture.undo();
        assertEquals(NeurologicalResult.REDUCED, exam.getNeurologicalFindings().get(0).getResult());
    }

    @Test
    void theAssessmentsOwnFieldsAndTitle() {
        fixture.page.type(AssessmentWidgetIds.field("assessment", "date"), "2026-03-04")
                .choose(AssessmentWidgetIds.field("assessment", "kind"), "Reassessment");
        assertEquals(LocalDate.of(2026, 3, 4), fixture.assessment.getDate());
        assertEquals("Reassessment on 2026-03-04",
                ((ScrolledForm) fixture.form.getControl()).getText());
        fixture.page.type(AssessmentWidgetIds.field("assessment", "date"), "4.3.2026");
        assertEquals(LocalDate.of(2026, 3, 4), fixture.assessment.getDate(), "not a date: not recorded");
        assertTrue(fixture.page.message().contains("is not a date"), fixture.page.message());
    }

    @Test
    void changesMadeElsewhereAreShown() {
        PainDescription pain = fixture.assessment.getPain();
        fixture.domain.getCommandStack().execute(SetCommand.create(fixture.domain, pain,
                Literals.PAIN_DESCRIPTION__WORST_INTENSITY, 8));
        UiTesting.flush();
        assertEquals("8", fixture.page.text(AssessmentWidgetIds.field("pain", "worstIntensity")));
        fixture.undo();
        assertEquals("", fixture.page.text(AssessmentWidgetIds.field("pain", "worstIntensity")));
    }

    @Test
    void medicalHistoryRowsAreAddedEditedAndRemovedAsCommands() {
        fixture.page.click("conditions.add");
        assertEquals(1, fixture.assessment.getMedicalHistory().getConditions().size());
        fixture.page.type("condition.name", "Osteopenia").choose("condition.conditionId", "osteoporosis");
        assertEquals("Osteopenia", fixture.assessment.getMedicalHistory().getConditions().get(0).getName());
        assertEquals("osteoporosis", fixture.assessment.getMedicalHistory().getConditions().get(0).getConditionId());
        fixture.undo();
        fixture.undo();
        fixture.undo();
        assertTrue(fixture.assessment.getMedicalHistory().getConditions().isEmpty());
        assertFalse(Widgets.exists(fixture.form.getControl(), AssessmentWidgetIds.KEY, "condition.name"));
    }

    @Test
    void lifestyleFieldsRecordOnLeavingTheField() {
        Text occupation = fixture.page.control(AssessmentWidgetIds.field("lifestyle", "occupation"), Text.class);
        occupation.setText("Nurse");
        assertNull(fixture.assessment.getLifestyle().getOccupation(), "free text is recorded when the field is left");
        occupation.notifyListeners(SWT.FocusOut, new Event());
        assertEquals("Nurse", fixture.assessment.getLifestyle().getOccupation());
        fixture.page.type(AssessmentWidgetIds.field("lifestyle", "sittingHoursPerDay"), "7.5")
                .type(AssessmentWidgetIds.field("lifestyle", "sleepHoursPerNight"), "25");
        assertEquals(7.5, fixture.assessment.getLifestyle().getSittingHoursPerDay());
        assertNull(fixture.assessment.getLifestyle().getSleepHoursPerNight());
    }
}
