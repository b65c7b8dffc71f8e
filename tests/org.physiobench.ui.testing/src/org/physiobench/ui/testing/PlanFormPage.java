package org.physiobench.ui.testing;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.physiobench.modality.api.Modalities;
import org.physiobench.modality.api.ModalityDescriptor;
import org.physiobench.modality.ui.api.DosageForm;
import org.physiobench.ui.plan.api.PlanForm;
import org.physiobench.ui.plan.api.PlanWidgetIds;
import org.physiobench.ui.plan.api.RevisionReason;

/**
 * Drives a {@link PlanForm} as a therapist would (page object): pick a modality and add it, set
 * its dosage, accept or reject suggestions. Call on the UI thread; each step delivers pending
 * events before it returns. Every change that starts a new revision asks the reason: answer it
 * with {@link #answerReasonWith(String, boolean)} first (it replaces the dialog). Planning a
 * blocked or warned modality asks for an override or acknowledgement: a new page object cancels
 * those questions (no modal dialog in a test) until {@link #answerOverrideWith(String)}.
 */
public final class PlanFormPage {

    private final PlanForm form;
    private final AtomicInteger reasonsAsked = new AtomicInteger();
    private final AtomicInteger overridesAsked = new AtomicInteger();

    public PlanFormPage(PlanForm form) {
        this.form = form;
        answerOverrideWith(null);
    }

    /**
     * Answers every contraindication override question with {@code reason} (for a precaution:
     * the note, "" for none); {@code null} cancels them. {@link #overridesAsked()} counts them.
     */
    public PlanFormPage answerOverrideWith(String reason) {
        overridesAsked.set(0);
        form.setOverridePrompt((shell, verdict) -> {
            overridesAsked.incrementAndGet();
            return Optional.ofNullable(reason);
        });
        return this;
    }

    /** @return how often an override or acknowledgement was asked since {@link #answerOverrideWith} */
    public int overridesAsked() {
        return overridesAsked.get();
    }

    private Control root() {
        return form.getControl();
    }

    private <T extends Control> T find(String id, Class<T> type) {
        return Widgets.find(root(), PlanWidgetIds.KEY, id, type);
    }

    /** Answers every reason question with {@code reason}; {@link #reasonsAsked()} counts them. */
    public PlanFormPage answerReasonWith(String reason, boolean agreedWithPatient) {
        reasonsAsked.set(0);
        form.setReasonPrompt((shell, current) -> {
            reasonsAsked.incrementAndGet();
            return Optional.of(new RevisionReason(reason, agreedWithPatient));
        });
        return this;
    }

    /** Cancels every reason question (the change must then not happen). */
    public PlanFormPage cancelReason() {
        reasonsAsked.set(0);
        form.setReasonPrompt((shell, current) -> {
            reasonsAsked.incrementAndGet();
            return Optional.empty();
        });
        return this;
    }

    /** @return how often the reason was asked since {@link #answerReasonWith} or {@link #cancelReason} */
    public int reasonsAsked() {
        return reasonsAsked.get();
    }

    /** Picks the modality in the picker (its component first, then its name). */
    public PlanFormPage pick(String modalityId) {
        ModalityDescriptor modality = Modalities.registry().find(modalityId)
                .orElseThrow(() -> new AssertionError("Modality " + modalityId + " is not installed"));
        Widgets.choose(find(PlanWidgetIds.COMPONENT_PICKER, Combo.class), modality.component().label());
        Widgets.choose(find(PlanWidgetIds.MODALITY_PICKER, Combo.class), modality.name());
        return this;
    }

    /** @return the contraindication verdict shown for the picked modality (its description when allowed) */
    public String pickedVerdict() {
        return find(PlanWidgetIds.PICKED_VERDICT, Label.class).getText();
    }

    /** Picks the modality and clicks "Add to plan"; the new intervention is then selected. */
    public PlanFormPage addModality(String modalityId) {
        pick(modalityId);
        Widgets.click(find(PlanWidgetIds.ADD_INTERVENTION, Button.class));
        return this;
    }

    /** Selects the planned intervention in row {@code index} of the interventions table. */
    public PlanFormPage selectIntervention(int index) {
        Widgets.selectRow(find(PlanWidgetIds.INTERVENTIONS, Table.class), index);
        return this;
    }

    /** Sets one dosage parameter of the selected intervention (generic dosage form). */
    public PlanFormPage setDosage(String parameter, String value) {
        Composite detail = find(PlanWidgetIds.INTERVENTION_DETAIL, Composite.class);
        Control input = Widgets.find(detail, DosageForm.PARAMETER_KEY, parameter, Control.class);
        DosageInputs.set(input, value);
        return this;
    }

    /** @return the dosage problems shown under the selected intervention's dosage form, empty when none */
    public String dosageProblems() {
        Composite detail = find(PlanWidgetIds.INTERVENTION_DETAIL, Composite.class);
        List<Label> labels = Widgets.findAll(detail, DosageForm.PROBLEMS_KEY, Boolean.TRUE, Label.class);
        return labels.isEmpty() ? "" : labels.get(0).getText();
    }

    /** Sets times per week of the selected intervention. */
    public PlanFormPage setTimesPerWeek(int times) {
        Widgets.spin(find(PlanWidgetIds.TIMES_PER_WEEK, Spinner.class), times);
        return this;
    }

    /** Sets the plan's visits per week (0 = not set). */
    public PlanFormPage setVisitsPerWeek(int visits) {
        Widgets.spin(find(PlanWidgetIds.VISITS_PER_WEEK, Spinner.class), visits);
        return this;
    }

    /** Types a rationale into a suggestion without accepting it yet. */
    public PlanFormPage editSuggestionRationale(String id, String rationale) {
        Widgets.type(Widgets.find(suggestion(id), PlanWidgetIds.KEY, PlanWidgetIds.SUGGESTION_RATIONALE, Text.class), rationale);
        return this;
    }

    /** @return the rationale a suggestion shows */
    public String suggestionRationale(String id) {
        return Widgets.find(suggestion(id), PlanWidgetIds.KEY, PlanWidgetIds.SUGGESTION_RATIONALE, Text.class).getText();
    }

    /** Adds a measurable goal. */
    public PlanFormPage addGoal(String description, String target, String unit) {
        Widgets.type(find(PlanWidgetIds.GOAL_DESCRIPTION, Text.class), description);
        Widgets.type(find(PlanWidgetIds.GOAL_TARGET, Text.class), target);
        Widgets.type(find(PlanWidgetIds.GOAL_UNIT, Text.class), unit);
        Widgets.click(find(PlanWidgetIds.ADD_GOAL, Button.class));
        return this;
    }

    /**
     * Selects the goal in row {@code index} (which puts its values into the fields), types the
     * given values over them and updates the goal.
     */
    public PlanFormPage editGoal(int index, String description, String target, String unit) {
        Widgets.selectRow(find(PlanWidgetIds.GOALS, Table.class), index);
        Widgets.type(find(PlanWidgetIds.GOAL_DESCRIPTION, Text.class), description);
        Widgets.type(find(PlanWidgetIds.GOAL_TARGET, Text.class), target);
        Widgets.type(find(PlanWidgetIds.GOAL_UNIT, Text.class), unit);
        Widgets.click(find(PlanWidgetIds.UPDATE_GOAL, Button.class));
        return this;
    }

    /** @return the goal fields (description, target, unit) as they show now */
    public List<String> goalFields() {
        return List.of(find(PlanWidgetIds.GOAL_DESCRIPTION, Text.class).getText(),
                find(PlanWidgetIds.GOAL_TARGET, Text.class).getText(), find(PlanWidgetIds.GOAL_UNIT, Text.class).getText());
    }

    /** @return whether "Update goal" can be pressed */
    public boolean canUpdateGoal() {
        return find(PlanWidgetIds.UPDATE_GOAL, Button.class).isEnabled();
    }

    /** Selects the goal in row {@code index}. */
    public PlanFormPage selectGoal(int index) {
        Widgets.selectRow(find(PlanWidgetIds.GOALS, Table.class), index);
        return this;
    }

    /** Presses "Issue from plan" on the home programme. */
    public PlanFormPage issueHomeProgramme() {
        Widgets.click(find(PlanWidgetIds.ISSUE_HOME_PROGRAMME, Button.class));
        return this;
    }

    /** Presses "Revise" on the home programme (a new programme, copied from the current one). */
    public PlanFormPage reviseHomeProgramme() {
        Widgets.click(find(PlanWidgetIds.REVISE_HOME_PROGRAMME, Button.class));
        return this;
    }

    /** @return whether "Revise" can be pressed */
    public boolean canReviseHomeProgramme() {
        return find(PlanWidgetIds.REVISE_HOME_PROGRAMME, Button.class).isEnabled();
    }

    /** @return the home programme's state line */
    public String homeProgrammeStatus() {
        return find(PlanWidgetIds.HOME_PROGRAMME_STATUS, Label.class).getText();
    }

    /** @return the home exercises, row by row (exercise, dosage, times a day, days a week, instructions) */
    public List<List<String>> homeExercises() {
        return Widgets.rows(find(PlanWidgetIds.HOME_EXERCISES, Table.class));
    }

    /** Selects the home exercise in row {@code index}. */
    public PlanFormPage selectHomeExercise(int index) {
        Widgets.selectRow(find(PlanWidgetIds.HOME_EXERCISES, Table.class), index);
        return this;
    }

    /** @return whether the selected home exercise can be changed (a programme not saved yet) */
    public boolean canChangeHomeExercise() {
        return find(PlanWidgetIds.HOME_INSTRUCTIONS, Text.class).isEnabled();
    }

    /** Sets how often and the instructions of the selected home exercise. */
    public PlanFormPage setHomeExercise(int timesPerDay, int daysPerWeek, String instructions) {
        Widgets.spin(find(PlanWidgetIds.HOME_TIMES_PER_DAY, Spinner.class), timesPerDay);
        Widgets.spin(find(PlanWidgetIds.HOME_DAYS_PER_WEEK, Spinner.class), daysPerWeek);
        Widgets.type(find(PlanWidgetIds.HOME_INSTRUCTIONS, Text.class), instructions);
        return this;
    }

    /** Removes the selected home exercise. */
    public PlanFormPage removeHomeExercise() {
        Widgets.click(find(PlanWidgetIds.REMOVE_HOME_EXERCISE, Button.class));
        return this;
    }

    /** Types the programme's notes. */
    public PlanFormPage setHomeNotes(String notes) {
        Widgets.type(find(PlanWidgetIds.HOME_NOTES, Text.class), notes);
        return this;
    }

    /** Sets the status of the goal in row {@code index} (a literal such as achieved). */
    public PlanFormPage setGoalStatus(int index, String status) {
        Widgets.selectRow(find(PlanWidgetIds.GOALS, Table.class), index);
        Combo combo = find(PlanWidgetIds.GOAL_STATUS, Combo.class);
        int item = java.util.Arrays.asList(combo.getItems()).indexOf(status);
        if (item < 0) {
            throw new AssertionError("No goal status " + status);
        }
        combo.select(item);
        combo.notifyListeners(org.eclipse.swt.SWT.Selection, null);
        UiTesting.flush();
        return this;
    }

    /** @return the ids of the suggestions offered (not yet accepted or rejected) */
    public List<String> suggestionIds() {
        return Widgets.findAll(root(), PlanWidgetIds.KEY, PlanWidgetIds.SUGGESTION, Composite.class).stream()
                .map(row -> (String) row.getData(PlanWidgetIds.SUGGESTION_ID_KEY)).toList();
    }

    private Composite suggestion(String id) {
        return Widgets.findAll(root(), PlanWidgetIds.KEY, PlanWidgetIds.SUGGESTION, Composite.class).stream()
                .filter(row -> id.equals(row.getData(PlanWidgetIds.SUGGESTION_ID_KEY))).findFirst()
                .orElseThrow(() -> new AssertionError("No suggestion " + id + " offered; offered: " + suggestionIds()));
    }

    /** Accepts a suggestion, with {@code rationale} typed over the suggested one when not null. */
    public PlanFormPage acceptSuggestion(String id, String rationale) {
        Composite row = suggestion(id);
        if (rationale != null) {
            Widgets.type(Widgets.find(row, PlanWidgetIds.KEY, PlanWidgetIds.SUGGESTION_RATIONALE, Text.class), rationale);
        }
        Widgets.click(Widgets.find(row, PlanWidgetIds.KEY, PlanWidgetIds.ACCEPT_SUGGESTION, Button.class));
        return this;
    }

    /** Rejects a suggestion. */
    public PlanFormPage rejectSuggestion(String id) {
        Widgets.click(Widgets.find(suggestion(id), PlanWidgetIds.KEY, PlanWidgetIds.REJECT_SUGGESTION, Button.class));
        return this;
    }

    /** @return the interventions table, row by row (modality, dosage, per week, weeks, check) */
    public List<List<String>> interventions() {
        return Widgets.rows(find(PlanWidgetIds.INTERVENTIONS, Table.class));
    }

    /** @return the goals table, row by row (goal, target, target date, status) */
    public List<List<String>> goals() {
        return Widgets.rows(find(PlanWidgetIds.GOALS, Table.class));
    }

    /** @return the revision history, newest first (revision, when, who, reason, agreed, goals, interventions) */
    public List<List<String>> revisions() {
        return Widgets.rows(find(PlanWidgetIds.REVISIONS, Table.class));
    }

    /** @return the heading describing the revision in force */
    public String revisionHeading() {
        return find(PlanWidgetIds.REVISION_HEADING, Label.class).getText();
    }

    /** @return the live contraindication warnings, empty when none */
    public String warnings() {
        return find(PlanWidgetIds.PLAN_WARNINGS, Label.class).getText();
    }
}
