package org.physiobench.ui.plan.internal;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.physiobench.modality.api.ModalityDescriptor;
import org.physiobench.modality.api.ModalityRegistry;
import org.physiobench.model.api.ClinicalPackage;
import org.physiobench.model.api.HomeExercise;
import org.physiobench.model.api.HomeProgramme;
import org.physiobench.model.api.PlanRevision;
import org.physiobench.ui.plan.api.PlanWidgetIds;

/**
 * The home programme on the plan page: what the patient does at home between visits.
 * "Issue from plan" hands the patient a new programme made of the plan's exercises
 * ({@link HomeProgrammeIssue}); "Revise" starts a new programme from the current one. A
 * programme issued in this editing session can be shaped until the record is saved - exercises
 * removed, how often, the patient's own instructions, notes. A saved programme is what the
 * patient was given and stays as it is: changing it means issuing a new one (the model's rule).
 */
public final class HomeProgrammePanel {

    static final int MAX_TIMES_PER_DAY = 10;
    static final int DAYS_PER_WEEK = 7;

    private final PlanEditing editing;
    private final ModalityRegistry registry;
    private final Label status;
    private final Table exercises;
    private final Button issue;
    private final Button revise;
    private final Button remove;
    private final Spinner timesPerDay;
    private final Spinner daysPerWeek;
    private final Text instructions;
    private final Text notes;
    /** Programmes issued in this session and not saved since: they can still be changed. */
    private final Set<HomeProgramme> open = Collections.newSetFromMap(new IdentityHashMap<>());
    private HomeProgramme shown;
    private boolean refreshing;

    public HomeProgrammePanel(FormToolkit toolkit, Composite parent, PlanEditing editing, ModalityRegistry registry) {
        this.editing = editing;
        this.registry = registry;
        Composite client = FormParts.section(toolkit, parent, "Home programme",
                "What the patient does at home between visits. A programme the patient was given stays on record: "
                        + "a change is issued as a new programme.", 4);
        status = FormParts.id(toolkit.createLabel(client, "", SWT.WRAP), PlanWidgetIds.HOME_PROGRAMME_STATUS);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1));
        exercises = FormParts.id(FormParts.table(toolkit, client, 4, 90,
                new String[] { "Exercise", "Dosage", "Times a day", "Days a week", "Instructions" },
                new int[] { 170, 200, 95, 100, 300 }), PlanWidgetIds.HOME_EXERCISES);
        exercises.addListener(SWT.Selection, event -> showSelected());

        Composite buttons = FormParts.row(toolkit, client, 3, 4);
        issue = FormParts.id(toolkit.createButton(buttons, "Issue from plan", SWT.PUSH), PlanWidgetIds.ISSUE_HOME_PROGRAMME);
        issue.setToolTipText("A new programme with the plan's exercises (hands-on manual therapy is left out)");
        revise = FormParts.id(toolkit.createButton(buttons, "Revise", SWT.PUSH), PlanWidgetIds.REVISE_HOME_PROGRAMME);
        revise.setToolTipText("A new programme that starts as a copy of the current one");
        remove = FormParts.id(toolkit.createButton(buttons, "Remove exercise", SWT.PUSH), PlanWidgetIds.REMOVE_HOME_EXERCISE);
        issue.addListener(SWT.Selection, event -> issueFromPlan());
        revise.addListener(SWT.Selection, event -> reviseCurrent());
        remove.addListener(SWT.Selection, event -> removeSelected());

        toolkit.createLabel(client, "Times a day:");
        timesPerDay = spinner(toolkit, client, MAX_TIMES_PER_DAY, PlanWidgetIds.HOME_TIMES_PER_DAY);
        toolkit.createLabel(client, "Days a week:");
        daysPerWeek = spinner(toolkit, client, DAYS_PER_WEEK, PlanWidgetIds.HOME_DAYS_PER_WEEK);
        timesPerDay.addListener(SWT.Selection, event -> setOnSelected(ClinicalPackage.Literals.HOME_EXERCISE__TIMES_PER_DAY,
                timesPerDay.getSelection()));
        daysPerWeek.addListener(SWT.Selection, event -> setOnSelected(ClinicalPackage.Literals.HOME_EXERCISE__DAYS_PER_WEEK,
                daysPerWeek.getSelection()));
        instructions = FormParts.multiLineText(toolkit, client, "Instructions:", PlanWidgetIds.HOME_INSTRUCTIONS, 3, 36);
        instructions.setMessage("In the patient's words; empty: the exercise's standard instructions");
        instructions.addModifyListener(event -> setOnSelected(ClinicalPackage.Literals.HOME_EXERCISE__INSTRUCTIONS,
                blankToNull(instructions.getText())));
        notes = FormParts.multiLineText(toolkit, client, "Notes:", PlanWidgetIds.HOME_NOTES, 3, 36);
        notes.setMessage("For the whole programme, e.g. stop and call if the pain spreads to the leg");
        notes.addModifyListener(event -> setOnShown(ClinicalPackage.Literals.HOME_PROGRAMME__NOTES, blankToNull(notes.getText())));
    }

    private static Spinner spinner(FormToolkit toolkit, Composite parent, int maximum, String id) {
        Spinner spinner = FormParts.id(new Spinner(parent, SWT.BORDER), id);
        spinner.setValues(1, 1, maximum, 0, 1, 1);
        toolkit.adapt(spinner);
        return spinner;
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }

    /** Tells that the record was saved: every programme issued so far is now as given. */
    public void markSaved() {
        open.clear();
    }

    private boolean isOpen(HomeProgramme programme) {
        if (editing.domain().getCommandStack() instanceof BasicCommandStack stack && !stack.isSaveNeeded()) {
            open.clear();
        }
        return programme != null && open.contains(programme);
    }

    private void issueFromPlan() {
        Optional<PlanRevision> revision = editing.currentRevision();
        if (revision.isEmpty()) {
            return;
        }
        issue("Issue home programme", HomeProgrammeIssue.fromPlan(revision.get(), registry, editing.today(),
                editing.actor()));
    }

    private void reviseCurrent() {
        if (shown != null) {
            issue("Revise home programme", HomeProgrammeIssue.revisionOf(shown, editing.today(), editing.actor()));
        }
    }

    private void issue(String label, HomeProgramme programme) {
        ChangeCommand command = new ChangeCommand(editing.episode()) {
            @Override
            protected void doExecute() {
                editing.episode().getHomeProgrammes().add(programme);
            }
        };
        command.setLabel(label);
        editing.domain().getCommandStack().execute(command);
        open.add(programme);
        refresh(editing.currentRevision());
        if (exercises.getItemCount() > 0) {
            exercises.setSelection(0);
            showSelected();
        }
    }

    private void removeSelected() {
        selected().filter(exercise -> isOpen(shown)).ifPresent(exercise -> execute(RemoveCommand.create(editing.domain(),
                shown, ClinicalPackage.Literals.HOME_PROGRAMME__EXERCISES, exercise)));
    }

    private void setOnSelected(EStructuralFeature feature, Object value) {
        if (refreshing || !isOpen(shown)) {
            return;
        }
        selected().filter(exercise -> !Objects.equals(exercise.eGet(feature), value))
                .ifPresent(exercise -> execute(SetCommand.create(editing.domain(), exercise, feature, value)));
    }

    private void setOnShown(EStructuralFeature feature, Object value) {
        if (!refreshing && isOpen(shown) && !Objects.equals(shown.eGet(feature), value)) {
            execute(SetCommand.create(editing.domain(), shown, feature, value));
        }
    }

    private void execute(Command command) {
        editing.domain().getCommandStack().execute(command);
    }

    private Optional<HomeExercise> selected() {
        int index = exercises.getSelectionIndex();
        return index < 0 ? Optional.empty() : Optional.of((HomeExercise) exercises.getItem(index).getData());
    }

    /** Re-reads the episode's latest programme. */
    public void refresh(Optional<PlanRevision> current) {
        refreshing = true;
        try {
            shown = HomeProgrammeView.latest(editing.episode()).orElse(null);
            boolean editable = isOpen(shown);
            status.setText(statusText(editable));
            int selection = exercises.getSelectionIndex();
            exercises.removeAll();
            if (shown != null) {
                for (HomeExercise exercise : shown.getExercises()) {
                    TableItem item = new TableItem(exercises, SWT.NONE);
                    item.setData(exercise);
                    Optional<ModalityDescriptor> modality = registry.find(exercise.getModalityId());
                    item.setText(new String[] { DosageText.name(modality, exercise.getModalityId()),
                            DosageText.describe(modality, exercise.getParameters()), FormParts.text(exercise.getTimesPerDay()),
                            FormParts.text(exercise.getDaysPerWeek()), FormParts.text(exercise.getInstructions()) });
                }
                setIfChanged(notes, shown.getNotes());
            } else {
                setIfChanged(notes, null);
            }
            if (selection >= 0 && selection < exercises.getItemCount()) {
                exercises.setSelection(selection);
            }
            issue.setEnabled(current.filter(revision -> !revision.getInterventions().isEmpty()).isPresent());
            revise.setEnabled(shown != null && !editable);
            notes.setEnabled(editable);
            showSelected();
        } finally {
            refreshing = false;
        }
    }

    private String statusText(boolean editable) {
        if (shown == null) {
            return "No home programme has been given to this patient in this episode.";
        }
        String given = FormParts.text(shown.getIssuedDate())
                + (shown.getTherapistId() == null ? "" : " by " + shown.getTherapistId());
        return editable ? "New programme of " + given + " - not saved yet, it can still be changed."
                : "Given on " + given + ". To change it, revise it: the patient's programme stays on record as given.";
    }

    private void showSelected() {
        boolean wasRefreshing = refreshing;
        refreshing = true;
        try {
            Optional<HomeExercise> exercise = selected();
            boolean editable = exercise.isPresent() && isOpen(shown);
            timesPerDay.setEnabled(editable);
            daysPerWeek.setEnabled(editable);
            instructions.setEnabled(editable);
            remove.setEnabled(editable);
            exercise.ifPresent(chosen -> {
                timesPerDay.setSelection(chosen.getTimesPerDay() == null ? 1 : chosen.getTimesPerDay());
                daysPerWeek.setSelection(chosen.getDaysPerWeek() == null ? DAYS_PER_WEEK : chosen.getDaysPerWeek());
            });
            setIfChanged(instructions, exercise.map(HomeExercise::getInstructions).orElse(null));
        } finally {
            refreshing = wasRefreshing;
        }
    }

    /** Sets a text only when it differs, so a refresh while the therapist types keeps the caret. */
    private static void setIfChanged(Text text, String value) {
        String shownValue = value == null ? "" : value;
        if (!text.getText().equals(shownValue)) {
            text.setText(shownValue);
        }
    }
}
