package org.physiobench.ui.internal;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TrayDialog;
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

    public AboutDialog(Shell shell) {
        super(shell);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("About " + ProductInfo.NAME);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(1, false));
        Label heading = new Label(area, SWT.NONE);
        heading.setText(ProductInfo.nameAndVersion());
        Text details = new Text(area, SWT.READ_ONLY | SWT.MULTI | SWT.WRAP);
        details.setText(detailsText());
        details.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
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
