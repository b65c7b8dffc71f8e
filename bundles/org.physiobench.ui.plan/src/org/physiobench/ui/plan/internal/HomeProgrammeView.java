package org.physiobench.ui.plan.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.part.ViewPart;
import org.physiobench.modality.api.Modalities;
import org.physiobench.modality.api.ModalityDescriptor;
import org.physiobench.modality.api.ModalityRegistry;
import org.physiobench.model.api.ClinicalRecords;
import org.physiobench.model.api.EpisodeOfCare;
import org.physiobench.model.api.HomeExercise;
import org.physiobench.model.api.HomeProgramme;
import org.physiobench.model.api.Patient;
import org.physiobench.ui.patients.api.PatientSelections;

/**
 * The home exercise programme of the patient selected anywhere in the workbench (a patient,
 * anything adaptable to one, or a record inside a patient): each exercise with its dosage, how
 * often, and the instructions for the patient (the programme's own words, else the modality's
 * patient instructions). Shows the latest programme of the active episode, else of the latest
 * episode that has one; follows changes to the patient's record.
 *
 * <p>While the view is hidden (it shares its folder with the Progress view) it neither watches
 * nor renders the record: watching puts an adapter on every object of the record, and a
 * patient with hundreds of sessions is opened in the editor while this tab is behind. It
 * catches up when it is shown.
 */
public class HomeProgrammeView extends ViewPart implements ISelectionListener {

    public static final String ID = "org.physiobench.ui.views.homeProgramme";
    public static final String NO_PATIENT_MESSAGE = "Select a patient to see their home programme.";

    private FormToolkit toolkit;
    private ScrolledForm form;
    private ModelWatcher watcher;
    private Patient patient;
    /** Whether the form does not show {@link #patient}'s record as it is (selected or changed while hidden). */
    private boolean stale;
    private int renderCount;
    private final IPartListener2 visibility = new IPartListener2() {
        @Override
        public void partVisible(IWorkbenchPartReference reference) {
            if (reference.getPart(false) == HomeProgrammeView.this && stale) {
                follow();
            }
        }

        @Override
        public void partHidden(IWorkbenchPartReference reference) {
            if (reference.getPart(false) == HomeProgrammeView.this && patient != null) {
                watcher.watch(null);
                stale = true;
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        toolkit = new FormToolkit(parent.getDisplay());
        form = toolkit.createScrolledForm(parent);
        form.getBody().setLayout(new GridLayout(1, false));
        watcher = new ModelWatcher(form, this::render);
        render();
        getSite().getPage().addPartListener(visibility);
        getSite().getPage().addSelectionListener(this);
        selectionChanged(null, getSite().getPage().getSelection());
    }

    @Override
    public void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part != this) {
            patientIn(selection).ifPresent(this::show);
        }
    }

    /** Shows {@code selected}'s home programme. */
    public void show(Patient selected) {
        patient = Objects.requireNonNull(selected);
        if (getSite().getPage().isPartVisible(this)) {
            follow();
        } else {
            watcher.watch(null);
            stale = true;
        }
    }

    private void follow() {
        stale = false;
        watcher.watch(patient);
        render();
    }

    /** @return how often the form was rendered (tests: a hidden view renders nothing) */
    public int getRenderCount() {
        return renderCount;
    }

    /** @return the patient shown, if any */
    public Optional<Patient> getPatient() {
        return Optional.ofNullable(patient);
    }

    /** @return the form (for tests and screenshots) */
    public ScrolledForm getForm() {
        return form;
    }

    static Optional<Patient> patientIn(ISelection selection) {
        return PatientSelections.patientIn(selection);
    }

    /** The programme to show: the latest of the active episode, else of the latest episode that has one. */
    static Optional<HomeProgramme> currentProgramme(Patient patient) {
        Optional<HomeProgramme> active = ClinicalRecords.activeEpisode(patient).flatMap(HomeProgrammeView::latest);
        if (active.isPresent()) {
            return active;
        }
        return patient.getEpisodes().stream()
                .sorted(Comparator.comparing(EpisodeOfCare::getStartDate, Comparator.nullsFirst(Comparator.naturalOrder())).reversed())
                .map(HomeProgrammeView::latest).flatMap(Optional::stream).findFirst();
    }

    /**
     * @return the episode's latest programme: by the date it was given, and of two given the same
     *         day the one added later (a programme revised the day it was issued replaces it)
     */
    static Optional<HomeProgramme> latest(EpisodeOfCare episode) {
        Comparator<LocalDate> byDate = Comparator.nullsFirst(Comparator.naturalOrder());
        HomeProgramme latest = null;
        for (HomeProgramme programme : episode.getHomeProgrammes()) {
            if (latest == null || byDate.compare(programme.getIssuedDate(), latest.getIssuedDate()) >= 0) {
                latest = programme;
            }
        }
        return Optional.ofNullable(latest);
    }

    private void render() {
        if (form == null || form.isDisposed()) {
            return;
        }
        renderCount++;
        Composite body = form.getBody();
        for (Control child : body.getChildren()) {
            child.dispose();
        }
        if (patient == null) {
            form.setText("Home programme");
            toolkit.createLabel(body, NO_PATIENT_MESSAGE);
        } else {
            form.setText("Home programme - " + FormParts.text(patient.getGivenName()) + " "
                    + FormParts.text(patient.getFamilyName()));
            Optional<HomeProgramme> programme = currentProgramme(patient);
            if (programme.isEmpty()) {
                toolkit.createLabel(body, "No home programme has been given to this patient yet.");
            } else {
                renderProgramme(body, programme.get());
            }
        }
        form.reflow(true);
    }

    private void renderProgramme(Composite body, HomeProgramme programme) {
        wrapped(body, "Given on " + FormParts.text(programme.getIssuedDate())
                + (programme.getTherapistId() == null ? "" : " by " + programme.getTherapistId()), SWT.NONE);
        if (programme.getNotes() != null) {
            Label notes = wrapped(body, programme.getNotes(), SWT.NONE);
            notes.setForeground(body.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        }
        Optional<ModalityRegistry> registry = registry();
        List<HomeExercise> exercises = programme.getExercises();
        if (exercises.isEmpty()) {
            wrapped(body, "The programme has no exercises.", SWT.NONE);
        }
        int number = 1;
        for (HomeExercise exercise : exercises) {
            Optional<ModalityDescriptor> modality = registry.flatMap(r -> r.find(exercise.getModalityId()));
            Label title = wrapped(body, number++ + ". " + DosageText.name(modality, exercise.getModalityId()), SWT.NONE);
            title.setFont(JFaceResources.getBannerFont());
            String dosage = DosageText.describe(modality, exercise.getParameters());
            wrapped(body, (dosage.isEmpty() ? "" : dosage + " - ") + frequency(exercise), SWT.NONE);
            String instructions = exercise.getInstructions() != null ? exercise.getInstructions()
                    : modality.map(ModalityDescriptor::patientInstructions).orElse("");
            wrapped(body, instructions, SWT.NONE);
            if (exercise.getInstructions() != null && modality.isPresent()) {
                Label how = wrapped(body, "How to: " + modality.get().patientInstructions(), SWT.NONE);
                how.setForeground(body.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            }
        }
    }

    /** Without the registry service the programme is still shown, by modality id and its own words. */
    private static Optional<ModalityRegistry> registry() {
        try {
            return Optional.of(Modalities.registry());
        } catch (IllegalStateException e) {
            org.eclipse.core.runtime.ILog.of(HomeProgrammeView.class).warn("Home programme shown without modality details: "
                    + e.getMessage());
            return Optional.empty();
        }
    }

    private static String frequency(HomeExercise exercise) {
        String perDay = exercise.getTimesPerDay() == null ? "" : switch (exercise.getTimesPerDay()) {
            case 1 -> "once a day";
            case 2 -> "twice a day";
            default -> exercise.getTimesPerDay() + " times a day";
        };
        String perWeek = exercise.getDaysPerWeek() == null ? "" : exercise.getDaysPerWeek() + " days a week";
        return perDay.isEmpty() || perWeek.isEmpty() ? perDay + perWeek : perDay + ", " + perWeek;
    }

    private Label wrapped(Composite body, String text, int style) {
        Label label = toolkit.createLabel(body, text, SWT.WRAP | style);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 300;
        label.setLayoutData(data);
        return label;
    }

    @Override
    public void setFocus() {
        form.setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removeSelectionListener(this);
        getSite().getPage().removePartListener(visibility);
        watcher.watch(null);
        toolkit.dispose();
        super.dispose();
    }
}
