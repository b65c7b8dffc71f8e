package org.physiobench.ui.editor.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Records a medical review of a patient's active red-flag findings: the date, the reviewer, the
 * outcome and the findings it covers. OK stays disabled until all are given, so a review is
 * never recorded without who and what.
 */
final class MedicalReviewDialog extends TitleAreaDialog {

    private final String patientName;
    private final Map<String, String> findings;
    private final Map<String, Button> checks = new LinkedHashMap<>();
    private Text date;
    private Text reviewer;
    private Text outcome;
    private MedicalReviewEntry entry;

    /**
     * @param findings the active findings, answer key to the words the banner shows
     */
    MedicalReviewDialog(Shell parent, String patientName, Map<String, String> findings) {
        super(parent);
        this.patientName = patientName;
        this.findings = new LinkedHashMap<>(findings);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Record Medical Review");
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Medical review of " + patientName);
        setMessage("A review lifts the findings it covers; a later \"yes\" raises them again.");
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        date = field(body, "Date", "review-date");
        date.setText(LocalDate.now().toString());
        reviewer = field(body, "Reviewed by", "review-reviewer");
        reviewer.setMessage("e.g. Dr Lee, GP");
        outcome = field(body, "Outcome", "review-outcome");
        outcome.setMessage("e.g. no serious pathology, treatment may proceed");
        Label covers = new Label(body, SWT.NONE);
        covers.setText("Findings reviewed");
        GridDataFactory.fillDefaults().span(2, 1).applyTo(covers);
        findings.forEach((key, words) -> {
            Button check = new Button(body, SWT.CHECK | SWT.WRAP);
            check.setText(words);
            check.setSelection(true);
            check.setData("id", "review-finding-" + key);
            check.addListener(SWT.Selection, event -> validate());
            GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(520, SWT.DEFAULT).applyTo(check);
            checks.put(key, check);
        });
        return area;
    }

    private Text field(Composite body, String caption, String id) {
        new Label(body, SWT.NONE).setText(caption);
        Text text = new Text(body, SWT.BORDER);
        text.setData("id", id);
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(text);
        text.addListener(SWT.Modify, event -> validate());
        return text;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setText("Record");
        validate();
    }

    private void validate() {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok == null) {
            return;
        }
        String problem = problem();
        setErrorMessage(problem);
        ok.setEnabled(problem == null);
    }

    /** @return what is missing or wrong, null when the review can be recorded */
    private String problem() {
        LocalDate on;
        try {
            on = LocalDate.parse(date.getText().strip());
        } catch (RuntimeException e) {
            return "The date must be yyyy-mm-dd.";
        }
        if (on.isAfter(LocalDate.now())) {
            return "The review date " + on + " is in the future.";
        }
        if (reviewer.getText().isBlank()) {
            return "Say who reviewed the patient.";
        }
        if (outcome.getText().isBlank()) {
            return "Record the outcome of the review.";
        }
        if (selected().isEmpty()) {
            return "Tick the findings the review covers.";
        }
        return null;
    }

    private List<String> selected() {
        List<String> keys = new ArrayList<>();
        checks.forEach((key, check) -> {
            if (check.getSelection()) {
                keys.add(key);
            }
        });
        return keys;
    }

    @Override
    protected void okPressed() {
        entry = new MedicalReviewEntry(LocalDate.parse(date.getText().strip()), reviewer.getText().strip(),
                outcome.getText().strip(), selected());
        super.okPressed();
    }

    /** @return the review recorded, null when cancelled */
    MedicalReviewEntry entry() {
        return entry;
    }
}
