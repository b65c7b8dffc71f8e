package org.physiobench.ui.plan.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.physiobench.model.api.ClinicalRecords;
import org.physiobench.model.api.Goal;
import org.physiobench.model.api.GoalStatus;
import org.physiobench.model.api.PlanRevision;
import org.physiobench.ui.plan.api.PlanWidgetIds;

/**
 * The goals of the revision in force. A goal is measurable: it needs a target value and a
 * target date, so "Add goal" stays disabled until both are there (the date picker always has one).
 * Selecting a goal puts its text, target, unit and date into the fields, where they can be
 * changed and written back with "Update goal" (goals are adjusted with the patient as treatment
 * goes on) or taken as the start of a new goal.
 */
public final class GoalsPanel {

    /** A new goal's default target date: a usual re-assessment interval away. */
    static final int DEFAULT_WEEKS_TO_TARGET = 6;

    private final PlanEditing editing;
    private final Table table;
    private final Text description;
    private final Text target;
    private final Text unit;
    private final DateTime date;
    private final Button add;
    private final Button update;
    private final Button remove;
    private final Label problem;
    private final Combo status;
    /** Whether the therapist picked the target date (then it is kept until the goal is added). */
    private boolean dateChosen;
    private boolean refreshing;

    public GoalsPanel(FormToolkit toolkit, Composite parent, PlanEditing editing) {
        this.editing = editing;
        Composite client = FormParts.section(toolkit, parent, "Goals", "Measurable, with a target date.", 4);
        table = FormParts.id(FormParts.table(toolkit, client, 4, 90,
                new String[] { "Goal", "Target", "Target date", "Status" }, new int[] { 200, 80, 85, 70 }),
                PlanWidgetIds.GOALS);
        toolkit.createLabel(client, "Goal:");
        description = FormParts.id(toolkit.createText(client, ""), PlanWidgetIds.GOAL_DESCRIPTION);
        description.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        toolkit.createLabel(client, "Target:");
        target = FormParts.id(toolkit.createText(client, ""), PlanWidgetIds.GOAL_TARGET);
        GridData targetData = new GridData(SWT.FILL, SWT.CENTER, false, false);
        targetData.widthHint = 60;
        target.setLayoutData(targetData);
        toolkit.createLabel(client, "Unit:");
        unit = FormParts.id(toolkit.createText(client, ""), PlanWidgetIds.GOAL_UNIT);
        unit.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        toolkit.createLabel(client, "By:");
        date = FormParts.id(new DateTime(client, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER), PlanWidgetIds.GOAL_DATE);
        setDate(editing.today().plusWeeks(DEFAULT_WEEKS_TO_TARGET));
        Composite buttons = FormParts.row(toolkit, client, 3, 2);
        add = FormParts.id(toolkit.createButton(buttons, "Add goal", SWT.PUSH), PlanWidgetIds.ADD_GOAL);
        update = FormParts.id(toolkit.createButton(buttons, "Update goal", SWT.PUSH), PlanWidgetIds.UPDATE_GOAL);
        update.setToolTipText("Write the fields into the selected goal");
        remove = FormParts.id(toolkit.createButton(buttons, "Remove goal", SWT.PUSH), PlanWidgetIds.REMOVE_GOAL);
        toolkit.createLabel(client, "Status:");
        status = FormParts.id(new Combo(client, SWT.READ_ONLY), PlanWidgetIds.GOAL_STATUS);
        for (GoalStatus value : GoalStatus.VALUES) {
            status.add(value.getLiteral());
        }
        status.setToolTipText("The selected goal's status, e.g. achieved at re-assessment");
        status.addListener(SWT.Selection, event -> setStatus());
        problem = toolkit.createLabel(client, "", SWT.WRAP);
        problem.setForeground(client.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        problem.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        description.addModifyListener(event -> updateButtons());
        target.addModifyListener(event -> updateButtons());
        unit.addModifyListener(event -> updateButtons());
        table.addListener(SWT.Selection, event -> {
            selectedGoal().ifPresent(this::showInFields);
            updateButtons();
        });
        date.addListener(SWT.Selection, event -> {
            dateChosen = true;
            updateButtons();
        });
        add.addListener(SWT.Selection, event -> addGoal());
        update.addListener(SWT.Selection, event -> updateGoal());
        remove.addListener(SWT.Selection, event -> removeGoal());
        updateButtons();
    }

    /**
     * Proposes the default target date (six weeks from today) unless the therapist chose one.
     * Done on every refresh, not once: "today" is the form's clock (a test's fixed one, set after
     * construction) and an editor left open overnight must not propose yesterday's date.
     */
    private void proposeDefaultDate() {
        if (!dateChosen) {
            setDate(editing.today().plusWeeks(DEFAULT_WEEKS_TO_TARGET));
        }
    }

    private void setDate(LocalDate value) {
        date.setDate(value.getYear(), value.getMonthValue() - 1, value.getDayOfMonth());
    }

    private LocalDate date() {
        return LocalDate.of(date.getYear(), date.getMonth() + 1, date.getDay());
    }

    private Optional<Double> targetValue() {
        try {
            return Optional.of(Double.valueOf(target.getText().strip().replace(',', '.')));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void updateButtons() {
        boolean targetOk = targetValue().isPresent();
        problem.setText(target.getText().isBlank() || targetOk ? "" : "The target must be a number, e.g. 20.");
        boolean fieldsOk = !description.getText().isBlank() && targetOk;
        add.setEnabled(fieldsOk);
        update.setEnabled(fieldsOk && selectedGoal().filter(goal -> !matchesFields(goal)).isPresent());
        remove.setEnabled(table.getSelectionIndex() >= 0);
        status.setEnabled(table.getSelectionIndex() >= 0);
        if (table.getSelectionIndex() >= 0) {
            Goal goal = (Goal) table.getItem(table.getSelectionIndex()).getData();
            refreshing = true;
            status.select(goal.getStatus() == null ? -1 : GoalStatus.VALUES.indexOf(goal.getStatus()));
            refreshing = false;
        } else {
            status.deselectAll();
        }
    }

    private void setStatus() {
        int index = table.getSelectionIndex();
        int chosen = status.getSelectionIndex();
        if (refreshing || index < 0 || chosen < 0) {
            return;
        }
        GoalStatus value = GoalStatus.VALUES.get(chosen);
        if (!editing.edit(table.getShell(), "Set goal status", revision -> revision.getGoals().get(index).setStatus(value))) {
            updateButtons();
        }
    }

    private void addGoal() {
        Optional<Double> value = targetValue();
        if (description.getText().isBlank() || value.isEmpty()) {
            return;
        }
        String text = description.getText().strip();
        String unitText = unit.getText().strip();
        LocalDate by = date();
        if (editing.edit(table.getShell(), "Add goal", revision -> {
            Goal goal = ClinicalRecords.addGoal(revision, text, null, value.get(), by);
            goal.setActivity(text);
            goal.setUnit(unitText.isEmpty() ? null : unitText);
        })) {
            table.deselectAll();
            description.setText("");
            target.setText("");
            unit.setText("");
            dateChosen = false;
            proposeDefaultDate();
            updateButtons();
        }
    }

    private Optional<Goal> selectedGoal() {
        int index = table.getSelectionIndex();
        return index < 0 ? Optional.empty() : Optional.of((Goal) table.getItem(index).getData());
    }

    private void showInFields(Goal goal) {
        description.setText(FormParts.text(goal.getDescription()));
        target.setText(goal.getTargetValue() == null ? "" : format(goal.getTargetValue()));
        unit.setText(goal.getUnit() == null ? "" : goal.getUnit());
        if (goal.getTargetDate() != null) {
            setDate(goal.getTargetDate());
            dateChosen = true;
        }
    }

    /** @return whether the fields hold what {@code goal} already says (then there is nothing to update) */
    private boolean matchesFields(Goal goal) {
        String unitText = unit.getText().strip();
        return description.getText().strip().equals(goal.getDescription())
                && targetValue().equals(Optional.ofNullable(goal.getTargetValue()))
                && (unitText.isEmpty() ? goal.getUnit() == null : unitText.equals(goal.getUnit()))
                && date().equals(goal.getTargetDate());
    }

    private void updateGoal() {
        int index = table.getSelectionIndex();
        Optional<Double> value = targetValue();
        if (index < 0 || description.getText().isBlank() || value.isEmpty()) {
            return;
        }
        String text = description.getText().strip();
        String unitText = unit.getText().strip();
        LocalDate by = date();
        // by position: in a new revision the goals are copies of the ones shown
        editing.edit(table.getShell(), "Update goal", revision -> {
            Goal goal = revision.getGoals().get(index);
            if (goal.getActivity() == null || goal.getActivity().equals(goal.getDescription())) {
                goal.setActivity(text);
            }
            goal.setDescription(text);
            goal.setTargetValue(value.get());
            goal.setUnit(unitText.isEmpty() ? null : unitText);
            goal.setTargetDate(by);
        });
        updateButtons();
    }

    private void removeGoal() {
        int index = table.getSelectionIndex();
        if (index >= 0) {
            editing.edit(table.getShell(), "Remove goal", revision -> revision.getGoals().remove(index));
        }
    }

    public void refresh(Optional<PlanRevision> current) {
        int selected = table.getSelectionIndex();
        table.removeAll();
        current.ifPresent(revision -> {
            for (Goal goal : revision.getGoals()) {
                TableItem item = new TableItem(table, 0);
                item.setData(goal);
                String targetText = goal.getTargetValue() == null ? ""
                        : format(goal.getTargetValue()) + (goal.getUnit() == null ? "" : " " + goal.getUnit());
                item.setText(new String[] { FormParts.text(goal.getDescription()), targetText,
                        FormParts.text(goal.getTargetDate()), goal.getStatus() == null ? "" : goal.getStatus().getLiteral() });
            }
        });
        if (selected >= 0 && selected < table.getItemCount()) {
            table.setSelection(selected);
        }
        proposeDefaultDate();
        updateButtons();
    }

    static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
