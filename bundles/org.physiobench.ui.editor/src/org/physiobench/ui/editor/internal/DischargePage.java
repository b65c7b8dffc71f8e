package org.physiobench.ui.editor.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.physiobench.clinical.api.RedFlagQuestion;
import org.physiobench.core.api.RedFlagCategory;
import org.physiobench.model.api.ClinicalFactory;
import org.physiobench.model.api.ClinicalIds;
import org.physiobench.model.api.ClinicalPackage;
import org.physiobench.model.api.Discharge;
import org.physiobench.model.api.DischargeReason;
import org.physiobench.model.api.EpisodeOfCare;
import org.physiobench.model.api.EpisodeStatus;
import org.physiobench.model.api.HomeProgramme;
import org.physiobench.model.api.PreventionPlan;
import org.physiobench.ui.patients.api.WorkbenchStore;

/**
 * Discharge and prevention (clinical flow step 5): the reason and summary, and the prevention
 * programme the patient leaves with - self-management, the home programme to continue, a
 * flare-up plan, the warning signs that must bring them back, and a follow-up date.
 */
public final class DischargePage extends PatientEditorPage {

    public static final String ID = "org.physiobench.ui.editor.discharge";

    DischargePage(PatientEditor editor) {
        super(editor, ID, "Discharge");
    }

    @Override
    protected void fill(Composite body, FormToolkit toolkit) {
        Optional<EpisodeOfCare> current = episode();
        if (current.isEmpty()) {
            toolkit.createLabel(body, "There is no episode of care to discharge.");
            return;
        }
        EpisodeOfCare episode = current.get();
        Composite content = toolkit.createComposite(body);
        GridLayoutFactory.fillDefaults().applyTo(content);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(content);
        show(content, toolkit, episode);
        AdapterImpl listener = new AdapterImpl() {
            @Override
            public void notifyChanged(Notification notification) {
                if (notification.getFeature() == ClinicalPackage.Literals.EPISODE_OF_CARE__DISCHARGE && !content.isDisposed()) {
                    // discharged or undone: the page shows the other state
                    content.getDisplay().asyncExec(() -> {
                        if (!content.isDisposed()) {
                            show(content, toolkit, episode);
                        }
                    });
                }
            }
        };
        episode.eAdapters().add(listener);
        content.addListener(SWT.Dispose, event -> episode.eAdapters().remove(listener));
    }

    private void show(Composite content, FormToolkit toolkit, EpisodeOfCare episode) {
        for (var child : content.getChildren()) {
            child.dispose();
        }
        if (episode.getDischarge() == null) {
            toolkit.createLabel(content, "The episode started on " + episode.getStartDate() + " is " + episode.getStatus().getLiteral()
                    + ". Discharging finishes it and starts the prevention programme the patient takes home.", SWT.WRAP);
            Button discharge = toolkit.createButton(content, "Discharge Patient", SWT.PUSH);
            discharge.setData("id", "discharge");
            discharge.addListener(SWT.Selection, event -> discharge(episode));
        } else {
            createDischargeSection(content, toolkit, episode.getDischarge());
            createPreventionSection(content, toolkit, episode, episode.getDischarge().getPreventionPlan());
        }
        content.layout(true, true);
        if (getManagedForm() != null) {
            getManagedForm().reflow(true);
        }
    }

    private void discharge(EpisodeOfCare episode) {
        EditingDomain domain = patientEditor().getEditingDomain();
        domain.getCommandStack().execute(new ChangeCommand(episode) {
            @Override
            protected void doExecute() {
                episode.setDischarge(newDischarge(episode, WorkbenchStore.get().actor()));
                episode.setStatus(EpisodeStatus.FINISHED);
            }

            @Override
            public String getLabel() {
                return "Discharge Patient";
            }
        });
    }

    /** A discharge of today, with a prevention plan that continues the latest home programme. */
    static Discharge newDischarge(EpisodeOfCare episode, String therapistId) {
        ClinicalFactory factory = ClinicalFactory.eINSTANCE;
        Discharge discharge = factory.createDischarge();
        discharge.setDate(LocalDate.now());
        discharge.setTherapistId(therapistId);
        discharge.setReason(DischargeReason.GOALS_ACHIEVED);
        PreventionPlan prevention = factory.createPreventionPlan();
        latestHomeProgramme(episode).ifPresent(prevention::setHomeProgramme);
        prevention.getWarningSigns().addAll(defaultWarningSigns());
        prevention.setFollowUpDate(LocalDate.now().plusWeeks(6));
        discharge.setPreventionPlan(prevention);
        ClinicalIds.assignMissing(discharge);
        return discharge;
    }

    /**
     * The warning signs every patient leaves with, editable, in the patient's words (never
     * "saddle anaesthesia"): the cauda equina findings with "go to the emergency department now"
     * (an emergency, GIRFT 2023), a worsening weakness the same day (urgent, IFOMPT 2020), then
     * signs of serious pathology or of a relapse to come back for.
     */
    static List<String> defaultWarningSigns() {
        List<String> signs = new java.util.ArrayList<>();
        plainWords(RedFlagCategory.CAUDA_EQUINA).forEach(words -> signs.add(words + " - go to the emergency department now"));
        plainWords(RedFlagCategory.NEUROLOGICAL_DEFICIT)
                .forEach(words -> signs.add(words + " - see a doctor today"));
        signs.add("Fever, chills or losing weight without trying, together with your back pain - see your doctor"
                + " within a few days");
        signs.add("Pain spreading below the knee, or getting worse for two weeks despite the home programme - contact us");
        return signs;
    }

    private static List<String> plainWords(RedFlagCategory category) {
        return Arrays.stream(RedFlagQuestion.asked()).filter(question -> question.category().equals(Optional.of(category)))
                .map(RedFlagQuestion::plainWords).flatMap(Optional::stream).toList();
    }

    private static Optional<HomeProgramme> latestHomeProgramme(EpisodeOfCare episode) {
        return episode.getHomeProgrammes().stream()
                .max(Comparator.comparing(HomeProgramme::getIssuedDate, Comparator.nullsFirst(Comparator.naturalOrder())));
    }

    private void createDischargeSection(Composite parent, FormToolkit toolkit, Discharge discharge) {
        Composite client = section(parent, toolkit, "Discharge");
        EditingDomain domain = patientEditor().getEditingDomain();
        TextFieldBinding.bind(field(client, toolkit, "Date", "discharge-date", SWT.SINGLE), domain, discharge,
                ClinicalPackage.Literals.DISCHARGE__DATE, DischargePage::requiredDate, LocalDate::toString);
        toolkit.createLabel(client, "Reason");
        Combo reason = new Combo(client, SWT.READ_ONLY);
        reason.setData("id", "discharge-reason");
        DischargeReason.VALUES.forEach(value -> reason.add(value.getLiteral()));
        reason.select(discharge.getReason().getValue());
        reason.addListener(SWT.Selection, event -> domain.getCommandStack().execute(SetCommand.create(domain, discharge,
                ClinicalPackage.Literals.DISCHARGE__REASON, DischargeReason.get(reason.getSelectionIndex()))));
        TextFieldBinding.bindString(field(client, toolkit, "Summary", "discharge-summary", SWT.MULTI | SWT.WRAP), domain, discharge,
                ClinicalPackage.Literals.DISCHARGE__SUMMARY);
    }

    private void createPreventionSection(Composite parent, FormToolkit toolkit, EpisodeOfCare episode, PreventionPlan plan) {
        Composite client = section(parent, toolkit, "Prevention programme");
        EditingDomain domain = patientEditor().getEditingDomain();
        TextFieldBinding.bindString(field(client, toolkit, "Self-management", "self-management", SWT.MULTI | SWT.WRAP), domain, plan,
                ClinicalPackage.Literals.PREVENTION_PLAN__SELF_MANAGEMENT);
        TextFieldBinding.bindString(field(client, toolkit, "Flare-up plan", "flare-up-plan", SWT.MULTI | SWT.WRAP), domain, plan,
                ClinicalPackage.Literals.PREVENTION_PLAN__FLARE_UP_PLAN);
        Text signs = field(client, toolkit, "Warning signs\n(one per line)", "warning-signs", SWT.MULTI | SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(400, 110).applyTo(signs);
        signs.setText(String.join("\n", plan.getWarningSigns()));
        signs.addListener(SWT.FocusOut, event -> {
            List<String> lines = signs.getText().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
            if (!lines.equals(plan.getWarningSigns())) {
                domain.getCommandStack().execute(SetCommand.create(domain, plan, ClinicalPackage.Literals.PREVENTION_PLAN__WARNING_SIGNS, lines));
            }
        });
        TextFieldBinding.bind(field(client, toolkit, "Follow-up", "follow-up-date", SWT.SINGLE), domain, plan,
                ClinicalPackage.Literals.PREVENTION_PLAN__FOLLOW_UP_DATE, FormParts::optionalDate, LocalDate::toString);
        toolkit.createLabel(client, "Home programme");
        toolkit.createLabel(client, plan.getHomeProgramme() == null ? "None issued in this episode."
                : plan.getHomeProgramme().getExercises().size() + " exercises, issued " + plan.getHomeProgramme().getIssuedDate()
                        + " (see the Home Programme view)", SWT.WRAP);
    }

    private static LocalDate requiredDate(String text) {
        LocalDate date = FormParts.optionalDate(text);
        if (date == null) {
            throw new IllegalArgumentException("A discharge needs its date (yyyy-mm-dd).");
        }
        return date;
    }

    private static Composite section(Composite parent, FormToolkit toolkit, String title) {
        return FormParts.section(parent, toolkit, title, 2);
    }

    private static Text field(Composite client, FormToolkit toolkit, String label, String id, int style) {
        return FormParts.field(client, toolkit, label, id, style);
    }
}
