package org.physiobench.ui.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.physiobench.modality.api.Modalities;
import org.physiobench.modality.api.ModalityDescriptor;
import org.physiobench.modality.ui.api.DosageForm;
import org.physiobench.ui.plan.tests.fixtures.StageOnlyEditor;
import org.physiobench.ui.testing.UiTesting;
import org.physiobench.ui.testing.Widgets;

/** The generic dosage form of modality.ui, built from the typed parameters of built-in modalities. */
class DosageFormTest {

    private final Shell shell = PlanFixtures.shell(500, 400);

    @AfterEach
    void close() {
        shell.dispose();
    }

    private static ModalityDescriptor modality(String id) {
        return Modalities.registry().find(id).orElseThrow();
    }

    private static <T extends Control> T input(DosageForm form, String parameter, Class<T> type) {
        return Widgets.find(form.getControl(), DosageForm.PARAMETER_KEY, parameter, type);
    }

    @Test
    void eachParameterTypeGetsItsInputBoundedByTheDeclaredRange() {
        DosageForm form = DosageForm.create(shell, modality("core.side-plank"), Map.of("holdSeconds", "20"));
        assertFalse(form.usesContributedEditor());
        Spinner hold = input(form, "holdSeconds", Spinner.class);
        assertEquals(20, hold.getSelection());
        assertEquals(5, hold.getMinimum());
        assertEquals(60, hold.getMaximum());
        assertEquals(2, input(form, "sets", Spinner.class).getSelection(), "a missing parameter shows its default");
        assertEquals(List.of("knees", "feet"), List.of(input(form, "variant", Combo.class).getItems()));
        assertEquals(Map.of("sets", "2", "repetitions", "3", "holdSeconds", "20", "variant", "knees", "side", "both"),
                form.dosage());
        assertEquals(List.of(), form.problems());

        DosageForm sitToStand = DosageForm.create(shell, modality("functional.sit-to-stand"), Map.of());
        assertFalse(input(sitToStand, "armSupport", Button.class).getSelection());
    }

    @Test
    void problemsAreShownInlineAsTheTherapistTypesAndListenersHearEachChange() {
        DosageForm form = DosageForm.create(shell, modality("functional.lift-and-carry"), Map.of());
        AtomicInteger changes = new AtomicInteger();
        form.addChangeListener(changes::incrementAndGet);
        Widgets.type(input(form, "loadKg", Text.class), "heavy");
        assertEquals(List.of("Load: 'heavy' is not a number"), form.problems());
        assertTrue(changes.get() >= 1);
        Widgets.type(input(form, "loadKg", Text.class), "12.5");
        assertEquals(List.of(), form.problems());
        assertEquals("12.5", form.dosage().get("loadKg"));
        UiTesting.flush();
    }

    @Test
    void aContributedEditorIsUsedAndItsDosageChecked() {
        DosageForm form = DosageForm.create(shell, modality("sport.return-to-sport-drills"), Map.of("stage", "sport"));
        assertTrue(form.usesContributedEditor());
        org.eclipse.swt.widgets.List stages = Widgets.find(form.getControl(), StageOnlyEditor.ID, Boolean.TRUE,
                org.eclipse.swt.widgets.List.class);
        assertEquals(1, stages.getSelectionIndex());
        stages.setSelection(2);
        stages.notifyListeners(org.eclipse.swt.SWT.Selection, null);
        assertEquals("performance", form.dosage().get("stage"));
        assertEquals("running", form.dosage().get("sport"), "what the editor does not show is kept");
        assertEquals(List.of(), form.problems());
    }

    @Test
    void anEditorThatThrowsGivesTheGenericFormWithoutItsHalfBuiltControls() {
        DosageForm form = DosageForm.create(shell, modality("education.activity-pacing"), Map.of());
        assertFalse(form.usesContributedEditor());
        assertEquals(80, input(form, "baselinePercent", Spinner.class).getSelection());
        assertTrue(Widgets.all(form.getControl(), org.eclipse.swt.widgets.Label.class).stream()
                .noneMatch(label -> label.getText().equals("half built")));
    }
}
