package org.physiobench.ui.plan.internal;

import java.util.Optional;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.physiobench.model.api.PlanRevision;
import org.physiobench.ui.plan.api.RevisionReason;

/** Asks why the plan changes; OK stays disabled until a reason is typed. */
public final class ReasonDialog extends Dialog {

    private final PlanRevision current;
    private Text reasonText;
    private Button agreed;
    private RevisionReason answer;

    private ReasonDialog(Shell parent, PlanRevision current) {
        super(parent);
        this.current = current;
    }

    /** @return the reason given, or empty when cancelled */
    public static Optional<RevisionReason> ask(Shell parent, PlanRevision current) {
        ReasonDialog dialog = new ReasonDialog(parent, current);
        return dialog.open() == OK ? Optional.ofNullable(dialog.answer) : Optional.empty();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(current == null ? "New treatment plan" : "New plan revision");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(1, false));
        Label intro = new Label(area, SWT.WRAP);
        intro.setText(current == null ? "Why is this plan started?"
                : "Revision " + current.getRevisionNumber() + " is on record and stays as it is. "
                        + "Why does the plan change?");
        GridData introData = new GridData(SWT.FILL, SWT.TOP, true, false);
        introData.widthHint = 380;
        intro.setLayoutData(introData);
        reasonText = new Text(area, SWT.BORDER | SWT.MULTI | SWT.WRAP);
        GridData textData = new GridData(SWT.FILL, SWT.FILL, true, true);
        textData.heightHint = 60;
        reasonText.setLayoutData(textData);
        if (current == null) {
            reasonText.setText("Initial plan after assessment");
        }
        reasonText.addModifyListener(event -> updateOk());
        agreed = new Button(area, SWT.CHECK);
        agreed.setText("Agreed with the patient");
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        updateOk();
    }

    private void updateOk() {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(!reasonText.getText().isBlank());
        }
    }

    @Override
    protected void okPressed() {
        answer = new RevisionReason(reasonText.getText(), agreed.getSelection());
        super.okPressed();
    }
}
