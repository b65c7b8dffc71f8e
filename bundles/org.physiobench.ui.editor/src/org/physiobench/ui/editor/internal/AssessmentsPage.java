package org.physiobench.ui.editor.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.physiobench.clinical.api.Instrument;
import org.physiobench.clinical.api.Instruments;
import org.physiobench.model.api.Assessment;
import org.physiobench.model.api.AssessmentKind;
import org.physiobench.model.api.ClinicalPackage;
import org.physiobench.model.api.ClinicalRecords;
import org.physiobench.model.api.EpisodeOfCare;
import org.physiobench.plan.api.RedFlagStatus;
import org.physiobench.ui.assessment.api.AssessmentForm;
import org.physiobench.ui.patients.api.WorkbenchStore;

/**
 * The assessments of the current episode: a list (newest first) and the selected assessment's
 * form beside it. "New Assessment" adds an initial assessment to an episode without one and a
 * reassessment otherwise, as one undoable command. "Delete Assessment" removes one recorded by
 * mistake, after the therapist confirmed - but never one whose red-flag screening records a
 * positive answer (see {@link #deleteShown}).
 */
public final class AssessmentsPage extends PatientEditorPage {

    public static final String ID = "org.physiobench.ui.editor.assessments";

    /** Widget id of the button that deletes the shown assessment. */
    public static final String DELETE_BUTTON = "delete-assessment";

    private Table list;
    private Button delete;
    private Composite detail;
    private Assessment shown;
    private AssessmentForm form;
    private FormToolkit toolkit;

    AssessmentsPage(PatientEditor editor) {
        super(editor, ID, "Assessments");
    }

    @Override
    protected void fill(Composite body, FormToolkit formToolkit) {
        this.toolkit = formToolkit;
        Optional<EpisodeOfCare> current = episode();
        if (current.isEmpty()) {
            toolkit.createLabel(body, "Start an episode of care on the Overview page to record assessments.");
            return;
        }
        EpisodeOfCare episode = current.get();
        SashForm sash = new SashForm(body, SWT.HORIZONTAL);
        toolkit.adapt(sash);
        // a small preferred size: the sash fills the page and the assessment form scrolls itself,
        // so the list stays in view
        GridDataFactory.fillDefaults().grab(true, true).hint(300, 200).applyTo(sash);
        Composite master = toolkit.createComposite(sash);
        GridLayoutFactory.fillDefaults().margins(0, 4).applyTo(master);
        Button add = toolkit.createButton(master, "New Assessment", SWT.PUSH);
        add.setData("id", "new-assessment");
        add.addListener(SWT.Selection, event -> addAssessment(episode));
        delete = toolkit.createButton(master, "Delete Assessment", SWT.PUSH);
        delete.setData("id", DELETE_BUTTON);
        delete.setToolTipText("Removes the selected assessment, e.g. one recorded for the wrong patient or day");
        delete.setEnabled(false);
        delete.addListener(SWT.Selection, event -> deleteShown(episode));
        list = toolkit.createTable(master, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).hint(180, SWT.DEFAULT).applyTo(list);
        list.addListener(SWT.Selection, event -> {
            if (event.item != null && event.item.getData() instanceof Assessment assessment) {
                showDetail(assessment);
            }
        });
        detail = toolkit.createComposite(sash);
        GridLayoutFactory.fillDefaults().applyTo(detail);
        sash.setWeights(1, 4);
        AdapterImpl listener = new AdapterImpl() {
            @Override
            public void notifyChanged(Notification notification) {
                if (notification.getFeature() == ClinicalPackage.Literals.EPISODE_OF_CARE__ASSESSMENTS && !list.isDisposed()) {
                    refreshList(episode);
                }
            }
        };
        episode.eAdapters().add(listener);
        body.addListener(SWT.Dispose, event -> episode.eAdapters().remove(listener));
        refreshList(episode);
        sorted(episode).stream().findFirst().ifPresent(this::select);
    }

    /** Shows {@code assessment} in the form (it must belong to the current episode). */
    public void select(Assessment assessment) {
        if (list == null) {
            return;
        }
        for (TableItem item : list.getItems()) {
            if (item.getData() == assessment) {
                list.setSelection(item);
                showDetail(assessment);
            }
        }
    }

    /** @return the assessment whose form is showing, if any */
    public Optional<Assessment> getShownAssessment() {
        return Optional.ofNullable(shown);
    }

    public Table getList() {
        return list;
    }

    private void addAssessment(EpisodeOfCare episode) {
        EditingDomain domain = patientEditor().getEditingDomain();
        AssessmentKind kind = episode.getAssessments().isEmpty() ? AssessmentKind.INITIAL : AssessmentKind.REASSESSMENT;
        Assessment[] created = new Assessment[1];
        domain.getCommandStack().execute(new ChangeCommand(episode) {
            @Override
            protected void doExecute() {
                created[0] = ClinicalRecords.newAssessment(episode, kind, LocalDate.now(), WorkbenchStore.get().actor());
            }

            @Override
            public String getLabel() {
                return "New Assessment";
            }
        });
        select(created[0]);
    }

    /**
     * Deletes the shown assessment after the therapist confirmed; Undo brings it back until the
     * record is saved, and the question says so (a saved record keeps no copy).
     *
     * <p>Refused while its red-flag screening records a "yes": a red-flag finding must not leave
     * the record as a side effect of deleting an assessment. If the answers were recorded in
     * error, the therapist changes them first - a deliberate correction the banners follow - and
     * can then delete the assessment.
     */
    private void deleteShown(EpisodeOfCare episode) {
        if (shown == null) {
            return;
        }
        Assessment assessment = shown;
        EditorPrompts prompts = patientEditor().prompts();
        List<String> positive = RedFlagStatus.of(assessment).answeredFindings();
        String title = "Delete " + describe(assessment);
        if (!positive.isEmpty()) {
            prompts.explainRefusal(list.getShell(), title, "The " + describe(assessment)
                    + " records red flags:\n\n" + EditorPrompts.bullets(positive)
                    + "\n\nA red-flag finding is not deleted together with its assessment. If these answers were"
                    + " recorded in error, change them in the assessment's red-flag screening first; then the"
                    + " assessment can be deleted.");
            return;
        }
        List<String> instruments = assessment.getAdministrations().stream()
                .map(administration -> Instruments.registry().find(administration.getInstrumentId())
                        .map(Instrument::name).orElse(administration.getInstrumentId()))
                .toList();
        String question = "Delete the " + describe(assessment) + (instruments.isEmpty() ? ""
                : " with its questionnaires (" + String.join(", ", instruments) + ")")
                + ", its history, examination and red-flag screening?\n\nUntil the record is saved, Undo brings it"
                + " back; once saved, the record no longer holds it.";
        if (!prompts.confirmDeletion(list.getShell(), title, question)) {
            return;
        }
        Command remove = RemoveCommand.create(patientEditor().getEditingDomain(), episode,
                ClinicalPackage.Literals.EPISODE_OF_CARE__ASSESSMENTS, assessment);
        if (remove.canExecute()) {
            patientEditor().getEditingDomain().getCommandStack().execute(remove);
        }
    }

    private static String describe(Assessment assessment) {
        return (assessment.getKind() == AssessmentKind.INITIAL ? "initial assessment" : "reassessment") + " of "
                + assessment.getDate();
    }

    private void refreshList(EpisodeOfCare episode) {
        list.removeAll();
        for (Assessment assessment : sorted(episode)) {
            TableItem item = new TableItem(list, SWT.NONE);
            item.setData(assessment);
            item.setText(assessment.getDate() + "  " + assessment.getKind().getLiteral());
        }
        if (shown != null && shown.eContainer() != episode) {
            // the shown assessment was removed (deleted, or undo of "New Assessment")
            shown = null;
            clearDetail();
            delete.setEnabled(false);
        }
    }

    private void showDetail(Assessment assessment) {
        if (assessment == shown) {
            return;
        }
        shown = assessment;
        delete.setEnabled(true);
        clearDetail();
        form = new AssessmentForm(detail, toolkit, patientEditor().getEditingDomain(), assessment);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form.getControl());
        detail.layout(true, true);
    }

    /** @return the form of the shown assessment, if any */
    public Optional<AssessmentForm> getShownForm() {
        return Optional.ofNullable(form);
    }

    private void clearDetail() {
        if (form != null) {
            form.dispose();
            form = null;
        }
        for (Control child : detail.getChildren()) {
            child.dispose();
        }
    }

    private static List<Assessment> sorted(EpisodeOfCare episode) {
        return episode.getAssessments().stream()
                .sorted(Comparator.comparing(Assessment::getDate, Comparator.nullsLast(Comparator.reverseOrder()))).toList();
    }
}
