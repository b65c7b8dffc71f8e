package org.physiobench.model.internal.validation;

import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.physiobench.model.api.ClinicalConstraint;
import org.physiobench.model.api.ClinicalLabels;
import org.physiobench.model.api.ClinicalValidation;

/**
 * Collects the problems found on one object. Each becomes a diagnostic whose message names
 * the object and the field ("Session on 2026-03-04: pain before is 12 ...") and whose data is
 * the object and the feature, as EMF's own diagnostics do.
 */
final class Problems {

    private final EObject object;
    private final DiagnosticChain diagnostics;
    private final Map<Object, Object> context;
    private boolean valid = true;

    Problems(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        this.object = object;
        this.diagnostics = diagnostics;
        this.context = context;
    }

    void error(ClinicalConstraint constraint, EStructuralFeature feature, String message) {
        report(Diagnostic.ERROR, constraint, feature, message);
    }

    void warning(ClinicalConstraint constraint, EStructuralFeature feature, String message) {
        report(Diagnostic.WARNING, constraint, feature, message);
    }

    /** Reports {@code value} of {@code feature} when it lies outside {@code min..max}. */
    void checkRange(ClinicalConstraint constraint, EStructuralFeature feature, Integer value, int min, int max,
            String scale) {
        if (value != null && (value < min || value > max)) {
            error(constraint, feature, field(feature) + " is " + value + ", but " + scale + " goes from " + min + " to " + max + ".");
        }
    }

    /** @return whether no error was reported (warnings keep an object valid) */
    boolean valid() {
        return valid;
    }

    static String field(EStructuralFeature feature) {
        String words = ClinicalLabels.describe(feature);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private void report(int severity, ClinicalConstraint constraint, EStructuralFeature feature, String message) {
        if (severity == Diagnostic.ERROR) {
            valid = false;
        }
        if (diagnostics != null) {
            diagnostics.add(new BasicDiagnostic(severity, ClinicalValidation.DIAGNOSTIC_SOURCE, constraint.code(),
                    label(object) + ": " + message, new Object[] { object, feature }));
        }
    }

    private String label(EObject target) {
        if (context != null && context.get(EValidator.SubstitutionLabelProvider.class) instanceof EValidator.SubstitutionLabelProvider labels) {
            return labels.getObjectLabel(target);
        }
        return ClinicalLabels.describe(target);
    }
}
