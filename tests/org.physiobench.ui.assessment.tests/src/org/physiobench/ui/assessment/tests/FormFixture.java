package org.physiobench.ui.assessment.tests;

import java.time.LocalDate;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.physiobench.clinical.api.InstrumentRegistry;
import org.physiobench.clinical.api.Instruments;
import org.physiobench.model.api.Assessment;
import org.physiobench.model.api.AssessmentKind;
import org.physiobench.model.api.ClinicalRecords;
import org.physiobench.model.api.Patient;
import org.physiobench.ui.assessment.api.AssessmentForm;
import org.physiobench.ui.testing.AssessmentFormPage;
import org.physiobench.ui.testing.UiTesting;

/**
 * The assessment form standalone, as the editor contract describes: a patient in a resource of
 * an editing domain with a command stack, the form in a shell.
 */
final class FormFixture {

    final Shell shell;
    final FormToolkit toolkit;
    final AdapterFactoryEditingDomain domain;
    final Patient patient;
    final Assessment assessment;
    final AssessmentForm form;
    final AssessmentFormPage page;

    /** A new initial assessment of a 36-year-old (no age red flag). */
    static FormFixture newAssessment() {
        Patient patient = ClinicalRecords.newPatient("Alex", "Example", LocalDate.of(1990, 5, 17));
        Assessment assessment = ClinicalRecords.newAssessment(
                ClinicalRecords.newEpisode(patient, "Non-specific low back pain", LocalDate.of(2026, 3, 2)),
                AssessmentKind.INITIAL, LocalDate.of(2026, 3, 2), "therapist-1");
        return new FormFixture(patient, assessment, Instruments.registry());
    }

    FormFixture(Patient patient, Assessment assessment, InstrumentRegistry instruments) {
        this.patient = patient;
        this.assessment = assessment;
        domain = new AdapterFactoryEditingDomain(
                new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());
        Resource resource = domain.getResourceSet().createResource(URI.createURI("memory:/patient.xmi"));
        resource.getContents().add(patient);
        shell = new Shell(Display.getDefault());
        shell.setLayout(new FillLayout());
        shell.setSize(1400, 1000);
        toolkit = new FormToolkit(shell.getDisplay());
        form = new AssessmentForm(shell, toolkit, domain, assessment, instruments);
        page = new AssessmentFormPage(form.getControl());
        shell.open();
        UiTesting.flush();
    }

    void undo() {
        domain.getCommandStack().undo();
        UiTesting.flush();
    }

    void redo() {
        domain.getCommandStack().redo();
        UiTesting.flush();
    }

    void close() {
        shell.dispose();
        toolkit.dispose();
    }
}
