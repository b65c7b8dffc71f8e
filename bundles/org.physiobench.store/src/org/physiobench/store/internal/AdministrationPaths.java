package org.physiobench.store.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcorePackage;
import org.physiobench.model.api.ClinicalPackage;

/**
 * For each class of the clinical model, the containments through which an instrument
 * administration can be reached (directly, or further down, also through subclasses of a
 * containment's type), read from the model itself, so that a walk looking for administrations
 * can skip the rest (sessions with their notes and interventions are most of a long record)
 * and still finds every administration wherever a model version puts them.
 */
final class AdministrationPaths {

    private static final EClass TARGET = ClinicalPackage.Literals.INSTRUMENT_ADMINISTRATION;
    private static final Map<EClass, List<EReference>> PATHS = new ConcurrentHashMap<>();

    private AdministrationPaths() {
    }

    /** @return the containments of {@code eClass} that can lead to an administration, in model order */
    static List<EReference> from(EClass eClass) {
        return PATHS.computeIfAbsent(eClass, type -> {
            List<EReference> paths = new ArrayList<>();
            for (EReference containment : type.getEAllContainments()) {
                if (canHold(containment.getEReferenceType(), new HashSet<>())) {
                    paths.add(containment);
                }
            }
            return List.copyOf(paths);
        });
    }

    /** @return whether an instance of {@code type} (or of a subclass) is or contains an administration */
    private static boolean canHold(EClass type, Set<EClass> seen) {
        if (!seen.add(type)) {
            return false;
        }
        if (type == EcorePackage.Literals.EOBJECT || TARGET.isSuperTypeOf(type) || type.isSuperTypeOf(TARGET)) {
            return true; // an EObject-typed containment can hold anything
        }
        for (EClass candidate : withSubclasses(type)) {
            for (EReference containment : candidate.getEAllContainments()) {
                if (canHold(containment.getEReferenceType(), seen)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<EClass> withSubclasses(EClass type) {
        List<EClass> classes = new ArrayList<>();
        classes.add(type);
        if (type.getEPackage() != null) {
            for (EClassifier classifier : type.getEPackage().getEClassifiers()) {
                if (classifier instanceof EClass candidate && candidate != type && type.isSuperTypeOf(candidate)) {
                    classes.add(candidate);
                }
            }
        }
        return classes;
    }
}
