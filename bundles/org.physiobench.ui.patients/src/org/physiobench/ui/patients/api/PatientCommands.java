package org.physiobench.ui.patients.api;

import java.util.Map;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.services.IServiceLocator;

/**
 * The commands of the patient list that other bundles handle or call. The patient list
 * defines them (plugin.xml of org.physiobench.ui.patients); the patient editor bundle
 * contributes the handler of {@link #OPEN_PATIENT}.
 */
public final class PatientCommands {

    /** Opens one patient's record; handled by the patient editor. */
    public static final String OPEN_PATIENT = "org.physiobench.ui.commands.openPatient";
    /** The parameter of {@link #OPEN_PATIENT}: the patient's id (the store's record id). */
    public static final String PATIENT_ID = "org.physiobench.ui.commands.openPatient.patientId";

    /** Opens the New Patient dialog. */
    public static final String NEW_PATIENT = "org.physiobench.ui.commands.newPatient";
    /** Opens the patient selected in the Patients view (executes {@link #OPEN_PATIENT} with its id). */
    public static final String OPEN_SELECTED_PATIENT = "org.physiobench.ui.commands.openSelectedPatient";
    /** Archives the patient selected in the Patients view, after a confirmation. */
    public static final String ARCHIVE_PATIENT = "org.physiobench.ui.commands.archivePatient";
    /** Puts the keyboard focus into the Patients view's name filter. */
    public static final String FIND_PATIENT = "org.physiobench.ui.commands.findPatient";
    /** File &gt; Backup...: writes the whole store to a backup file. */
    public static final String BACKUP = "org.physiobench.ui.commands.backup";
    /** File &gt; Restore...: replaces the store's records with a backup's. */
    public static final String RESTORE = "org.physiobench.ui.commands.restore";

    private PatientCommands() {
    }

    /**
     * Executes {@link #OPEN_PATIENT} for {@code patientId}. When no bundle handles it (the
     * patient editor is not installed) or opening fails, the therapist gets a dialog saying so.
     *
     * @param services the workbench window's or a part site's services
     * @return whether the command ran
     */
    public static boolean openPatient(IServiceLocator services, Shell shell, String patientId) {
        ICommandService commands = services.getService(ICommandService.class);
        IHandlerService handlers = services.getService(IHandlerService.class);
        Command command = commands.getCommand(OPEN_PATIENT);
        try {
            ParameterizedCommand open = ParameterizedCommand.generateCommand(command, Map.of(PATIENT_ID, patientId));
            if (open == null) {
                throw new NotDefinedException("the command " + OPEN_PATIENT + " or its parameter " + PATIENT_ID
                        + " is not defined");
            }
            handlers.executeCommand(open, null);
            return true;
        } catch (NotHandledException | NotEnabledException e) {
            ClinicalErrors.show(shell, "Opening the patient record", new NotHandledException(
                    "no installed part of PhysioBench opens patient records (the patient editor is missing or disabled)"));
            return false;
        } catch (NotDefinedException | ExecutionException e) {
            ClinicalErrors.show(shell, "Opening the patient record", e);
            return false;
        }
    }
}
