package org.physiobench.ui.plan.internal;

import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.physiobench.modality.api.ContraindicationVerdict;
import org.physiobench.ui.plan.api.PlanWidgetIds;

/**
 * The decision on a contraindication: lists what the check found and asks why the therapist
 * goes ahead. For a block, OK stays disabled until a reason is typed; for a precaution, until
 * the therapist ticks that it was read (the note is optional).
 */
public final class OverrideDialog extends TitleAreaDialog {

    private final ContraindicationVerdict verdict;
    private final boolean blocked;
    private Text reasonText;
    private Button acknowledged;
    private String answer;

    public OverrideDialog(Shell parent, ContraindicationVerdict verdict) {
        super(parent);
        this.verdict = verdict;
        this.blocked = verdict.status() == ContraindicationVerdict.Status.BLOCKED;
        setHelpAvailable(false);
    }

    /** @return the reason or note given, or empty when cancelled */
    public static Optional<String> ask(Shell parent, ContraindicationVerdict verdict) {
        OverrideDialog dialog = new OverrideDialog(parent, verdict);
        return dialog.open() == OK ? Optional.ofNullable(dialog.answer) : Optional.empty();
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(blocked ? "Override a contraindication" : "Acknowledge a precaution");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite outer = (Composite) super.createDialogArea(parent);
        String name = verdict.modality().name();
        setTitle(blocked ? name + " is contraindicated" : name + " needs a precaution");
        setMessage(blocked
                ? "It is planned only if you override the block with a reason. The override is recorded in the plan"
                        + " revision and the audit trail."
                : "Confirm that you have read the precaution. The acknowledgement is recorded in the plan revision and"
                        + " the audit trail.",
                blocked ? IMessageProvider.ERROR : IMessageProvider.WARNING);
        Composite area = new Composite(outer, SWT.NONE);
        area.setLayout(new GridLayout(1, false));
        area.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Label found = new Label(area, SWT.WRAP);
        found.setText("The contraindication check for this patient found:");
        found.setLayoutData(wrapping());
        for (String reason : verdict.reasons()) {
            Label line = FormParts.id(new Label(area, SWT.WRAP), PlanWidgetIds.OVERRIDE_CONTRAINDICATION);
            line.setText("\u2022 " + reason);
            GridData data = wrapping();
            data.horizontalIndent = 8;
            line.setLayoutData(data);
        }
        if (!blocked) {
            acknowledged = FormParts.id(new Button(area, SWT.CHECK | SWT.WRAP), PlanWidgetIds.OVERRIDE_ACKNOWLEDGED);
            acknowledged.setText("I have read the precaution and will apply it");
            GridData acknowledgedData = new GridData(SWT.FILL, SWT.TOP, true, false);
            acknowledgedData.verticalIndent = 8;
            acknowledged.setLayoutData(acknowledgedData);
            acknowledged.addListener(SWT.Selection, event -> updateOk());
        }
        Label ask = new Label(area, SWT.WRAP);
        ask.setText(blocked ? "Why do you go ahead? (required)" : "Note (optional):");
        GridData askData = wrapping();
        askData.verticalIndent = 8;
        ask.setLayoutData(askData);
        reasonText = FormParts.id(new Text(area, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL),
                PlanWidgetIds.OVERRIDE_REASON);
        GridData textData = new GridData(SWT.FILL, SWT.FILL, true, true);
        textData.heightHint = 64;
        textData.widthHint = 520;
        reasonText.setLayoutData(textData);
        reasonText.addModifyListener(event -> updateOk());
        return outer;
    }

    private static GridData wrapping() {
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 520;
        return data;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, blocked ? "Override" : "Acknowledge", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        updateOk();
    }

    private void updateOk() {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(blocked ? !reasonText.getText().isBlank() : acknowledged.getSelection());
        }
    }

    @Override
    protected void okPressed() {
        answer = reasonText.getText().strip();
        super.okPressed();
    }

    /** @return the reason text (tests drive the dialog opened without blocking) */
    public Text reasonText() {
        return reasonText;
    }

    /** @return the acknowledgement box of a precaution, {@code null} for a block */
    public Button acknowledgement() {
        return acknowledged;
    }

    /** @return whether OK can be pressed now */
    public boolean canFinish() {
        Button ok = getButton(IDialogConstants.OK_ID);
        return ok != null && ok.isEnabled();
    }

    /** @return what OK answered, {@code null} before OK */
    public String answer() {
        return answer;
    }

    /** Presses OK as the therapist would (only when enabled). */
    public void finish() {
        if (canFinish()) {
            okPressed();
        }
    }
}
