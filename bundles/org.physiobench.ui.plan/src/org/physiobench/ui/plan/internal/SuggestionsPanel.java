package org.physiobench.ui.plan.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.physiobench.clinical.api.PlanSuggester;
import org.physiobench.clinical.api.PlanSuggestion;
import org.physiobench.clinical.api.Suggestion;
import org.physiobench.modality.api.ContraindicationVerdict;
import org.physiobench.modality.api.ModalityDescriptor;
import org.physiobench.modality.api.ModalityRegistry;
import org.physiobench.model.api.ClinicalFactory;
import org.physiobench.model.api.ClinicalRecords;
import org.physiobench.model.api.RejectedSuggestion;
import org.physiobench.model.api.Goal;
import org.physiobench.model.api.Parameter;
import org.physiobench.model.api.PlanRevision;
import org.physiobench.model.api.PlannedIntervention;
import org.physiobench.plan.api.PatientFindings;
import org.physiobench.plan.api.PlanContraindications;
import org.physiobench.ui.plan.api.PlanWidgetIds;

/**
 * Suggestions of the clinical rules ({@link PlanSuggester}) for this episode. The therapist
 * edits the rationale if needed and accepts (the goal or intervention is added, with the
 * rationale and the guideline kept on the planned intervention) or rejects (recorded in the
 * plan revision with the rationale, and not offered again). A suggestion already in the plan
 * is not offered again either. A referral (red
 * flag) cannot be accepted as treatment: it is shown as a warning.
 */
public final class SuggestionsPanel {

    /** The instrument that measures a suggested goal, where one does (ids of the instrument registry). */
    private static final Map<String, String> GOAL_INSTRUMENTS = Map.of("goal.reduce-pain", "nprs",
            "goal.reduce-disability", "odi");

    /**
     * The change a suggested instrument goal asks for, in points: the minimal clinically important
     * change of Ostelo et al. 2008 (Spine 33:90-94) that the suggestion text names - NPRS 2 points,
     * ODI 10 points.
     */
    private static final Map<String, Double> GOAL_CHANGE = Map.of("nprs", 2.0, "odi", 10.0);

    /** The unit of each instrument's score. */
    private static final Map<String, String> GOAL_UNIT = Map.of("nprs", "points", "odi", "%");

    private final FormToolkit toolkit;
    private final PlanEditing editing;
    private final ModalityRegistry registry;
    private final Composite client;
    /** The suggestions the rows show, to rebuild them only when that changes. */
    private List<Suggestion> shown;

    public SuggestionsPanel(FormToolkit toolkit, Composite parent, PlanEditing editing, ModalityRegistry registry) {
        this.toolkit = toolkit;
        this.editing = editing;
        this.registry = registry;
        client = FormParts.section(toolkit, parent, "Suggestions",
                "From the assessment (clinical rules); edit the rationale, then accept or reject.", 1);
    }

    public void refresh(Optional<PlanRevision> current) {
        Optional<PlanSuggestion> suggestion = PatientFindings.summary(editing.episode(), editing.today())
                .map(PlanSuggester::suggest);
        List<Suggestion> offered = suggestion.map(PlanSuggestion::suggestions).orElse(List.of()).stream()
                .filter(s -> !rejected(s, current) && !inPlan(s, current)).toList();
        if (shown != null && shown.equals(offered) && suggestion.isPresent()) {
            return; // keep the rows, and any rationale the therapist is editing in them
        }
        shown = offered;
        for (Control child : client.getChildren()) {
            child.dispose();
        }
        if (suggestion.isEmpty()) {
            toolkit.createLabel(client, "No assessment in this episode yet: nothing to suggest.");
        } else {
            if (offered.isEmpty()) {
                toolkit.createLabel(client, "Every suggestion is accepted or rejected.");
            }
            offered.forEach(this::row);
        }
        client.requestLayout();
    }

    private static boolean rejected(Suggestion suggestion, Optional<PlanRevision> current) {
        return current.map(revision -> revision.getRejectedSuggestions().stream()
                .anyMatch(rejected -> suggestion.id().equals(rejected.getSuggestionId()))).orElse(false);
    }

    private boolean inPlan(Suggestion suggestion, Optional<PlanRevision> current) {
        return current.map(revision -> switch (suggestion.kind()) {
            case MODALITY -> revision.getInterventions().stream().anyMatch(i -> suggestion.id().equals(i.getModalityId()));
            case GOAL -> revision.getGoals().stream().anyMatch(g -> suggestion.text().equals(g.getDescription()));
            case REFERRAL -> false;
        }).orElse(false);
    }

    private void row(Suggestion suggestion) {
        Composite row = FormParts.id(toolkit.createComposite(client), PlanWidgetIds.SUGGESTION);
        row.setData(PlanWidgetIds.SUGGESTION_ID_KEY, suggestion.id());
        row.setLayout(new GridLayout(3, false));
        row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Optional<ModalityDescriptor> modality = suggestion.kind() == Suggestion.Kind.MODALITY
                ? registry.find(suggestion.id()) : Optional.empty();
        Label title = toolkit.createLabel(row, title(suggestion, modality), SWT.WRAP);
        title.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
        title.setLayoutData(wrapping(3));
        if (suggestion.kind() == Suggestion.Kind.REFERRAL) {
            title.setForeground(row.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            Label why = toolkit.createLabel(row, suggestion.rationale() + " (" + suggestion.reference().citation() + ")", SWT.WRAP);
            why.setLayoutData(wrapping(3));
            return;
        }
        Optional<String> warning = modality.flatMap(m -> ClinicalRecords.patientOf(editing.episode())
                .map(patient -> PlanContraindications.verdict(m, patient)))
                .filter(v -> v.status() != ContraindicationVerdict.Status.ALLOWED).flatMap(PlanContraindications::describe);
        warning.ifPresent(text -> {
            Label label = toolkit.createLabel(row, text, SWT.WRAP);
            label.setForeground(row.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            label.setLayoutData(wrapping(3));
        });
        Text rationale = FormParts.id(toolkit.createText(row, suggestion.rationale(), SWT.MULTI | SWT.WRAP),
                PlanWidgetIds.SUGGESTION_RATIONALE);
        GridData rationaleData = wrapping(1);
        rationaleData.heightHint = 34;
        rationale.setLayoutData(rationaleData);
        rationale.setToolTipText(suggestion.reference().citation());
        ContraindicationVerdict.Status status = modality.map(m -> editing.verdict(m).status())
                .orElse(ContraindicationVerdict.Status.ALLOWED);
        Button accept = FormParts.id(toolkit.createButton(row, switch (status) {
            case ALLOWED -> "Accept";
            case WARNED -> "Accept\u2026";
            case BLOCKED -> "Override\u2026";
        }, SWT.PUSH), PlanWidgetIds.ACCEPT_SUGGESTION);
        accept.setEnabled(suggestion.kind() == Suggestion.Kind.GOAL || modality.isPresent());
        Button reject = FormParts.id(toolkit.createButton(row, "Reject", SWT.PUSH), PlanWidgetIds.REJECT_SUGGESTION);
        accept.addListener(SWT.Selection, event -> accept(suggestion, modality, rationale.getText()));
        reject.addListener(SWT.Selection, event -> reject(suggestion, title(suggestion, modality), rationale.getText()));
    }

    /** Baseline = the latest score in the episode; target = baseline minus the MCID, not below 0. */
    private void measureFromBaseline(Goal goal) {
        String instrument = goal.getInstrumentId();
        ClinicalRecords.latestAdministration(editing.episode(), instrument)
                .flatMap(administration -> ClinicalRecords.score(administration, "total")).ifPresent(baseline -> {
                    goal.setBaselineValue(baseline);
                    goal.setTargetValue(Math.max(0, baseline - GOAL_CHANGE.get(instrument)));
                    goal.setUnit(GOAL_UNIT.get(instrument));
                });
    }

    private static GridData wrapping(int span) {
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, span, 1);
        data.widthHint = 280;
        return data;
    }

    private static String title(Suggestion suggestion, Optional<ModalityDescriptor> modality) {
        return switch (suggestion.kind()) {
            case GOAL -> "Goal: " + suggestion.text();
            case MODALITY -> modality.map(m -> m.name() + " (" + m.component().label() + ")")
                    .orElse(suggestion.id() + " (not installed)");
            case REFERRAL -> "Referral: " + suggestion.text();
        };
    }

    /** The decision is part of the plan: recorded in the revision, with the therapist's rationale. */
    private void reject(Suggestion suggestion, String title, String rationale) {
        editing.edit(client.getShell(), "Reject " + title, revision -> {
            RejectedSuggestion rejected = ClinicalFactory.eINSTANCE.createRejectedSuggestion();
            rejected.setSuggestionId(suggestion.id());
            rejected.setTitle(title);
            rejected.setRationale(rationale.isBlank() ? null : rationale.strip());
            revision.getRejectedSuggestions().add(rejected);
        });
    }

    private void accept(Suggestion suggestion, Optional<ModalityDescriptor> modality, String rationale) {
        String why = rationale.isBlank() ? suggestion.rationale() : rationale.strip();
        String evidence = suggestion.reference().citation();
        if (suggestion.kind() == Suggestion.Kind.MODALITY && modality.isPresent()) {
            ModalityDescriptor chosen = modality.get();
            // a blocked or warned suggestion is accepted only with the therapist's override or acknowledgement
            Optional<java.util.function.Consumer<PlanRevision>> decision = editing.decideContraindications(client.getShell(),
                    chosen);
            if (decision.isEmpty()) {
                return;
            }
            editing.edit(client.getShell(), "Accept " + chosen.name(), revision -> {
                decision.get().accept(revision);
                PlannedIntervention intervention = ClinicalRecords.addIntervention(revision, chosen.id(),
                        DosageText.toParameters(chosen.defaultDosage()).toArray(Parameter[]::new));
                intervention.setComponent(chosen.component());
                intervention.setRationale(why);
                intervention.setEvidence(evidence);
            });
        } else if (suggestion.kind() == Suggestion.Kind.GOAL) {
            editing.edit(client.getShell(), "Accept goal", revision -> {
                Goal goal = ClinicalRecords.addGoal(revision, suggestion.text(), GOAL_INSTRUMENTS.get(suggestion.id()), null,
                        editing.today().plusWeeks(GoalsPanel.DEFAULT_WEEKS_TO_TARGET));
                if (goal.getInstrumentId() == null) {
                    goal.setActivity(why);
                } else {
                    measureFromBaseline(goal);
                }
            });
        }
    }
}
