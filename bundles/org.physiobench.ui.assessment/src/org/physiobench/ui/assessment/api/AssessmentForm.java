package org.physiobench.ui.assessment.api;

import java.util.Objects;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.physiobench.clinical.api.InstrumentRegistry;
import org.physiobench.clinical.api.Instruments;
import org.physiobench.model.api.Assessment;
import org.physiobench.model.api.ClinicalRecords;
import org.physiobench.model.api.ClinicalLabels;
import org.physiobench.model.api.ClinicalValidation;
import org.physiobench.plan.api.RedFlagStatus;
import org.physiobench.ui.assessment.internal.AssessmentLayout;
import org.physiobench.ui.assessment.internal.FormContext;

/**
 * The content of the assessment editor page: collapsible sections for the nature of the pain
 * (with the {@link BodyChart}), medical history, lifestyle, red-flag screening, examination and
 * outcome measures (a generated form for every installed instrument, with live score, band and
 * validation), under a red-flag banner that shows the patient's graded red-flag triage - the
 * findings still active from earlier assessments and this screening's answers as they are given.
 *
 * <p>Every change is a command on {@code domain}'s command stack (undo/redo, dirty marker are the
 * editor's); nothing here saves. The form follows changes made elsewhere (undo, other pages):
 * it listens to the assessment and the command stack and refreshes once per burst of changes,
 * asynchronously on the UI thread. Scores are those of the clinical rules
 * ({@code org.physiobench.clinical}), stored as computed there.
 *
 * <p>Controls carry ids ({@link AssessmentWidgetIds}) for page objects of UI tests.
 */
public class AssessmentForm {

    private final Assessment assessment;
    private final EditingDomain domain;
    private final FormContext context;
    private final ScrolledForm form;
    private final Label banner;
    private final Label problems;
    private final BodyChart bodyChart;
    private boolean refreshPending;

    /** More problems than this are listed by the editor's save, not on the form. */
    private static final int MAX_PROBLEMS_SHOWN = 3;

    private final EContentAdapter modelListener = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (!notification.isTouch()) {
                scheduleRefresh();
            }
        }
    };
    private final CommandStackListener commandListener = event -> scheduleRefresh();

    /** Shows and edits {@code assessment} with the instruments installed in the running platform. */
    public AssessmentForm(Composite parent, FormToolkit toolkit, EditingDomain domain, Assessment assessment) {
        this(parent, toolkit, domain, assessment, Instruments.registry());
    }

    /**
     * Shows and edits {@code assessment}, offering the instruments of {@code instruments} (a test
     * or an embedding application may pass its own registry).
     */
    public AssessmentForm(Composite parent, FormToolkit toolkit, EditingDomain domain, Assessment assessment,
            InstrumentRegistry instruments) {
        this.assessment = Objects.requireNonNull(assessment, "assessment");
        this.domain = Objects.requireNonNull(domain, "domain");
        context = new FormContext(toolkit, domain, assessment);
        form = toolkit.createScrolledForm(parent);
        form.setText(ClinicalLabels.describe(assessment));
        Composite body = form.getBody();
        body.setLayout(new GridLayout(2, true));
        context.setReflow(this::reflow);

        // a banner that cannot be missed: across the form, above everything else, coloured by the triage level
        banner = line(toolkit, body, AssessmentWidgetIds.RED_FLAG_BANNER, SWT.COLOR_WHITE);
        banner.setFont(JFaceResources.getHeaderFont());
        context.setMessageLine(line(toolkit, body, AssessmentWidgetIds.MESSAGE, SWT.COLOR_DARK_RED));
        problems = line(toolkit, body, AssessmentWidgetIds.PROBLEMS, SWT.COLOR_DARK_YELLOW);

        bodyChart = AssessmentLayout.create(context, body, assessment, instruments, this::redFlagStatus);
        showRedFlags();
        showProblems();

        assessment.eAdapters().add(modelListener);
        domain.getCommandStack().addCommandStackListener(commandListener);
        form.addListener(SWT.Dispose, event -> {
            assessment.eAdapters().remove(modelListener);
            domain.getCommandStack().removeCommandStackListener(commandListener);
        });
        form.reflow(true);
    }

    /** @return the form's top control (a scrolled form) */
    public Control getControl() {
        return form;
    }

    /** @return the assessment shown */
    public Assessment getAssessment() {
        return assessment;
    }

    /** @return the editing domain every change goes through */
    public EditingDomain getEditingDomain() {
        return domain;
    }

    /** @return the body chart of the pain section */
    public BodyChart getBodyChart() {
        return bodyChart;
    }

    /** @return the red-flag banner's text: empty while no flag is raised */
    public String getRedFlagBannerText() {
        return banner.getText();
    }

    /** Re-reads the whole form from the record now (it also does so by itself after changes). */
    public void refresh() {
        if (form.isDisposed()) {
            return;
        }
        context.refresh();
        form.setText(ClinicalLabels.describe(assessment));
        showRedFlags();
        showProblems();
    }

    /** Disposes the form's controls and stops listening to the record. */
    public void dispose() {
        if (!form.isDisposed()) {
            form.dispose();
        }
    }

    /** @return a line across the form, in {@code colour}, that takes no room while it is empty */
    private static Label line(FormToolkit toolkit, Composite body, String id, int colour) {
        Label line = FormContext.tag(toolkit.createLabel(body, "", SWT.WRAP), id);
        line.setForeground(body.getDisplay().getSystemColor(colour));
        line.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        FormContext.showLine(line, "");
        return line;
    }

    /** Lays out {@code changed} and its ancestors again (not the whole form) and updates the scroll bars. */
    private void reflow(Control changed) {
        if (changed.isDisposed() || form.isDisposed()) {
            return;
        }
        if (changed instanceof Composite composite) {
            composite.layout(true, true);
        }
        form.getBody().layout(new Control[] { changed });
        form.reflow(false);
    }

    private void scheduleRefresh() {
        if (refreshPending || form.isDisposed()) {
            return;
        }
        refreshPending = true;
        form.getDisplay().asyncExec(() -> {
            refreshPending = false;
            refresh();
        });
    }

    /** Shows what the model's validation finds in the assessment, so a slip is seen before the editor saves. */
    private void showProblems() {
        String text = ClinicalValidation.problems(assessment).stream().map(Diagnostic::getMessage).distinct()
                .limit(MAX_PROBLEMS_SHOWN).collect(Collectors.joining("\n"));
        if (FormContext.showLine(problems, text)) {
            reflow(problems);
        }
    }

    /**
     * The patient's status with this assessment's answers as they are now (earlier "yes" answers
     * persist, so a re-assessment form still shows them); a form on an assessment without a
     * patient shows its own screening.
     */
    private RedFlagStatus redFlagStatus() {
        return ClinicalRecords.patientOf(assessment).map(RedFlagStatus::of).orElseGet(() -> RedFlagStatus.of(assessment));
    }

    private void showRedFlags() {
        RedFlagStatus status = redFlagStatus();
        String text = status.bannerText();
        banner.setBackground(new Color(TriageStyle.background(status.level())));
        banner.setForeground(banner.getDisplay()
                .getSystemColor(TriageStyle.whiteText(status.level()) ? SWT.COLOR_WHITE : SWT.COLOR_BLACK));
        if (FormContext.showLine(banner, text)) {
            reflow(banner);
        }
    }
}
