package org.physiobench.ui.internal;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TrayDialog;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.physiobench.core.api.DataLocation;
import org.physiobench.core.api.ProductInfo;

/**
 * Names the product version (what a clinic admin compares with the update site), the exact
 * build, the Java runtime and the data folder - what a support call asks for first.
 */
public class AboutDialog extends TrayDialog {

    private final LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources());

    public AboutDialog(Shell shell) {
        super(shell);
    }

    @Override
    public boolean close() {
        resources.dispose();
        return super.close();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("About " + ProductInfo.NAME);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 16;
        layout.marginHeight = 16;
        layout.horizontalSpacing = 16;
        area.setLayout(layout);

        Label logo = new Label(area, SWT.NONE);
        logo.setImage(resources.create(
                ImageDescriptor.createFromURL(AboutDialog.class.getResource("/icons/physiobench64.png"))));
        logo.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false, 1, 3));

        Label heading = new Label(area, SWT.NONE);
        heading.setText(ProductInfo.nameAndVersion());
        heading.setFont(resources.create(FontDescriptor.createFrom(heading.getFont()).setStyle(SWT.BOLD).increaseHeight(2)));

        Label description = new Label(area, SWT.WRAP);
        description.setText("A clinical workbench for physical therapists who treat low back pain.");

        Text details = new Text(area, SWT.READ_ONLY | SWT.MULTI | SWT.WRAP);
        details.setText(detailsText());
        GridData detailsData = new GridData(SWT.FILL, SWT.FILL, true, true);
        detailsData.widthHint = 440;
        details.setLayoutData(detailsData);
        return area;
    }

    /** The text is selectable so it can be pasted into a support request. */
    static String detailsText() {
        return "Version: " + ProductInfo.version() + System.lineSeparator()
                + "Build: " + ProductInfo.buildVersion() + System.lineSeparator()
                + "Java: " + System.getProperty("java.vendor") + " " + System.getProperty("java.version")
                + System.lineSeparator()
                + "Data folder: " + DataLocation.current().root();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }
}
