package org.physiobench.modality.ui.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.physiobench.modality.api.ModalityDescriptor;
import org.physiobench.modality.ui.internal.GenericParameterEditor;

/**
 * The dosage editor of one modality as the workbench shows it: the modality's own
 * {@link ParameterEditor} when it contributes one, else a generic form built from its typed
 * {@link org.physiobench.modality.api.DosageParameter}s; below it, the problems
 * {@link ModalityDescriptor#checkDosage(Map)} finds (range, type and the modality's
 * {@link org.physiobench.modality.api.DosageValidator}), updated as the therapist types.
 *
 * <p>The form never stores anything: the caller listens with {@link #addChangeListener(Runnable)}
 * and takes {@link #dosage()} when {@link #problems()} is empty. Create and use it on the UI thread.
 */
public final class DosageForm {

    /**
     * Widget data key under which each input of the generic form carries its parameter name,
     * so tests and page objects can find the input of a parameter.
     */
    public static final String PARAMETER_KEY = "org.physiobench.modality.ui.parameter";

    /** Widget data key of the label that shows the dosage problems. */
    public static final String PROBLEMS_KEY = "org.physiobench.modality.ui.dosageProblems";

    private final ModalityDescriptor modality;
    private final Composite control;
    private final ParameterEditor editor;
    private final boolean contributed;
    private final Label problemsLabel;
    private final ListenerList<Runnable> listeners = new ListenerList<>();
    private List<String> problems = List.of();

    private DosageForm(Composite parent, ModalityDescriptor modality, Map<String, String> dosage) {
        this.modality = Objects.requireNonNull(modality);
        control = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        control.setLayout(layout);
        // Inside a white forms page the labels must not show the dialog grey.
        control.setBackgroundMode(SWT.INHERIT_FORCE);
        control.setBackground(parent.getBackground());
        Map<String, String> shown = withDefaults(modality, dosage);
        Optional<ParameterEditor> own = contributedEditor(modality, shown);
        contributed = own.isPresent();
        editor = own.orElseGet(GenericParameterEditor::new);
        if (!contributed) {
            editor.createControl(control, modality, shown).setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        }
        problemsLabel = new Label(control, SWT.WRAP);
        problemsLabel.setData(PROBLEMS_KEY, Boolean.TRUE);
        problemsLabel.setForeground(control.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        problemsLabel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        editor.addChangeListener(this::changed);
        updateProblems();
    }

    /**
     * Creates the dosage editor of {@code modality} in {@code parent}.
     *
     * @param dosage the dosage to show by parameter name; missing parameters show their default
     */
    public static DosageForm create(Composite parent, ModalityDescriptor modality, Map<String, String> dosage) {
        return new DosageForm(parent, modality, dosage);
    }

    /** The contributed editor, if there is one and it builds its controls; contributed code is untrusted. */
    private Optional<ParameterEditor> contributedEditor(ModalityDescriptor descriptor, Map<String, String> shown) {
        Optional<ParameterEditor> found = ParameterEditors.create(descriptor.id());
        if (found.isEmpty()) {
            return found;
        }
        try {
            Control own = found.get().createControl(control, descriptor, shown);
            own.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            return found;
        } catch (RuntimeException | LinkageError e) {
            for (Control child : control.getChildren()) {
                child.dispose();
            }
            ILog.of(DosageForm.class).error("The parameter editor of modality '" + descriptor.id() + "' (bundle "
                    + descriptor.contributorBundle() + ") failed; the generic form is used instead", e);
            return Optional.empty();
        }
    }

    private static Map<String, String> withDefaults(ModalityDescriptor modality, Map<String, String> dosage) {
        Map<String, String> shown = new LinkedHashMap<>(modality.defaultDosage());
        shown.putAll(dosage);
        return shown;
    }

    private void changed() {
        updateProblems();
        for (Runnable listener : listeners) {
            listener.run();
        }
    }

    private void updateProblems() {
        problems = modality.checkDosage(dosage());
        problemsLabel.setText(String.join("\n", problems));
        ((GridData) problemsLabel.getLayoutData()).exclude = problems.isEmpty();
        problemsLabel.setVisible(!problems.isEmpty());
        control.requestLayout();
    }

    /** @return the top control, laid out by the caller */
    public Control getControl() {
        return control;
    }

    /** @return the modality whose dosage is edited */
    public ModalityDescriptor modality() {
        return modality;
    }

    /** @return whether the modality's own editor is shown (else the generic form) */
    public boolean usesContributedEditor() {
        return contributed;
    }

    /** @return the dosage as currently entered, by parameter name, in the editor's order */
    public Map<String, String> dosage() {
        Map<String, String> entered = editor.dosage();
        // keeps the editor's order (declaration order): it is the order stored and shown
        return entered == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(entered));
    }

    /** @return what is wrong with the entered dosage, one sentence each; empty when it can be stored */
    public List<String> problems() {
        return problems;
    }

    /** @param listener called after each change the therapist makes, once the problems are updated */
    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    /** Disposes the controls. */
    public void dispose() {
        control.dispose();
    }
}
