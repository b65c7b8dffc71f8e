package org.physiobench.ui.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.physiobench.model.api.PlanRevision;
import org.physiobench.ui.plan.api.RevisionReason;
import org.physiobench.ui.plan.api.RevisionReasonPrompt;
import org.physiobench.ui.testing.Widgets;

/** The default reason prompt: a real dialog, answered while it is open. */
class ReasonDialogTest {

    private final Shell parent = PlanFixtures.shell(400, 300);

    @AfterEach
    void close() {
        parent.dispose();
    }

    /**
     * Runs {@code answer} on the dialog once it is open (the dialog runs its own event loop). A
     * dialog that does not appear with this title within 10 s is closed, so the test fails
     * instead of hanging.
     */
    private void whenOpen(String title, Consumer<Shell> answer) {
        Display display = parent.getDisplay();
        int[] polls = { 0 };
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            for (Shell shell : display.getShells()) {
                if (title.equals(shell.getText()) && shell.isVisible()) {
                    answer.accept(shell);
                    return;
                }
            }
            if (++polls[0] < 200) {
                display.timerExec(50, poll[0]);
            } else {
                for (Shell shell : display.getShells()) {
                    if (shell.getParent() == parent) {
                        shell.close();
                    }
                }
            }
        };
        display.timerExec(50, poll[0]);
    }

    @Test
    void okNeedsAReasonAndGivesItWithTheAgreement() {
        PlanRevision current = PlanFixtures.chronicPatientWithPlan().getEpisodes().get(0).getPlans().get(0).getCurrentRevision();
        List<Boolean> okEnabledWhenEmpty = new ArrayList<>();
        whenOpen("New plan revision", dialog -> {
            Button ok = button(dialog, "OK");
            okEnabledWhenEmpty.add(ok.isEnabled());
            Text reason = Widgets.all(dialog, Text.class).get(0);
            reason.setText("Leg pain gone: progress loading");
            reason.notifyListeners(SWT.Modify, null);
            Button agreed = button(dialog, "Agreed with the patient");
            agreed.setSelection(true);
            ok.notifyListeners(SWT.Selection, null);
        });
        Optional<RevisionReason> answer = RevisionReasonPrompt.dialog().ask(parent, current);
        assertEquals(List.of(false), okEnabledWhenEmpty, "OK must wait for a reason");
        assertEquals(Optional.of(new RevisionReason("Leg pain gone: progress loading", true)), answer);
    }

    @Test
    void aNewPlanIsOfferedTheInitialReasonAndCancelGivesNothing() {
        List<String> offered = new ArrayList<>();
        whenOpen("New treatment plan", dialog -> {
            offered.add(Widgets.all(dialog, Text.class).get(0).getText());
            button(dialog, "Cancel").notifyListeners(SWT.Selection, null);
        });
        assertTrue(RevisionReasonPrompt.dialog().ask(parent, null).isEmpty());
        assertEquals(List.of("Initial plan after assessment"), offered);
    }

    private static Button button(Shell dialog, String text) {
        return Widgets.all(dialog, Button.class).stream().filter(button -> text.equals(button.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("No button " + text));
    }
}
