package org.physiobench.ui.internal;

import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.physiobench.core.api.DataLocation;
import org.physiobench.core.api.ProductInfo;

/**
 * First view a therapist sees: which PhysioBench this is, where its data is kept, and the
 * steps of the episode of care the workbench walks through.
 */
public class WelcomeView extends ViewPart {

    public static final String ID = "org.physiobench.ui.views.welcome";

    /** The clinical flow of an episode of care (clinical reference, "The clinical flow"). */
    static final String[] CARE_STEPS = {
        "Assess: history, lifestyle, nature of the pain, red flags, examination, questionnaires",
        "Plan: measurable goals and the treatment modalities with their dosage",
        "Treat: a SOAP note per session, dosage delivered, pain before and after",
        "Re-assess: outcome measures against the minimal clinically important change",
        "Discharge: self-management and a prevention programme",
    };

    private Composite content;
    private LocalResourceManager resources;

    @Override
    public void createPartControl(Composite parent) {
        resources = new LocalResourceManager(JFaceResources.getResources(), parent);
        content = new Composite(parent, SWT.NONE);
        content.setLayout(new GridLayout(1, false));

        Label title = label(ProductInfo.nameAndVersion());
        title.setFont(resources.create(FontDescriptor.createFrom(title.getFont()).setStyle(SWT.BOLD).increaseHeight(4)));
        label("A clinical workbench for physical therapists who treat low back pain.");
        label("");
        for (int i = 0; i < CARE_STEPS.length; i++) {
            label((i + 1) + ". " + CARE_STEPS[i]);
        }
        label("");
        label("Data folder: " + DataLocation.current().root());
    }

    private Label label(String text) {
        Label label = new Label(content, SWT.WRAP);
        label.setText(text);
        label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return label;
    }

    @Override
    public void setFocus() {
        content.setFocus();
    }
}
