package org.physiobench.ui.editor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.handlers.IHandlerService;
import org.physiobench.model.api.ClinicalPackage;
import org.physiobench.model.api.ClinicalValidation;
import org.physiobench.model.api.Patient;
import org.physiobench.store.api.StoreConflictException;
import org.physiobench.store.api.StoreException;
import org.physiobench.store.api.StoredPatient;
import org.physiobench.ui.editor.api.PatientEditorInput;
import org.physiobench.ui.editor.api.PatientEditors;
import org.physiobench.ui.patients.api.ClinicalErrors;
import org.physiobench.ui.plan.api.PlanSaveCheck;
import org.physiobench.ui.patients.api.WorkbenchStore;

/**
 * One patient's record: overview with the red-flag banner, assessments, plan, sessions and home
 * programme, as pages of one editor over one working copy. Every change is a command on the
 * editor's stack (undo/redo, dirty marker); Save writes the whole record with the version it was
 * loaded at, so a record changed elsewhere in the meantime is a conflict the therapist resolves,
 * never a silent overwrite.
 *
 * <p>The editor publishes the patient as its selection, so the progress and home-programme views
 * follow the record being edited, unsaved changes included.
 */
public class PatientEditor extends FormEditor implements IEditingDomainProvider {

    public static final String ID = PatientEditors.EDITOR_ID;

    private final List<Function<Patient, List<String>>> saveWarnings = new ArrayList<>(
            List.of(PlanSaveCheck::warningsBeforeSave));
    private final List<Runnable> saveListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final PatientSelectionProvider selectionProvider = new PatientSelectionProvider(this);
    private PatientWorkingCopy workingCopy;
    private EditorPrompts prompts = EditorPrompts.DIALOGS;
    private CommandStackHandler undoHandler;
    private CommandStackHandler redoHandler;
    private boolean rebuildPending;

    private final CommandStackListener stackListener = event -> {
        undoHandler.refresh();
        redoHandler.refresh();
        firePropertyChange(PROP_DIRTY);
    };

    /** A new or removed episode changes what the pages show: they are rebuilt. */
    private final AdapterImpl episodeListener = new AdapterImpl() {
        @Override
        public void notifyChanged(Notification notification) {
            if (notification.getFeature() == ClinicalPackage.Literals.PATIENT__EPISODES && !notification.isTouch()) {
                scheduleRebuild();
            } else if (notification.getFeature() == ClinicalPackage.Literals.PATIENT__FAMILY_NAME
                    || notification.getFeature() == ClinicalPackage.Literals.PATIENT__GIVEN_NAME) {
                setPartName(PatientEditorInput.displayName(getPatient()));
            }
        }
    };

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof PatientEditorInput patientInput)) {
            throw new PartInitException("The patient editor opens patient records only, not " + input.getName());
        }
        super.init(site, input);
        workingCopy = new PatientWorkingCopy(patientInput.getRecord());
        setPartName(patientInput.getName());
        setTitleToolTip(patientInput.getToolTipText());
        site.setSelectionProvider(selectionProvider);
        IHandlerService handlers = site.getService(IHandlerService.class);
        undoHandler = CommandStackHandler.undo(workingCopy.commandStack());
        redoHandler = CommandStackHandler.redo(workingCopy.commandStack());
        handlers.activateHandler("org.eclipse.ui.edit.undo", undoHandler);
        handlers.activateHandler("org.eclipse.ui.edit.redo", redoHandler);
        workingCopy.commandStack().addCommandStackListener(stackListener);
        watch(getPatient());
    }

    @Override
    protected void addPages() {
        try {
            for (PatientEditorPage page : PatientEditorPage.all(this)) {
                addPage(page);
            }
        } catch (PartInitException e) {
            ClinicalErrors.show(getSite().getShell(), "Showing the patient record", e);
        }
    }

    /** @return the patient being edited (the working copy, with unsaved changes) */
    public Patient getPatient() {
        return workingCopy.patient();
    }

    /** @return the control holding the pages (for screenshots and tests) */
    public org.eclipse.swt.widgets.Composite getPageContainer() {
        return getContainer();
    }

    @Override
    public EditingDomain getEditingDomain() {
        return workingCopy.domain();
    }

    /** @return the store version the next save is based on */
    public long getVersion() {
        return workingCopy.version();
    }

    @Override
    public boolean isDirty() {
        return workingCopy != null && workingCopy.isDirty();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void doSaveAs() {
        // a patient record has exactly one home in the store
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (!save()) {
            monitor.setCanceled(true);
        }
    }

    /**
     * Validates, asks about warnings, writes. On failure nothing is lost: the editor keeps the
     * changes and stays dirty.
     *
     * @return whether the record was written
     */
    public boolean save() {
        String name = PatientEditorInput.displayName(getPatient());
        List<String> errors = new ArrayList<>(ClinicalValidation.problems(getPatient()).stream()
                .filter(problem -> problem.getSeverity() == Diagnostic.ERROR).map(Diagnostic::getMessage).toList());
        // a blocked modality without an override reason (or a precaution not acknowledged) is
        // never saved: the plan form asks for the decision, the save refuses without it
        errors.addAll(PlanSaveCheck.problemsBeforeSave(getPatient()));
        if (!errors.isEmpty()) {
            prompts.showBlockingProblems(getSite().getShell(), name, errors);
            return false;
        }
        List<String> warnings = new ArrayList<>();
        saveWarnings.forEach(check -> warnings.addAll(check.apply(getPatient())));
        if (!warnings.isEmpty() && !prompts.confirmWarnings(getSite().getShell(), name, warnings)) {
            return false;
        }
        WorkbenchStore holder = WorkbenchStore.get();
        try {
            workingCopy.save(holder.store(), holder.actor());
        } catch (StoreConflictException e) {
            resolveConflict(name, e);
            return false;
        } catch (StoreException e) {
            ClinicalErrors.show(getSite().getShell(), "Saving " + name + " (your changes are still in the editor)", e);
            return false;
        }
        firePropertyChange(PROP_DIRTY);
        saveListeners.forEach(Runnable::run);
        holder.fireChanged();
        return true;
    }

    /** Shows the assessments page with {@code assessment} open. */
    public void showAssessment(org.physiobench.model.api.Assessment assessment) {
        if (setActivePage(AssessmentsPage.ID) instanceof AssessmentsPage page) {
            page.select(assessment);
        }
    }

    /** Adds a check whose messages the therapist must confirm before a save (e.g. contraindications). */
    public void addSaveWarnings(Function<Patient, List<String>> check) {
        saveWarnings.add(check);
    }

    /** @param listener told after each successful save */
    public void addSaveListener(Runnable listener) {
        saveListeners.add(listener);
    }

    public void removeSaveListener(Runnable listener) {
        saveListeners.remove(listener);
    }

    /** @return what the editor and its pages ask the therapist through */
    EditorPrompts prompts() {
        return prompts;
    }

    /** Replaces the dialogs (tests answer them without blocking). */
    public void setPrompts(EditorPrompts prompts) {
        this.prompts = prompts;
    }

    private void resolveConflict(String name, StoreConflictException conflict) {
        if (prompts.onConflict(getSite().getShell(), name, conflict.getMessage()) != EditorPrompts.ConflictChoice.RELOAD) {
            return;
        }
        WorkbenchStore holder = WorkbenchStore.get();
        try {
            reload(holder.store().loadPatient(workingCopy.patient().getId(), holder.actor()));
        } catch (StoreException e) {
            ClinicalErrors.show(getSite().getShell(), "Reloading " + name + " (your changes are still in the editor)", e);
        }
    }

    /** Shows {@code fresh} instead of the edited record; unsaved changes and undo history are dropped. */
    public void reload(StoredPatient fresh) {
        unwatch(getPatient());
        workingCopy.replaceWith(fresh);
        watch(getPatient());
        rebuildPages();
        firePropertyChange(PROP_DIRTY);
    }

    private void scheduleRebuild() {
        if (rebuildPending || getContainer() == null || getContainer().isDisposed()) {
            return;
        }
        rebuildPending = true;
        getContainer().getDisplay().asyncExec(() -> {
            rebuildPending = false;
            if (getContainer() != null && !getContainer().isDisposed()) {
                rebuildPages();
            }
        });
    }

    private void rebuildPages() {
        int active = Math.max(0, getActivePage());
        while (getPageCount() > 0) {
            removePage(0);
        }
        addPages();
        setActivePage(Math.min(active, getPageCount() - 1));
    }

    private void watch(Patient patient) {
        patient.eAdapters().add(episodeListener);
        selectionProvider.setSelection(new StructuredSelection(patient));
    }

    private void unwatch(Patient patient) {
        patient.eAdapters().remove(episodeListener);
    }

    @Override
    public void dispose() {
        if (workingCopy != null) {
            workingCopy.commandStack().removeCommandStackListener(stackListener);
            unwatch(getPatient());
            workingCopy.dispose();
        }
        super.dispose();
    }
}
