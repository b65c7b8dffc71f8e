package org.physiobench.model.api;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.physiobench.model.internal.validation.ClinicalDiagnostician;
import org.physiobench.model.internal.validation.ClinicalValidator;

/**
 * Validation of clinical records: EMF's structural constraints plus the clinical ones listed
 * in {@link ClinicalConstraint}, reported as EMF diagnostics a UI can show as they are.
 *
 * <p>The validator is also registered for the clinical package in
 * {@code EValidator.Registry.INSTANCE} when the bundle starts, so EMF's own
 * {@code Diagnostician.INSTANCE} (and tools built on it) apply the same rules.
 */
public final class ClinicalValidation {

    /** The source of every diagnostic of a clinical constraint. */
    public static final String DIAGNOSTIC_SOURCE = "org.physiobench.model";

    private static final EValidator VALIDATOR = new ClinicalValidator();

    private ClinicalValidation() {
    }

    /**
     * Validates {@code object} and everything it contains.
     *
     * @return the diagnostic tree; its severity is {@link Diagnostic#OK} when nothing is wrong
     */
    public static Diagnostic validate(EObject object) {
        return new ClinicalDiagnostician(VALIDATOR).validate(object);
    }

    /** @return the problems (warnings and errors) found in {@code object} and its contents, flattened */
    public static List<Diagnostic> problems(EObject object) {
        List<Diagnostic> problems = new ArrayList<>();
        collect(validate(object), problems);
        return problems;
    }

    /** Registers the clinical validator for the clinical package in the global registry. */
    public static synchronized void register() {
        EValidator.Registry.INSTANCE.put(ClinicalPackage.eINSTANCE, VALIDATOR);
    }

    /** Removes the registration made by {@link #register()}. */
    public static synchronized void unregister() {
        EValidator.Registry.INSTANCE.remove(ClinicalPackage.eINSTANCE, VALIDATOR);
    }

    private static void collect(Diagnostic diagnostic, List<Diagnostic> into) {
        if (diagnostic.getChildren().isEmpty()) {
            if (diagnostic.getSeverity() != Diagnostic.OK) {
                into.add(diagnostic);
            }
            return;
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            collect(child, into);
        }
    }
}
