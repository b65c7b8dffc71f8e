package org.physiobench.ui.plan.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.physiobench.modality.api.ModalityRegistry;
import org.physiobench.model.api.ContraindicationOverride;
import org.physiobench.model.api.OverrideKind;
import org.physiobench.model.api.PlanRevision;
import org.physiobench.ui.plan.api.PlanWidgetIds;

/**
 * The contraindications the therapist went against in the revision in force: for each override
 * of a block and acknowledgement of a precaution, one wrapped line with the modality, who, when,
 * the reason and what the check found.
 */
public final class OverridesPanel {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final FormToolkit toolkit;
    private final ModalityRegistry registry;
    private final Composite list;

    public OverridesPanel(FormToolkit toolkit, Composite parent, ModalityRegistry registry) {
        this.toolkit = toolkit;
        this.registry = registry;
        Composite client = FormParts.section(toolkit, parent, "Overrides",
                "Contraindications overridden or acknowledged in this revision: who, when and why.", 1);
        list = FormParts.id(toolkit.createComposite(client), PlanWidgetIds.OVERRIDES);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        list.setLayout(layout);
        list.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
    }

    public void refresh(Optional<PlanRevision> current) {
        for (Control child : list.getChildren()) {
            child.dispose();
        }
        List<ContraindicationOverride> overrides = current.<List<ContraindicationOverride>>map(PlanRevision::getOverrides).orElse(List.of());
        if (overrides.isEmpty()) {
            toolkit.createLabel(list, "None: every planned modality is allowed for this patient, or not decided yet.");
        }
        for (ContraindicationOverride override : overrides) {
            Label line = toolkit.createLabel(list, line(override), SWT.WRAP);
            GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
            data.widthHint = 600;
            line.setLayoutData(data);
            line.setData(override);
        }
        list.requestLayout();
    }

    private String line(ContraindicationOverride override) {
        String name = DosageText.name(registry.find(override.getModalityId()), override.getModalityId());
        String when = override.getAt() == null ? "?" : WHEN.format(override.getAt().atZone(ZoneId.systemDefault()));
        String decision = override.getKind() == OverrideKind.BLOCK_OVERRIDDEN ? "block overridden" : "precaution acknowledged";
        return name + ": " + decision + " by " + FormParts.text(override.getBy()) + " on " + when
                + (override.getReason() == null ? "" : " - \"" + override.getReason() + "\"") + "\n\u2022 "
                + String.join("\n\u2022 ", override.getContraindications());
    }
}
