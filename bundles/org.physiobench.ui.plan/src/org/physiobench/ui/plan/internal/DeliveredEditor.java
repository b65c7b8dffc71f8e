package org.physiobench.ui.plan.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.physiobench.modality.api.ModalityDescriptor;
import org.physiobench.modality.api.ModalityRegistry;
import org.physiobench.modality.ui.api.DosageForm;
import org.physiobench.model.api.ClinicalPackage;
import org.physiobench.model.api.DeliveredIntervention;
import org.physiobench.ui.plan.api.PlanWidgetIds;

/** One delivered intervention of a session: the planned dosage for reference, the dosage given and the response. */
final class DeliveredEditor {

    private final EditingDomain domain;
    private final DeliveredIntervention delivered;
    private final DosageForm dosageForm;
    private final Text response;

    DeliveredEditor(FormToolkit toolkit, Composite parent, EditingDomain domain, DeliveredIntervention delivered,
            ModalityRegistry registry) {
        this.domain = domain;
        this.delivered = delivered;
        Composite box = FormParts.id(toolkit.createComposite(parent, SWT.BORDER), PlanWidgetIds.DELIVERED);
        box.setData(PlanWidgetIds.MODALITY_KEY, delivered.getModalityId());
        box.setLayout(new GridLayout(2, false));
        toolkit.paintBordersFor(box);
        box.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Optional<ModalityDescriptor> modality = registry.find(delivered.getModalityId());
        Label title = toolkit.createLabel(box, DosageText.name(modality, delivered.getModalityId()), SWT.WRAP);
        title.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
        title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        if (delivered.getPlanned() != null) {
            Label planned = toolkit.createLabel(box,
                    "Planned: " + DosageText.describe(modality, delivered.getPlanned().getParameters()), SWT.WRAP);
            planned.setForeground(box.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            planned.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        }
        if (modality.isPresent()) {
            dosageForm = DosageForm.create(box, modality.get(), DosageText.toMap(delivered.getParameters()));
            dosageForm.getControl().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
            dosageForm.addChangeListener(this::storeDosage);
        } else {
            dosageForm = null;
            toolkit.createLabel(box, "Given: " + DosageText.describe(modality, delivered.getParameters()));
        }
        toolkit.createLabel(box, "Response:");
        response = FormParts.id(toolkit.createText(box, FormParts.text(delivered.getPatientResponse())),
                PlanWidgetIds.RESPONSE);
        response.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        response.addModifyListener(event -> {
            String value = response.getText().isBlank() ? null : response.getText();
            if (!Objects.equals(value, delivered.getPatientResponse())) {
                domain.getCommandStack().execute(SetCommand.create(domain, delivered,
                        ClinicalPackage.Literals.DELIVERED_INTERVENTION__PATIENT_RESPONSE, value));
            }
        });
    }

    /** @return whether this editor shows {@code other} as the model has it now */
    boolean showsCurrent(DeliveredIntervention other) {
        return other == delivered && (dosageForm == null || dosageForm.dosage().equals(modelDosage()))
                && Objects.equals(FormParts.text(delivered.getPatientResponse()), response.getText());
    }

    private Map<String, String> modelDosage() {
        Map<String, String> dosage = new LinkedHashMap<>(dosageForm.modality().defaultDosage());
        dosage.putAll(DosageText.toMap(delivered.getParameters()));
        return dosage;
    }

    private void storeDosage() {
        if (!dosageForm.problems().isEmpty() || dosageForm.dosage().equals(modelDosage())) {
            return;
        }
        Map<String, String> given = new LinkedHashMap<>(dosageForm.dosage());
        ChangeCommand command = new ChangeCommand(delivered) {
            @Override
            protected void doExecute() {
                delivered.getParameters().clear();
                delivered.getParameters().addAll(DosageText.toParameters(given));
            }
        };
        command.setLabel("Set dosage given");
        domain.getCommandStack().execute(command);
    }
}
