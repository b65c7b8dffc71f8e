package org.physiobench.ui.plan.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.physiobench.model.api.PlanRevision;
import org.physiobench.ui.plan.api.PlanWidgetIds;

/** The revision in force: who made it and why, visit frequency, duration and classification. */
public final class PlanSettingsPanel {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final PlanEditing editing;
    private final Label heading;
    private final Spinner visitsPerWeek;
    private final Spinner durationWeeks;
    private final Text classification;
    private boolean refreshing;

    public PlanSettingsPanel(FormToolkit toolkit, Composite parent, PlanEditing editing) {
        this.editing = editing;
        Composite client = FormParts.section(toolkit, parent, "Plan", null, 6);
        heading = FormParts.id(toolkit.createLabel(client, "", SWT.WRAP), PlanWidgetIds.REVISION_HEADING);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 6, 1));
        toolkit.createLabel(client, "Visits per week:");
        visitsPerWeek = spinner(toolkit, client, 14, PlanWidgetIds.VISITS_PER_WEEK, "Set visits per week",
                PlanRevision::setVisitsPerWeek);
        toolkit.createLabel(client, "Duration (weeks):");
        durationWeeks = spinner(toolkit, client, 52, PlanWidgetIds.PLAN_WEEKS, "Set plan duration",
                PlanRevision::setDurationWeeks);
        toolkit.createLabel(client, "Classification:");
        classification = toolkit.createText(client, "");
        classification.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        classification.addModifyListener(event -> {
            if (!refreshing) {
                String value = classification.getText();
                change("Set classification", revision -> revision.setClassification(value.isBlank() ? null : value));
            }
        });
    }

    /** A count where 0 means "not set" (stored as null): the range makes other values impossible. */
    private Spinner spinner(FormToolkit toolkit, Composite client, int maximum, String id, String label,
            BiConsumer<PlanRevision, Integer> setter) {
        Spinner spinner = FormParts.id(new Spinner(client, SWT.BORDER), id);
        spinner.setValues(0, 0, maximum, 0, 1, 1);
        spinner.setToolTipText("0 = not set");
        toolkit.adapt(spinner);
        spinner.addListener(SWT.Selection, event -> {
            if (!refreshing) {
                int value = spinner.getSelection();
                change(label, revision -> setter.accept(revision, value == 0 ? null : value));
            }
        });
        return spinner;
    }

    private void change(String label, java.util.function.Consumer<PlanRevision> change) {
        if (!editing.edit(heading.getShell(), label, change)) {
            refresh(editing.currentRevision()); // cancelled: show the model again
        }
    }

    public void refresh(Optional<PlanRevision> current) {
        refreshing = true;
        try {
            heading.setText(current.map(this::describe)
                    .orElse("No plan yet: add a goal or an intervention, or accept a suggestion, to start one."));
            visitsPerWeek.setSelection(current.map(PlanRevision::getVisitsPerWeek).filter(Objects::nonNull).orElse(0));
            durationWeeks.setSelection(current.map(PlanRevision::getDurationWeeks).filter(Objects::nonNull).orElse(0));
            String text = current.map(PlanRevision::getClassification).orElse("");
            if (!classification.getText().equals(FormParts.text(text))) {
                classification.setText(FormParts.text(text));
            }
        } finally {
            refreshing = false;
        }
    }

    private String describe(PlanRevision revision) {
        String when = revision.getCreatedAt() == null ? "" : " on " + WHEN.format(revision.getCreatedAt());
        String state = editing.isCurrentRevisionOpen() ? "being edited, not saved yet"
                : "on record; a change starts revision " + (revision.getRevisionNumber() + 1);
        return "Revision " + revision.getRevisionNumber() + " by " + FormParts.text(revision.getAuthorId()) + when + ": "
                + FormParts.text(revision.getReason()) + (revision.isAgreedWithPatient() ? " (agreed with the patient)" : "")
                + " - " + state;
    }
}
