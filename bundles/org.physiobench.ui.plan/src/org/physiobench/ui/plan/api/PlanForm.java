package org.physiobench.ui.plan.api;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.physiobench.modality.api.Modalities;
import org.physiobench.modality.api.ModalityRegistry;
import org.physiobench.model.api.ClinicalRecords;
import org.physiobench.model.api.EpisodeOfCare;
import org.physiobench.model.api.Patient;
import org.physiobench.model.api.PlanRevision;
import org.physiobench.ui.plan.internal.FormParts;
import org.physiobench.ui.plan.internal.GoalsPanel;
import org.physiobench.ui.plan.internal.HomeProgrammePanel;
import org.physiobench.ui.plan.internal.InterventionsPanel;
import org.physiobench.ui.plan.internal.ModelWatcher;
import org.physiobench.ui.plan.internal.OverridesPanel;
import org.physiobench.ui.plan.internal.PlanEditing;
import org.physiobench.ui.plan.internal.PlanSettingsPanel;
import org.physiobench.ui.plan.internal.RevisionHistoryPanel;
import org.physiobench.ui.plan.internal.SuggestionsPanel;

/**
 * The treatment plan page of the patient editor for one episode of care: the revision in force
 * (goals, interventions with their dosage editor, frequency and duration), suggestions from the
 * clinical rules to accept or reject, live contraindication warnings, the contraindication
 * overrides of the revision and the revision history.
 *
 * <p>Blocks block; overrides are explicit: a modality the contraindication check blocks is
 * planned (added or accepted as a suggestion) only after the therapist overrides the block with
 * a reason, a warned one after an acknowledgement ({@link OverridePrompt}); the decision is
 * recorded in the revision, in the same command as the change. {@link PlanSaveCheck} refuses a
 * save while an intervention still needs one.
 *
 * <p>Revisions are append-only: the first change to a revision that is on record (saved) starts
 * a new revision after asking why ({@link RevisionReasonPrompt}); further changes before the
 * next save go into that new revision. The start of the revision and the change are one
 * command, so one undo reverts both. The form follows changes made elsewhere (undo, other
 * pages). It never saves.
 */
public final class PlanForm {

    private final EpisodeOfCare episode;
    private final PlanEditing editing;
    private final ScrolledForm form;
    private final Label warnings;
    private final SuggestionsPanel suggestions;
    private final PlanSettingsPanel settings;
    private final GoalsPanel goals;
    private final InterventionsPanel interventions;
    private final OverridesPanel overrides;
    private final HomeProgrammePanel homeProgramme;
    private final RevisionHistoryPanel history;

    public PlanForm(Composite parent, FormToolkit toolkit, EditingDomain domain, EpisodeOfCare episode) {
        this(parent, toolkit, domain, episode, Modalities.registry());
    }

    /** For tests and embedders that bring their own modality registry. */
    public PlanForm(Composite parent, FormToolkit toolkit, EditingDomain domain, EpisodeOfCare episode,
            ModalityRegistry registry) {
        this.episode = episode;
        editing = new PlanEditing(domain, episode);
        form = toolkit.createScrolledForm(parent);
        form.setText("Treatment plan");
        Composite body = form.getBody();
        body.setLayout(new GridLayout(1, false));
        warnings = FormParts.id(toolkit.createLabel(body, "", SWT.WRAP), PlanWidgetIds.PLAN_WARNINGS);
        warnings.setForeground(body.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridData warningsData = new GridData(SWT.FILL, SWT.TOP, true, false);
        warningsData.widthHint = 600; // wraps at the form's width instead of widening it
        warnings.setLayoutData(warningsData);
        settings = new PlanSettingsPanel(toolkit, body, editing);
        Composite columns = toolkit.createComposite(body);
        columns.setLayout(new GridLayout(2, true));
        columns.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        interventions = new InterventionsPanel(toolkit, columns, editing, registry);
        Composite right = toolkit.createComposite(columns);
        GridLayout rightLayout = new GridLayout(1, false);
        rightLayout.marginWidth = 0;
        rightLayout.marginHeight = 0;
        right.setLayout(rightLayout);
        right.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        suggestions = new SuggestionsPanel(toolkit, right, editing, registry);
        goals = new GoalsPanel(toolkit, right, editing);
        overrides = new OverridesPanel(toolkit, body, registry);
        homeProgramme = new HomeProgrammePanel(toolkit, body, editing, registry);
        history = new RevisionHistoryPanel(toolkit, body, editing);
        ModelWatcher watcher = new ModelWatcher(form, this::refresh);
        watcher.watch(ClinicalRecords.patientOf(episode).<org.eclipse.emf.common.notify.Notifier>map(p -> p).orElse(episode));
        refresh();
    }

    /** Re-reads the model into every part of the form. */
    public void refresh() {
        if (form.isDisposed()) {
            return;
        }
        Optional<PlanRevision> current = editing.currentRevision();
        List<String> found = ClinicalRecords.patientOf(episode)
                .map(patient -> PlanSaveCheck.undecided(patient, interventions.registry())).orElse(List.of());
        warnings.setText(found.isEmpty() ? ""
                : "Contraindications (the plan is not saved until each is overridden, acknowledged or removed):\n- "
                        + String.join("\n- ", found));
        ((GridData) warnings.getLayoutData()).exclude = found.isEmpty();
        warnings.setVisible(!found.isEmpty());
        settings.refresh(current);
        interventions.refresh(current);
        goals.refresh(current);
        overrides.refresh(current);
        suggestions.refresh(current);
        homeProgramme.refresh(current);
        history.refresh();
        form.reflow(true);
    }

    /** @return the top control (a scrolled form) */
    public Control getControl() {
        return form;
    }

    /** @return the patient whose plan this is, if the episode belongs to one */
    public Optional<Patient> getPatient() {
        return ClinicalRecords.patientOf(episode);
    }

    /** @param prompt asks the reason for a new revision; the default opens a dialog */
    public void setReasonPrompt(RevisionReasonPrompt prompt) {
        editing.setPrompt(prompt);
    }

    /**
     * @param prompt asks for the override of a blocked modality (with a reason) or the
     *        acknowledgement of a warned one before it is planned; the default opens a dialog
     */
    public void setOverridePrompt(OverridePrompt prompt) {
        editing.setOverridePrompt(prompt);
    }

    /** @param actor the id of the therapist making changes (revision author); default: the OS user */
    public void setActor(Supplier<String> actor) {
        editing.setActor(actor);
    }

    /** @param clock the clock for revision timestamps and new-plan dates (tests) */
    public void setClock(Clock clock) {
        editing.setClock(clock);
    }

    /** Tells the form that the editor saved: the next change starts a new revision. */
    public void markSaved() {
        editing.markSaved();
        homeProgramme.markSaved();
    }

    /** @return the contraindication warnings shown, empty when none */
    public String getWarningText() {
        return warnings.getText();
    }

    public void dispose() {
        form.dispose();
    }
}
