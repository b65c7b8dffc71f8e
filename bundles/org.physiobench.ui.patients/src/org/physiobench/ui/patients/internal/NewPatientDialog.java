package org.physiobench.ui.patients.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.physiobench.model.api.Sex;

/**
 * File &gt; New Patient: name, date of birth, sex and what the first episode of care is for.
 * OK stays disabled and the title area says what is missing or wrong until the details are
 * complete and plausible.
 */
public class NewPatientDialog extends TitleAreaDialog {

    /** The sexes offered, in the order shown. */
    static final Sex[] SEXES = { Sex.FEMALE, Sex.MALE, Sex.OTHER, Sex.UNKNOWN };
    private static final String[] SEX_LABELS = { "Female", "Male", "Other", "Not stated" };
    private static final String PROMPT = "Enter the patient's name and date of birth. The first episode of care"
            + " starts today.";

    private Text givenName;
    private Text familyName;
    private Text birthDate;
    private Combo sex;
    private Text condition;
    private NewPatientDetails details;

    public NewPatientDialog(Shell parent) {
        super(parent);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("New Patient");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle("New patient");
        setMessage(PROMPT);
        Composite area = (Composite) super.createDialogArea(parent);
        Composite fields = new Composite(area, SWT.NONE);
        fields.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        fields.setLayout(new GridLayout(2, false));
        givenName = text(fields, "&Given name:", "");
        familyName = text(fields, "&Family name:", "");
        birthDate = text(fields, "Date of &birth:", "");
        birthDate.setMessage("YYYY-MM-DD, e.g. 1975-04-23");
        label(fields, "&Sex:");
        sex = new Combo(fields, SWT.READ_ONLY);
        sex.setItems(SEX_LABELS);
        sex.select(Arrays.asList(SEXES).indexOf(Sex.UNKNOWN));
        condition = text(fields, "&Episode of care for:", NewPatientDetails.DEFAULT_CONDITION);
        givenName.setFocus();
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "&Create", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        validate();
    }

    private Text text(Composite parent, String label, String initial) {
        label(parent, label);
        Text text = new Text(parent, SWT.BORDER);
        text.setText(initial);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 280;
        text.setLayoutData(data);
        text.addModifyListener(event -> validate());
        return text;
    }

    private static void label(Composite parent, String text) {
        new Label(parent, SWT.NONE).setText(text);
    }

    /** Checks the fields, shows what is wrong in the title area and enables Create when nothing is. */
    private void validate() {
        if (getButton(IDialogConstants.OK_ID) == null) {
            return; // still being built
        }
        String problem = problem(givenName.getText(), familyName.getText(), birthDate.getText(), condition.getText(),
                LocalDate.now());
        setErrorMessage(problem);
        getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
    }

    /**
     * @return what is missing or wrong, in the words the dialog shows, or {@code null} when the
     *         details can be saved
     */
    static String problem(String given, String family, String birth, String condition, LocalDate today) {
        if (family.isBlank()) {
            return "Enter the family name.";
        }
        if (given.isBlank()) {
            return "Enter the given name.";
        }
        if (birth.isBlank()) {
            return "Enter the date of birth as YYYY-MM-DD, e.g. 1975-04-23.";
        }
        LocalDate date;
        try {
            date = LocalDate.parse(birth.trim());
        } catch (DateTimeParseException e) {
            return "'" + birth.trim() + "' is not a date: use YYYY-MM-DD, e.g. 1975-04-23.";
        }
        if (date.isAfter(today)) {
            return "The date of birth " + date + " is in the future.";
        }
        if (date.isBefore(today.minusYears(120))) {
            return "The date of birth " + date + " is more than 120 years ago.";
        }
        if (condition.isBlank()) {
            return "Say what the episode of care is for, e.g. " + NewPatientDetails.DEFAULT_CONDITION + ".";
        }
        return null;
    }

    @Override
    protected void okPressed() {
        details = new NewPatientDetails(givenName.getText().trim(), familyName.getText().trim(),
                LocalDate.parse(birthDate.getText().trim()), SEXES[sex.getSelectionIndex()], condition.getText().trim(),
                LocalDate.now());
        super.okPressed();
    }

    /** @return what was entered, after OK */
    public NewPatientDetails details() {
        return details;
    }

    // --- for tests ---

    public Text givenNameField() {
        return givenName;
    }

    public Text familyNameField() {
        return familyName;
    }

    public Text birthDateField() {
        return birthDate;
    }

    public Combo sexField() {
        return sex;
    }

    public Text conditionField() {
        return condition;
    }

    /** @return the message in the title area: what is wrong, or {@code null} */
    public String problem() {
        return getErrorMessage();
    }

    public boolean canCreate() {
        return getButton(IDialogConstants.OK_ID).isEnabled();
    }

    /** Presses Create, as a click would. */
    public void pressCreate() {
        buttonPressed(IDialogConstants.OK_ID);
    }
}
