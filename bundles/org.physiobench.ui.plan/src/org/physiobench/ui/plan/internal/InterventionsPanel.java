package org.physiobench.ui.plan.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.physiobench.core.api.TreatmentComponent;
import org.physiobench.modality.api.ContraindicationVerdict;
import org.physiobench.modality.api.ModalityDescriptor;
import org.physiobench.modality.api.ModalityRegistry;
import org.physiobench.modality.ui.api.DosageForm;
import org.physiobench.model.api.ClinicalRecords;
import org.physiobench.model.api.PlanRevision;
import org.physiobench.model.api.PlannedIntervention;
import org.physiobench.plan.api.PlanContraindications;
import org.physiobench.plan.api.PlanOverrides;
import org.physiobench.ui.plan.api.PlanWidgetIds;

/**
 * The interventions of the revision in force: a picker over the modality registry grouped by
 * the eight treatment components (each modality marked with its contraindication verdict for
 * this patient), the table of planned interventions, and for the selected one its dosage editor
 * ({@link DosageForm}), frequency, duration and rationale.
 */
public final class InterventionsPanel {

    private final FormToolkit toolkit;
    private final PlanEditing editing;
    private final ModalityRegistry registry;
    private final Combo components;
    private final Combo modalities;
    private final Label verdict;
    private final Button add;
    private final Table table;
    private final Composite detail;
    private List<ModalityDescriptor> listed = List.of();
    private PlannedIntervention shown;
    /** Whether the detail shown offers an override (it is rebuilt when that changes). */
    private boolean shownNeedsDecision;
    private DosageForm dosageForm;
    private boolean refreshing;

    public InterventionsPanel(FormToolkit toolkit, Composite parent, PlanEditing editing, ModalityRegistry registry) {
        this.toolkit = toolkit;
        this.editing = editing;
        this.registry = registry;
        Composite client = FormParts.section(toolkit, parent, "Interventions",
                "Pick a modality by treatment component; its dosage, frequency and duration below.", 2);
        ((GridData) client.getParent().getLayoutData()).verticalSpan = 1;
        toolkit.createLabel(client, "Component:");
        components = FormParts.id(new Combo(client, SWT.READ_ONLY), PlanWidgetIds.COMPONENT_PICKER);
        for (TreatmentComponent component : TreatmentComponent.values()) {
            components.add(component.label());
        }
        components.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        toolkit.createLabel(client, "Modality:");
        modalities = FormParts.id(new Combo(client, SWT.READ_ONLY), PlanWidgetIds.MODALITY_PICKER);
        modalities.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        verdict = FormParts.id(toolkit.createLabel(client, "", SWT.WRAP), PlanWidgetIds.PICKED_VERDICT);
        GridData verdictData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        verdictData.widthHint = 300;
        verdict.setLayoutData(verdictData);
        add = FormParts.id(toolkit.createButton(client, "Add to plan", SWT.PUSH), PlanWidgetIds.ADD_INTERVENTION);
        add.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false, 2, 1));
        table = FormParts.id(FormParts.table(toolkit, client, 2, 120,
                new String[] { "Modality", "Dosage", "/ week", "Weeks", "Check" }, new int[] { 120, 220, 50, 50, 95 }),
                PlanWidgetIds.INTERVENTIONS);
        detail = FormParts.id(toolkit.createComposite(client), PlanWidgetIds.INTERVENTION_DETAIL);
        detail.setLayout(new GridLayout(4, false));
        toolkit.paintBordersFor(detail);
        detail.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        components.addListener(SWT.Selection, event -> listModalities());
        modalities.addListener(SWT.Selection, event -> showVerdict());
        add.addListener(SWT.Selection, event -> addPicked());
        table.addListener(SWT.Selection, event -> showDetail(selected()));
        components.select(0);
        listModalities();
    }

    public ModalityRegistry registry() {
        return registry;
    }

    private void listModalities() {
        int index = components.getSelectionIndex();
        listed = index < 0 ? List.of() : registry.byComponent(TreatmentComponent.values()[index]);
        modalities.removeAll();
        for (ModalityDescriptor modality : listed) {
            modalities.add(marker(check(modality)) + modality.name());
        }
        if (!listed.isEmpty()) {
            modalities.select(0);
        }
        showVerdict();
    }

    private static String marker(ContraindicationVerdict verdict) {
        return switch (verdict.status()) {
            case ALLOWED -> "";
            case WARNED -> "\u26a0 ";
            case BLOCKED -> "\u26d4 ";
        };
    }

    private ContraindicationVerdict check(ModalityDescriptor modality) {
        return editing.verdict(modality);
    }

    /** @return the modality the picker shows, if any */
    public Optional<ModalityDescriptor> picked() {
        int index = modalities.getSelectionIndex();
        return index < 0 || index >= listed.size() ? Optional.empty() : Optional.of(listed.get(index));
    }

    private void showVerdict() {
        Optional<ModalityDescriptor> modality = picked();
        add.setEnabled(modality.isPresent());
        add.setText(modality.map(m -> switch (check(m).status()) {
            case ALLOWED -> "Add to plan";
            case WARNED -> "Add with precaution\u2026";
            case BLOCKED -> "Override and add\u2026";
        }).orElse("Add to plan"));
        add.requestLayout();
        verdict.setText(modality.map(m -> PlanContraindications.describe(check(m)).orElse(m.description()))
                .orElse("No modality of this component is installed."));
        boolean warned = modality.map(m -> check(m).status() != ContraindicationVerdict.Status.ALLOWED).orElse(false);
        verdict.setForeground(verdict.getDisplay().getSystemColor(warned ? SWT.COLOR_DARK_RED : SWT.COLOR_WIDGET_FOREGROUND));
        verdict.requestLayout();
    }

    /**
     * A blocked or warned modality is added only with the therapist's override or acknowledgement
     * ({@link PlanEditing#decideContraindications}), recorded in the same command.
     */
    private void addPicked() {
        picked().ifPresent(modality -> {
            Optional<Consumer<PlanRevision>> decision = editing.decideContraindications(table.getShell(), modality);
            if (decision.isEmpty()) {
                return;
            }
            if (editing.edit(table.getShell(), "Add " + modality.name(), revision -> {
                decision.get().accept(revision);
                PlannedIntervention intervention = ClinicalRecords.addIntervention(revision, modality.id(),
                        DosageText.toParameters(modality.defaultDosage()).toArray(org.physiobench.model.api.Parameter[]::new));
                intervention.setComponent(modality.component());
            })) {
                editing.currentRevision().ifPresent(revision -> {
                    refresh(Optional.of(revision));
                    table.setSelection(revision.getInterventions().size() - 1);
                    showDetail(selected());
                });
            }
        });
    }

    private PlannedIntervention selected() {
        int index = table.getSelectionIndex();
        return index < 0 ? null : (PlannedIntervention) table.getItem(index).getData();
    }

    /** Changes the selected intervention (found again by position in the revision the change lands in). */
    private void change(String label, Consumer<PlannedIntervention> change) {
        int index = table.getSelectionIndex();
        if (index < 0) {
            return;
        }
        if (!editing.edit(table.getShell(), label, revision -> change.accept(revision.getInterventions().get(index)))) {
            refresh(editing.currentRevision());
            showDetail(selected());
        }
    }

    private void showDetail(PlannedIntervention intervention) {
        for (Control child : detail.getChildren()) {
            child.dispose();
        }
        shown = intervention;
        shownNeedsDecision = needsDecision(intervention);
        dosageForm = null;
        if (intervention != null) {
            Optional<ModalityDescriptor> modality = registry.find(intervention.getModalityId());
            Label title = toolkit.createLabel(detail, DosageText.name(modality, intervention.getModalityId()), SWT.WRAP);
            title.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
            title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1));
            if (modality.isPresent()) {
                dosageForm = DosageForm.create(detail, modality.get(), DosageText.toMap(intervention.getParameters()));
                dosageForm.getControl().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1));
                DosageForm form = dosageForm;
                form.addChangeListener(() -> storeDosage(form));
            } else {
                toolkit.createLabel(detail, "The modality is not installed: its dosage cannot be edited.")
                        .setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1));
            }
            toolkit.createLabel(detail, "Times per week:");
            spinner(21, PlanWidgetIds.TIMES_PER_WEEK, intervention.getTimesPerWeek(), "Set times per week",
                    PlannedIntervention::setTimesPerWeek);
            toolkit.createLabel(detail, "Weeks:");
            spinner(52, PlanWidgetIds.INTERVENTION_WEEKS, intervention.getDurationWeeks(), "Set duration",
                    PlannedIntervention::setDurationWeeks);
            toolkit.createLabel(detail, "Rationale:");
            Text rationale = FormParts.id(toolkit.createText(detail, FormParts.text(intervention.getRationale()),
                    SWT.MULTI | SWT.WRAP), PlanWidgetIds.RATIONALE);
            GridData rationaleData = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
            rationaleData.heightHint = 36;
            rationaleData.widthHint = 250;
            rationale.setLayoutData(rationaleData);
            rationale.addModifyListener(event -> {
                String value = rationale.getText();
                change("Set rationale", planned -> planned.setRationale(value.isBlank() ? null : value));
            });
            modality.filter(this::needsDecision).ifPresent(m -> {
                boolean blocked = check(m).status() == ContraindicationVerdict.Status.BLOCKED;
                Label needs = toolkit.createLabel(detail, blocked
                        ? "Contraindicated for this patient: the plan is not saved until the block is overridden with a reason or the intervention is removed."
                        : "Precaution for this patient: the plan is not saved until it is acknowledged or the intervention is removed.",
                        SWT.WRAP);
                needs.setForeground(detail.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
                GridData needsData = new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1);
                needsData.widthHint = 300;
                needs.setLayoutData(needsData);
                Button override = FormParts.id(toolkit.createButton(detail,
                        blocked ? "Override block\u2026" : "Acknowledge precaution\u2026", SWT.PUSH),
                        PlanWidgetIds.OVERRIDE_INTERVENTION);
                override.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false, 4, 1));
                override.addListener(SWT.Selection, event -> editing.decideContraindications(table.getShell(), m)
                        .ifPresent(decision -> editing.edit(table.getShell(),
                                (blocked ? "Override " : "Acknowledge ") + m.name(), decision)));
            });
            Button remove = FormParts.id(toolkit.createButton(detail, "Remove from plan", SWT.PUSH),
                    PlanWidgetIds.REMOVE_INTERVENTION);
            remove.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false, 4, 1));
            remove.addListener(SWT.Selection, event -> {
                int index = table.getSelectionIndex();
                editing.edit(table.getShell(), "Remove intervention", revision -> {
                    PlannedIntervention removed = revision.getInterventions().remove(index);
                    PlanOverrides.forgetUnplanned(revision, removed.getModalityId());
                });
            });
        }
        detail.requestLayout();
    }

    private void spinner(int maximum, String id, Integer value, String label, BiConsumer<PlannedIntervention, Integer> setter) {
        Spinner spinner = FormParts.id(new Spinner(detail, SWT.BORDER), id);
        spinner.setValues(value == null ? 0 : value, 0, maximum, 0, 1, 1);
        spinner.setToolTipText("0 = not set");
        toolkit.adapt(spinner);
        spinner.addListener(SWT.Selection, event -> {
            int selection = spinner.getSelection();
            change(label, planned -> setter.accept(planned, selection == 0 ? null : selection));
        });
    }

    private void storeDosage(DosageForm form) {
        if (refreshing || !form.problems().isEmpty() || shown == null || form.dosage().equals(modelDosage(shown, form))) {
            return;
        }
        Map<String, String> dosage = new LinkedHashMap<>(form.dosage());
        change("Set dosage of " + form.modality().name(), planned -> {
            planned.getParameters().clear();
            planned.getParameters().addAll(DosageText.toParameters(dosage));
        });
    }

    /** The stored dosage with defaults for what it leaves out, as the dosage form shows it. */
    private static Map<String, String> modelDosage(PlannedIntervention intervention, DosageForm form) {
        Map<String, String> dosage = new LinkedHashMap<>(form.modality().defaultDosage());
        dosage.putAll(DosageText.toMap(intervention.getParameters()));
        return dosage;
    }

    public void refresh(Optional<PlanRevision> current) {
        refreshing = true;
        try {
            int selected = table.getSelectionIndex();
            table.removeAll();
            List<PlannedIntervention> interventions = current.map(PlanRevision::getInterventions).orElse(null);
            if (interventions != null) {
                for (PlannedIntervention intervention : interventions) {
                    Optional<ModalityDescriptor> modality = registry.find(intervention.getModalityId());
                    TableItem item = new TableItem(table, 0);
                    item.setData(intervention);
                    String status = modality.map(m -> status(current.get(), m)).orElse("not installed");
                    item.setText(new String[] { DosageText.name(modality, intervention.getModalityId()),
                            DosageText.describe(modality, intervention.getParameters()),
                            FormParts.text(intervention.getTimesPerWeek()), FormParts.text(intervention.getDurationWeeks()),
                            status });
                    if (!"allowed".equals(status) && !"overridden".equals(status) && !"acknowledged".equals(status)) {
                        item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
                    }
                }
            }
            if (selected >= table.getItemCount()) {
                selected = table.getItemCount() - 1;
            }
            if (selected >= 0) {
                table.setSelection(selected);
            }
            PlannedIntervention now = selected();
            if (now != shown || shownNeedsDecision != needsDecision(now) || (dosageForm != null && now != null && !dosageForm.dosage().equals(modelDosage(now, dosageForm)))
                    || (now != null && !Objects.equals(now.getRationale(), rationaleShown()))) {
                showDetail(now);
            }
            listModalitiesKeepingPick();
        } finally {
            refreshing = false;
        }
    }

    private boolean needsDecision(PlannedIntervention intervention) {
        return intervention != null && registry.find(intervention.getModalityId()).map(this::needsDecision).orElse(false);
    }

    /** @return whether the revision in force plans {@code modality} without the override or acknowledgement its check needs */
    private boolean needsDecision(ModalityDescriptor modality) {
        ContraindicationVerdict verdict = check(modality);
        return verdict.status() != ContraindicationVerdict.Status.ALLOWED
                && editing.currentRevision().flatMap(revision -> PlanOverrides.covering(revision, verdict)).isEmpty();
    }

    /** @return the check column: allowed, overridden, acknowledged, or blocked / warned while undecided */
    private String status(PlanRevision revision, ModalityDescriptor modality) {
        ContraindicationVerdict verdict = check(modality);
        if (verdict.status() == ContraindicationVerdict.Status.ALLOWED) {
            return "allowed";
        }
        return PlanOverrides.covering(revision, verdict)
                .map(override -> override.getKind() == org.physiobench.model.api.OverrideKind.BLOCK_OVERRIDDEN
                        ? "overridden" : "acknowledged")
                .orElse(verdict.status().name().toLowerCase(java.util.Locale.ROOT));
    }

    /** The patient's red flags may have changed: re-mark the picker but keep what is picked. */
    private void listModalitiesKeepingPick() {
        int picked = modalities.getSelectionIndex();
        listModalities();
        if (picked >= 0 && picked < modalities.getItemCount()) {
            modalities.select(picked);
            showVerdict();
        }
    }

    private String rationaleShown() {
        for (Control child : detail.getChildren()) {
            if (PlanWidgetIds.RATIONALE.equals(child.getData(PlanWidgetIds.KEY)) && child instanceof Text text) {
                return text.getText().isBlank() ? null : text.getText();
            }
        }
        return null;
    }

}
