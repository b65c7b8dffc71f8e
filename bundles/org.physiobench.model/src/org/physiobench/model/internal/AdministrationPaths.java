package org.physiobench.model.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcorePackage;
import org.physiobench.model.api.ClinicalPackage;
import org.physiobench.model.api.InstrumentAdministration;

/**
 * For each class of the clinical model, the containments through which an instrument
 * administration can be reached (directly, or further down, also through subclasses of a
 * containment's type), read from the model itself, so that a walk looking for administrations
 * can skip the rest (sessions with their notes and interventions are most of a long record)
 * and still finds every administration wherever a model version puts them.
 * <p>
 * {@link org.physiobench.model.api.ClinicalRecords#administrations} and the store's patient
 * list columns both find administrations with {@link #forEach}: one walk for every caller.
 */
public final class AdministrationPaths {

    private static final EClass TARGET = ClinicalPackage.Literals.INSTRUMENT_ADMINISTRATION;
    private static final Map<EClass, List<EReference>> PATHS = new ConcurrentHashMap<>();

    private AdministrationPaths() {
    }

    /**
     * Visits every administration inside {@code scope} (not {@code scope} itself) in
     * {@link EObject#eAllContents()} order, skipping the containments that cannot hold one.
     */
    public static void forEach(EObject scope, Consumer<? super InstrumentAdministration> visitor) {
        for (EReference containment : from(scope.eClass())) {
            Object value = scope.eGet(containment);
            if (value instanceof List<?> children) {
                for (Object child : children) {
                    visit((EObject) child, visitor);
                }
            } else if (value != null) {
                visit((EObject) value, visitor);
            }
        }
    }

    private static void visit(EObject object, Consumer<? super InstrumentAdministration> visitor) {
        if (object instanceof InstrumentAdministration administration) {
            visitor.accept(administration);
        }
        forEach(object, visitor);
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
