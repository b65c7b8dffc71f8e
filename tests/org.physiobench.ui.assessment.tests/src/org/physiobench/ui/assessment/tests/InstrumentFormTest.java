package org.physiobench.ui.assessment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.physiobench.clinical.api.Instrument;
import org.physiobench.clinical.api.InstrumentItem;
import org.physiobench.clinical.api.Instruments;
import org.physiobench.model.api.ClinicalRecords;
import org.physiobench.model.api.InstrumentAdministration;
import org.physiobench.model.api.ItemAnswer;
import org.physiobench.model.api.Score;
import org.physiobench.ui.assessment.api.AssessmentWidgetIds;
import org.physiobench.ui.testing.UiTesting;
import org.physiobench.ui.testing.Widgets;

/** Instrument forms generated from the installed instruments, scored live by the clinical rules, through commands. */
class InstrumentFormTest {

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
    void anOdiWithOneSkippedSectionScoresLiveAndStoresTheClinicalScore() {
        fixture.page.addInstrument("odi");
        assertEquals("-", fixture.page.score("odi"), "no answer yet, no score");
        fixture.page.answerAll("odi", 3, 2, 2, 1, 2, 1, 2, 1, 2, null);

        assertEquals("35.6 %", fixture.page.score("odi"), "16 / 45 = 35.6 % (Fairbank & Pynsent 2000)");
        assertEquals("Moderate disability", fixture.page.band("odi"));
        assertEquals("", fixture.page.validation("odi"));
        InstrumentAdministration odi = odi();
        assertEquals(Optional.of(35.6), ClinicalRecords.score(odi, "total"), "the clinical bundle's score is stored");
        assertEquals("Moderate disability", odi.getScores().get(0).getInterpretation());
        assertEquals(3, value(odi, "odi-1"));
        assertEquals(null, value(odi, "odi-10"), "a skipped section is recorded as unanswered");
    }

    @Test
    void tooManySkippedSectionsSayWhyAndStoreNoScore() {
        fixture.page.addInstrument("odi").answerAll("odi", 3, 2, 2, 1, 2, 1, 2, 1, 2, 4);
        assertEquals("40.0 %", fixture.page.score("odi"));
        fixture.page.answer("odi", 9, null).answer("odi", 10, null);

        assertEquals("-", fixture.page.score("odi"));
        assertEquals("No score: 2 items unanswered, at most 1 may be", fixture.page.validation("odi"));
        assertTrue(odi().getScores().isEmpty(), "an invalid administration keeps no score");
    }

    @Test
    void undoTakesBackTheAnswerAndItsScore() {
        fixture.page.addInstrument("odi").answerAll("odi", 3, 2, 2, 1, 2, 1, 2, 1, 2, null);
        fixture.page.answer("odi", 1, 5);
        assertEquals("40.0 %", fixture.page.score("odi"), "18 / 45");
        assertEquals(Optional.of(40.0), ClinicalRecords.score(odi(), "total"));

        fixture.undo();
        assertEquals(3, value(odi(), "odi-1"));
        assertEquals(Optional.of(35.6), ClinicalRecords.score(odi(), "total"), "answer and score are one undo step");
        assertEquals("35.6 %", fixture.page.score("odi"));
        assertTrue(fixture.page.control(AssessmentWidgetIds.choice(AssessmentWidgetIds.item("odi", 1), "3"),
                Button.class).getSelection(), "the radio button follows the undo");

        fixture.redo();
        assertEquals("40.0 %", fixture.page.score("odi"));
    }

    @Test
    void undoingTheAdditionRemovesTheAdministrationsForm() {
        fixture.page.addInstrument("nprs");
        assertEquals(1, fixture.assessment.getAdministrations().size());
        assertTrue(fixture.page.control(AssessmentWidgetIds.item("nprs", 1), Control.class).isVisible());
        fixture.undo();
        assertTrue(fixture.assessment.getAdministrations().isEmpty());
        assertFalse(Widgets.exists(fixture.form.getControl(), AssessmentWidgetIds.KEY,
                AssessmentWidgetIds.item("nprs", 1)));
    }

    @Test
    void aNumericScaleRejectsAnOutOfRangeAnswer() {
        fixture.page.addInstrument("nprs");
        Text rating = fixture.page.control(AssessmentWidgetIds.item("nprs", 1), Text.class);
        fixture.page.answer("nprs", 1, 7);
        assertEquals("7", fixture.page.score("nprs"));
        rating.setText("12");
        UiTesting.flush();

        assertEquals(7, value(administration("nprs"), "nprs-1"), "12 is not recorded");
        assertEquals("7", fixture.page.score("nprs"));
        assertTrue(fixture.page.message().contains("12 is out of range: 0 to 10"), fixture.page.message());
        assertTrue(rating.getToolTipText().contains("out of range"), "the field itself is marked");
    }

    @Test
    void startBackIsScoredByItsOwnScorerAndTheGroupIsStored() {
        // items 1-8: five agree; item 9 "moderately" (2) scores 0 (Hill et al. 2008): total 5, psychosocial 2
        fixture.page.addInstrument("startback").answerAll("startback", 1, 1, 1, 0, 1, 1, 0, 0, 2);
        assertEquals("5", fixture.page.score("startback"));
        assertEquals("medium; Psychosocial subscale 2", fixture.page.band("startback"));
        Score total = total(administration("startback")).orElseThrow();
        assertEquals(5.0, total.getValue());
        assertEquals("medium", total.getInterpretation(), "the risk group the store's patient list reads");

        // item 7 agree and item 9 "extremely": total 7, psychosocial 4 -> high
        fixture.page.answer("startback", 7, 1).answer("startback", 9, 4);
        assertEquals("7", fixture.page.score("startback"));
        assertEquals("high; Psychosocial subscale 4", fixture.page.band("startback"));
    }

    @Test
    void everyInstalledInstrumentGetsAFormWithAControlPerItem() {
        List<Instrument> installed = Instruments.registry().instruments();
        assertTrue(installed.size() >= 6, "the built-in instruments are installed");
        for (Instrument instrument : installed) {
            fixture.page.addInstrument(instrument.id());
            for (InstrumentItem item : instrument.items()) {
                Control control = fixture.page.control(AssessmentWidgetIds.item(instrument.id(), item.number()), Control.class);
                assertTrue(control instanceof Text || control instanceof Combo || control instanceof Composite,
                        instrument.id() + " item " + item.number());
            }
        }
        assertEquals(installed.size(), fixture.assessment.getAdministrations().size());
    }

    private InstrumentAdministration odi() {
        return administration("odi");
    }

    private InstrumentAdministration administration(String instrumentId) {
        return ClinicalRecords.latestAdministration(fixture.assessment, instrumentId).orElseThrow();
    }

    private static Integer value(InstrumentAdministration administration, String itemId) {
        return administration.getAnswers().stream().filter(answer -> itemId.equals(answer.getItemId())).findFirst()
                .map(ItemAnswer::getValue).orElse(null);
    }

    static Optional<Score> total(InstrumentAdministration administration) {
        return administration.getScores().stream().filter(score -> "total".equals(score.getScoreId())).findFirst();
    }
}
