package org.physiobench.store.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.physiobench.core.api.RedFlagCategory;
import org.physiobench.core.api.TreatmentComponent;
import org.physiobench.model.api.ClinicalPackage;

/**
 * Seeded random edits of a record, driven by the model: any feature of any object gets a value
 * of its type (text with quotes, control characters and surrogates, the extremes of numbers,
 * NaN and infinities, every enum literal, dates, the vocabulary), its default, {@code null} or
 * is unset; lists grow, shrink and are emptied; children are added (of every concrete class
 * that fits) and removed; references move to another object of the record, or to none; ids
 * change, are removed or duplicated. The record stays a patient aggregate, but need not be
 * clinically sensible: the point is every shape a document can take.
 */
final class RandomEdits {

    private static final String[] TEXTS = { "", " ", "plain", "quote \" backslash \\ slash /", "line\nbreak\ttab\u0001",
            "Grüße naïve \u2028 \uD83D\uDE00 \u4E2D", "half \uD83D pair", "x".repeat(300), "/starts-with-slash",
            "ends-with-query?", "null" };

    private final EObject root;
    private final Random random;

    RandomEdits(EObject root, Random random) {
        this.root = root;
        this.random = random;
    }

    /** Makes one edit; @return what it did */
    String next() {
        List<EObject> objects = DocumentReaderTest.contents(root);
        EObject object = objects.get(random.nextInt(objects.size()));
        List<EStructuralFeature> features = new ArrayList<>();
        for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
            if (feature.isChangeable() && !feature.isDerived()
                    && !(object == root && feature == ClinicalPackage.Literals.IDENTIFIABLE__ID)) {
                features.add(feature); // the root keeps its id: the store finds records by it
            }
        }
        EStructuralFeature feature = features.get(random.nextInt(features.size()));
        String what = object.eClass().getName() + "." + feature.getName() + ": ";
        if (random.nextInt(8) == 0) {
            object.eUnset(feature);
            return what + "unset";
        }
        if (feature instanceof EAttribute attribute) {
            return what + attribute(object, attribute, objects);
        }
        EReference reference = (EReference) feature;
        return what + (reference.isContainment() ? containment(object, reference) : reference(object, reference, objects));
    }

    @SuppressWarnings("unchecked")
    private String attribute(EObject object, EAttribute attribute, List<EObject> objects) {
        if (attribute.isMany()) {
            EList<Object> values = (EList<Object>) object.eGet(attribute);
            int count = random.nextInt(4);
            for (int i = 0; i < count; i++) {
                Object value = value(attribute, objects);
                if (value != null) {
                    values.add(value);
                }
            }
            if (random.nextInt(4) == 0) {
                values.clear();
            }
            return values.toString();
        }
        Object value = attribute.isID() && random.nextInt(3) == 0
                ? EcoreUtil.getID(objects.get(random.nextInt(objects.size()))) // a duplicate id, or none
                : value(attribute, objects);
        if (value == null && attribute.getEType().getInstanceClass().isPrimitive()) {
            value = attribute.getDefaultValue();
        }
        object.eSet(attribute, value);
        return String.valueOf(value);
    }

    private Object value(EAttribute attribute, List<EObject> objects) {
        if (random.nextInt(6) == 0) {
            return random.nextBoolean() ? null : attribute.getDefaultValue();
        }
        if (attribute.getEType() instanceof EEnum eEnum) {
            return eEnum.getELiterals().get(random.nextInt(eEnum.getELiterals().size())).getInstance();
        }
        Class<?> type = attribute.getEType().getInstanceClass();
        if (type == String.class) {
            return random.nextInt(3) == 0 ? "id-" + random.nextInt(1000) : TEXTS[random.nextInt(TEXTS.length)];
        }
        if (type == Integer.class || type == int.class) {
            int[] special = { 0, -1, 1, Integer.MAX_VALUE, Integer.MIN_VALUE };
            return random.nextBoolean() ? special[random.nextInt(special.length)] : random.nextInt(200) - 50;
        }
        if (type == Double.class || type == double.class) {
            double[] special = { 0.0, -0.0, 1.0E-7, 1.0E300, Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN,
                    Double.POSITIVE_INFINITY, 0.1 + 0.2, 12.5 };
            return random.nextBoolean() ? special[random.nextInt(special.length)] : random.nextGaussian() * 1000;
        }
        if (type == Boolean.class || type == boolean.class) {
            return random.nextBoolean();
        }
        if (type == LocalDate.class) {
            return LocalDate.of(1900, 1, 1).plusDays(random.nextInt(60000));
        }
        if (type == Instant.class) {
            return Instant.ofEpochSecond(random.nextInt(), random.nextInt(1_000_000_000));
        }
        if (type == RedFlagCategory.class) {
            return RedFlagCategory.values()[random.nextInt(RedFlagCategory.values().length)];
        }
        if (type == TreatmentComponent.class) {
            return TreatmentComponent.values()[random.nextInt(TreatmentComponent.values().length)];
        }
        throw new IllegalStateException("no random values of " + type + " yet: add them");
    }

    @SuppressWarnings("unchecked")
    private String containment(EObject object, EReference reference) {
        if (reference.isMany()) {
            EList<EObject> children = (EList<EObject>) object.eGet(reference);
            if (!children.isEmpty() && random.nextInt(3) == 0) {
                EObject removed = children.remove(random.nextInt(children.size()));
                return "removed a " + removed.eClass().getName();
            }
            if (children.size() > 1 && random.nextInt(4) == 0) {
                children.move(random.nextInt(children.size()), random.nextInt(children.size()));
                return "moved";
            }
            EObject child = newChild(reference);
            children.add(random.nextInt(children.size() + 1), child);
            return "added a " + child.eClass().getName();
        }
        EObject child = random.nextInt(4) == 0 ? null : newChild(reference);
        object.eSet(reference, child);
        return child == null ? "none" : "a new " + child.eClass().getName();
    }

    /** A child of a random concrete class fitting {@code reference}, with an id when it has one, mostly. */
    private EObject newChild(EReference reference) {
        List<EClass> fitting = new ArrayList<>();
        for (Object classifier : reference.getEReferenceType().getEPackage().getEClassifiers()) {
            if (classifier instanceof EClass eClass && !eClass.isAbstract() && !eClass.isInterface()
                    && reference.getEReferenceType().isSuperTypeOf(eClass)) {
                fitting.add(eClass);
            }
        }
        EObject child = EcoreUtil.create(fitting.get(random.nextInt(fitting.size())));
        EAttribute id = child.eClass().getEIDAttribute();
        if (id != null && random.nextInt(5) != 0) {
            child.eSet(id, "new-" + random.nextInt(100_000));
        }
        return child;
    }

    @SuppressWarnings("unchecked")
    private String reference(EObject object, EReference reference, List<EObject> objects) {
        List<EObject> targets = new ArrayList<>();
        for (EObject candidate : objects) {
            if (reference.getEReferenceType().isInstance(candidate)) {
                targets.add(candidate);
            }
        }
        EObject target = targets.isEmpty() || random.nextInt(5) == 0 ? null
                : targets.get(random.nextInt(targets.size()));
        if (reference.isMany()) {
            if (target != null) {
                ((EList<EObject>) object.eGet(reference)).add(target);
            }
        } else {
            object.eSet(reference, target);
        }
        return target == null ? "none" : "to " + EcoreUtil.getID(target);
    }
}
