package org.physiobench.ui.editor.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.physiobench.model.api.Assessment;
import org.physiobench.model.api.ClinicalFactory;
import org.physiobench.model.api.ClinicalIds;
import org.physiobench.model.api.ClinicalPackage;
import org.physiobench.model.api.ClinicalRecords;
import org.physiobench.model.api.EpisodeOfCare;
import org.physiobench.model.api.MedicalReview;
import org.physiobench.model.api.Patient;
import org.physiobench.model.api.Sex;
import org.physiobench.plan.api.ProgressCheck;
import org.physiobench.plan.api.RedFlagStatus;
import org.physiobench.plan.api.ReviewDue;
import org.physiobench.ui.editor.api.PatientEditorInput;
import org.physiobench.ui.patients.api.WorkbenchStore;

/**
 * The first page of a patient's record: the red-flag banner above everything, the patient's
 * details, the current episode of care, history and lifestyle from the latest assessment, and
 * the latest assessments (a click opens one; the Assessments page lists them all).
 */
public final class OverviewPage extends PatientEditorPage {

    public static final String ID = "org.physiobench.ui.editor.overview";

    /** How many of the newest assessments the overview lists; the Assessments page has them all. */
    static final int LISTED_ASSESSMENTS = 5;
    static final String NO_ASSESSMENT = "No assessment yet.";

    private RedFlagBanner banner;
    private Label historySummary;
    private Label lifestyleSummary;
    /** The newest assessments, one link each, newest first; then a link to all when there are more. */
    private Composite assessments;
    private Combo sex;
    /** The re-assessment due date and the main measure's progress; null without an episode. */
    private Label followUp;
    private FormToolkit toolkit;
    private boolean refreshPending;
    private final EContentAdapter recordListener = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (!notification.isTouch()) {
                scheduleRefresh();
            }
        }
    };

    OverviewPage(PatientEditor editor) {
        super(editor, ID, "Overview");
    }

    @Override
    protected void fill(Composite body, FormToolkit toolkit) {
        this.toolkit = toolkit;
        banner = new RedFlagBanner(body, this::recordMedicalReview);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(banner);
        Composite columns = toolkit.createComposite(body);
        GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).spacing(12, 12).applyTo(columns);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(columns);
        createPatientSection(columns, toolkit);
        createEpisodeSection(columns, toolkit);
        historySummary = summarySection(body, toolkit, "Medical history");
        lifestyleSummary = summarySection(body, toolkit, "Lifestyle");
        createAssessmentsSection(body, toolkit);
        patient().eAdapters().add(recordListener);
        body.addListener(SWT.Dispose, event -> patient().eAdapters().remove(recordListener));
        refresh();
    }

    /**
     * Asks for a medical review of the active findings and adds it to the record as one undoable
     * command; saving writes it (and the audit entry) with the rest of the record.
     */
    void recordMedicalReview() {
        Patient patient = patient();
        Map<String, String> findings = RedFlagStatus.of(patient).answeredFindingsByKey();
        if (findings.isEmpty()) {
            return;
        }
        patientEditor().prompts().recordMedicalReview(banner.getShell(), PatientEditorInput.displayName(patient), findings)
                .ifPresent(entry -> {
                    MedicalReview review = ClinicalFactory.eINSTANCE.createMedicalReview();
                    review.setId(ClinicalIds.newId());
                    review.setDate(entry.date());
                    review.setReviewer(entry.reviewer());
                    review.setOutcome(entry.outcome());
                    review.getFindings().addAll(entry.findings());
                    review.setRecordedBy(WorkbenchStore.get().actor());
                    review.setRecordedAt(Instant.now());
                    EditingDomain domain = patientEditor().getEditingDomain();
                    Command add = new AddCommand(domain, patient, ClinicalPackage.Literals.PATIENT__MEDICAL_REVIEWS, review);
                    domain.getCommandStack().execute(add);
                });
    }

    public RedFlagBanner getBanner() {
        return banner;
    }

    /** @return the links of the assessments listed (newest first), and the link to all of them when there are more */
    public List<Link> getAssessmentLinks() {
        return Arrays.stream(assessments.getChildren()).filter(Link.class::isInstance).map(Link.class::cast).toList();
    }

    private void createPatientSection(Composite parent, FormToolkit toolkit) {
        Composite client = section(parent, toolkit, "Patient", 2);
        EditingDomain domain = patientEditor().getEditingDomain();
        Patient patient = patient();
        TextFieldBinding.bindString(field(client, toolkit, "Given name", "given-name"), domain, patient,
                ClinicalPackage.Literals.PATIENT__GIVEN_NAME);
        TextFieldBinding.bindString(field(client, toolkit, "Family name", "family-name"), domain, patient,
                ClinicalPackage.Literals.PATIENT__FAMILY_NAME);
        Text birthDate = field(client, toolkit, "Birth date", "birth-date");
        birthDate.setMessage("yyyy-mm-dd");
        TextFieldBinding.bind(birthDate, domain, patient, ClinicalPackage.Literals.PATIENT__BIRTH_DATE, OverviewPage::parseBirthDate,
                LocalDate::toString);
        toolkit.createLabel(client, "Sex");
        sex = new Combo(client, SWT.READ_ONLY);
        sex.setData("id", "sex");
        for (Sex value : Sex.VALUES) {
            sex.add(value.getLiteral());
        }
        sex.select(patient.getSex().getValue());
        sex.addListener(SWT.Selection, event -> {
            Sex chosen = Sex.get(sex.getSelectionIndex());
            if (chosen != patient.getSex()) {
                domain.getCommandStack().execute(SetCommand.create(domain, patient, ClinicalPackage.Literals.PATIENT__SEX, chosen));
            }
        });
    }

    private void createEpisodeSection(Composite parent, FormToolkit toolkit) {
        Composite client = section(parent, toolkit, "Episode of care", 2);
        Optional<EpisodeOfCare> current = episode();
        if (current.isEmpty()) {
            toolkit.createLabel(client, "No episode of care yet.").setLayoutData(
                    GridDataFactory.fillDefaults().span(2, 1).create());
            Button start = toolkit.createButton(client, "Start Episode of Care", SWT.PUSH);
            start.setData("id", "start-episode");
            start.addListener(SWT.Selection, event -> startEpisode());
            return;
        }
        EpisodeOfCare episode = current.get();
        EditingDomain domain = patientEditor().getEditingDomain();
        TextFieldBinding.bindString(field(client, toolkit, "Condition", "condition"), domain, episode,
                ClinicalPackage.Literals.EPISODE_OF_CARE__CONDITION);
        // two labels for what used to be four (two caption/value pairs), the captions still in the
        // caption column: each label costs GTK 3 its size calculations on every layout of the page
        toolkit.createLabel(client, "Started\nStatus");
        Label values = toolkit.createLabel(client, startedAndStatus(episode));
        values.setData("id", "started-status");
        toolkit.createLabel(client, "Follow-up");
        followUp = toolkit.createLabel(client, "", SWT.WRAP);
        followUp.setData("id", "follow-up");
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(followUp);
    }

    /**
     * @return the re-assessment due date of the plans in force and the judgement of the main
     *         measure, e.g. {@code Re-assessment due 2026-12-10 (due now)} / {@code Not improving:
     *         odi 44 to 40 after 35 days, below its MCID. ...}
     */
    public static String followUp(EpisodeOfCare episode, LocalDate today) {
        return followUp(episode, ProgressCheck.progress(episode), today);
    }

    private static String followUp(EpisodeOfCare episode, ProgressCheck.Progress progress, LocalDate today) {
        String review = ReviewDue.of(episode).map(due -> "Re-assessment due " + due.date() + (due.isDue(today) ? " (due now)" : ""))
                .orElse("No re-assessment date in a plan in force");
        return review + "\n" + progress.describe();
    }

    /** @return the episode's start date and status, one a line, beside the captions "Started" and "Status" */
    static String startedAndStatus(EpisodeOfCare episode) {
        return episode.getStartDate() + "\n" + episode.getStatus().getLiteral();
    }

    private void startEpisode() {
        EditingDomain domain = patientEditor().getEditingDomain();
        Patient patient = patient();
        domain.getCommandStack().execute(new ChangeCommand(patient) {
            @Override
            protected void doExecute() {
                ClinicalRecords.newEpisode(patient, "Low back pain", LocalDate.now());
            }

            @Override
            public String getLabel() {
                return "Start Episode of Care";
            }
        });
    }

    /**
     * A list of links, not a table: a GTK 3 table with its columns costs the opening of a patient
     * ~5 ms (session 6, thread CPU), a link a tenth of it; and a single click is what opens one.
     */
    private void createAssessmentsSection(Composite parent, FormToolkit toolkit) {
        assessments = section(parent, toolkit, "Assessments", 1);
    }

    private void scheduleRefresh() {
        if (refreshPending || banner == null || banner.isDisposed()) {
            return;
        }
        refreshPending = true;
        banner.getDisplay().asyncExec(() -> {
            refreshPending = false;
            if (!banner.isDisposed()) {
                refresh();
            }
        });
    }

    /**
     * Re-reads the derived parts (banner, summaries, list, sex); text fields follow the model
     * themselves. Most edits (a session's pain, a plan's goal) change nothing shown here: then
     * nothing is set and the page is neither laid out nor repainted again.
     */
    private void refresh() {
        boolean changed = banner.show(PatientRedFlags.of(patient()));
        int sexIndex = patient().getSex().getValue();
        if (sex.getSelectionIndex() != sexIndex) {
            sex.select(sexIndex);
        }
        Optional<Assessment> latest = episode().flatMap(episode -> episode.getAssessments().stream()
                .max(Comparator.comparing(Assessment::getDate, Comparator.nullsFirst(Comparator.naturalOrder()))));
        if (followUp != null) {
            Optional<EpisodeOfCare> episode = episode();
            Optional<ProgressCheck.Progress> progress = episode.map(ProgressCheck::progress);
            boolean notImproving = progress.map(ProgressCheck.Progress::notImproving).orElse(false);
            changed |= setText(followUp, episode.map(shown -> followUp(shown, progress.orElseThrow(), LocalDate.now())).orElse(""));
            followUp.setForeground(followUp.getDisplay().getSystemColor(notImproving ? SWT.COLOR_DARK_RED : SWT.COLOR_WIDGET_FOREGROUND));
        }
        changed |= setText(historySummary, latest.map(RecordSummaries::history).orElse(NO_ASSESSMENT));
        changed |= setText(lifestyleSummary, latest.map(RecordSummaries::lifestyle).orElse(NO_ASSESSMENT));
        changed |= showAssessments(episode().map(episode -> episode.getAssessments().stream()
                .sorted(Comparator.comparing(Assessment::getDate, Comparator.nullsLast(Comparator.reverseOrder()))).toList())
                .orElse(List.of()));
        // Not yet sized (the page being created): its first resize lays it out; a layout now would
        // measure every widget at a width of 0 for nothing.
        if (changed && !getManagedForm().getForm().getSize().equals(new Point(0, 0))) {
            banner.getParent().layout(true, true);
            getManagedForm().reflow(true);
        }
    }

    /** @return whether the label's text changed */
    private static boolean setText(Label label, String text) {
        if (text.equals(label.getText())) {
            return false;
        }
        label.setText(text);
        return true;
    }

    /** Lists the newest of {@code shown} (newest first); @return whether the list changed */
    private boolean showAssessments(List<Assessment> shown) {
        List<Assessment> listed = shown.subList(0, Math.min(shown.size(), LISTED_ASSESSMENTS));
        List<String> texts = new ArrayList<>(listed.stream().map(OverviewPage::linkText).toList());
        if (shown.isEmpty()) {
            texts.add(NO_ASSESSMENT);
        } else if (shown.size() > listed.size()) {
            texts.add("<a>All " + shown.size() + " assessments</a>");
        }
        if (sameList(listed, texts)) {
            return false;
        }
        for (Control old : assessments.getChildren()) {
            old.dispose();
        }
        if (shown.isEmpty()) {
            toolkit.createLabel(assessments, NO_ASSESSMENT);
            return true;
        }
        for (int i = 0; i < texts.size(); i++) {
            Link link = new Link(assessments, SWT.NONE);
            link.setText(texts.get(i));
            toolkit.adapt(link, false, false);
            Assessment assessment = i < listed.size() ? listed.get(i) : null;
            link.setData(assessment);
            link.addListener(SWT.Selection, event -> {
                if (assessment != null) {
                    patientEditor().showAssessment(assessment);
                } else {
                    patientEditor().setActivePage(AssessmentsPage.ID);
                }
            });
        }
        return true;
    }

    private boolean sameList(List<Assessment> listed, List<String> texts) {
        Control[] children = assessments.getChildren();
        if (children.length != texts.size()) {
            return false;
        }
        for (int i = 0; i < children.length; i++) {
            String text = children[i] instanceof Link link ? link.getText() : ((Label) children[i]).getText();
            if (!texts.get(i).equals(text) || (i < listed.size() && children[i].getData() != listed.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** e.g. {@code <a>2026-09-17 reassessment</a>   odi 26, nprs 3 – demo.therapist.3} */
    static String linkText(Assessment assessment) {
        String scores = RecordSummaries.scores(assessment);
        return "<a>" + assessment.getDate() + " " + assessment.getKind().getLiteral() + "</a>"
                + (scores.isEmpty() ? "" : "   " + escape(scores))
                + (assessment.getTherapistId() == null ? "" : " \u2013 " + escape(assessment.getTherapistId()));
    }

    /** A link's text takes '&' as a mnemonic marker: doubled, it is shown. */
    private static String escape(String text) {
        return text.replace("&", "&&");
    }

    private static LocalDate parseBirthDate(String text) {
        LocalDate date = FormParts.optionalDate(text);
        if (date != null && date.isAfter(LocalDate.now())) {
            throw new IllegalArgumentException("The birth date " + date + " is in the future.");
        }
        return date;
    }

    private static Composite section(Composite parent, FormToolkit toolkit, String title, int columns) {
        return FormParts.section(parent, toolkit, title, columns);
    }

    private static Label summarySection(Composite parent, FormToolkit toolkit, String title) {
        Composite client = section(parent, toolkit, title, 1);
        Label summary = toolkit.createLabel(client, "", SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(summary);
        return summary;
    }

    private static Text field(Composite client, FormToolkit toolkit, String label, String id) {
        return FormParts.field(client, toolkit, label, id, SWT.SINGLE);
    }
}
