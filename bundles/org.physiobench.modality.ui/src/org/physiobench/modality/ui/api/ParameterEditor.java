package org.physiobench.modality.ui.api;

import java.util.Map;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.physiobench.modality.api.ModalityDescriptor;

/**
 * A dosage editor contributed for one modality (extension point
 * {@code org.physiobench.modalityEditors}). A new instance is created for every editor shown,
 * with a public no-argument constructor; all methods are called on the SWT UI thread.
 *
 * <p>The dosage is the same {@code Map<String, String>} the modality's parameters describe;
 * the workbench checks it with {@link ModalityDescriptor#checkDosage(Map)} before storing it,
 * so an editor does not need to repeat the range checks.
 */
public interface ParameterEditor {

    /**
     * Creates the editor's controls.
     *
     * @param parent the composite to create them in (its layout is the caller's)
     * @param modality the modality whose dosage is edited
     * @param dosage the dosage to show, every parameter by name
     * @return the top control of the editor
     */
    Control createControl(Composite parent, ModalityDescriptor modality, Map<String, String> dosage);

    /** @return the dosage as currently entered, every parameter by name */
    Map<String, String> dosage();

    /** @param listener called after each change the user makes */
    void addChangeListener(Runnable listener);
}
