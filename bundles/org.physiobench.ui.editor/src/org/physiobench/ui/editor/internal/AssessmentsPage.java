package org.physiobench.ui.editor.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.edit.command.ChangeCommand;
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
import org.physiobench.model.api.Assessment;
import org.physiobench.model.api.AssessmentKind;
import org.physiobench.model.api.ClinicalPackage;
import org.physiobench.model.api.ClinicalRecords;
import org.physiobench.model.api.EpisodeOfCare;
import org.physiobench.ui.assessment.api.AssessmentForm;
import org.physiobench.ui.patients.api.WorkbenchStore;

/**
 * The assessments of the current episode: a list (newest first) and the selected assessment's
 * form beside it. "New Assessment" adds an initial assessment to an episode without one and a
 * reassessment otherwise, as one undoable command.
 */
public final class AssessmentsPage extends PatientEditorPage {

    public static final String ID = "org.physiobench.ui.editor.assessments";

    private Table list;
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

    private void refreshList(EpisodeOfCare episode) {
        list.removeAll();
        for (Assessment assessment : sorted(episode)) {
            TableItem item = new TableItem(list, SWT.NONE);
            item.setData(assessment);
            item.setText(assessment.getDate() + "  " + assessment.getKind().getLiteral());
        }
        if (shown != null && shown.eContainer() != episode) {
            // the shown assessment was removed (undo of "New Assessment")
            shown = null;
            clearDetail();
        }
    }

    private void showDetail(Assessment assessment) {
        if (assessment == shown) {
            return;
        }
        shown = assessment;
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
