package org.physiobench.store.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.impl.BasicEObjectImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.ExtendedMetaData;
import org.eclipse.emf.ecore.util.FeatureMapUtil;
import org.physiobench.core.api.RedFlagCategory;
import org.physiobench.core.api.TreatmentComponent;

/**
 * Writes an aggregate as the very text emfjson-jackson writes for it (so {@link PatientJson}
 * reads it back with emfjson unchanged), straight from the objects into one string
 * ({@link JsonText}: Jackson's compact output, without its char buffers).
 * <p>
 * Why: emfjson serialises through Jackson's databind, keeping its state (parent, feature) in
 * per-call attributes it copies for every property; for a 12-20 KB patient that was the
 * largest part of a save (0.4-0.6 ms of a 1.4 ms save, measured with the save benchmark's
 * patient; through a Jackson generator this walk still took 0.2 ms, half of it copying text
 * between Jackson's char buffers and compact strings). This writer walks the objects once, needs no resource and so neither copies the
 * caller's aggregate nor takes it out of the editor's resource. For a record saved again and
 * again (an editor's), it keeps the text of each object a root's child holds (a patient's
 * sessions, assessments, plans) on that object ({@link DocumentFragment}) and copies it while
 * nothing in it changed: the aggregate's values are never changed, only an adapter is added.
 * <p>
 * It writes what emfjson writes with the store's settings: the root's {@code eClass} (its URI),
 * a contained object's {@code eClass} only when it is not the reference's own type, every
 * feature that is set, in {@link EClass#getEAllStructuralFeatures()} order, except derived,
 * transient and container features; a reference as {@code {"eClass": ..., "$ref": id}}.
 * Anything outside that - a reference leaving the aggregate, a target without an id, a proxy,
 * a value type the store's codec does not name, JSON annotations, feature maps - makes
 * {@link #write} answer {@code null}, and the caller serialises with emfjson as before. The
 * store tests compare both writers' text for the example patients.
 */
final class DocumentWriter {

    /** Annotation sources by which emfjson changes names, types or what it writes. */
    private static final Set<String> JSON_ANNOTATIONS = Set.of("JsonProperty", "JsonAlias", "JsonIgnore",
            "JsonType", "JsonIdentity", "JsonRawValue", ExtendedMetaData.ANNOTATION_URI);

    /** Attribute types written the same way as by the store's Jackson mapper (see {@link #writeValue}). */
    private static final Set<Class<?>> VALUE_TYPES = Set.of(String.class, int.class, Integer.class, long.class,
            Long.class, short.class, Short.class, byte.class, Byte.class, double.class, Double.class, float.class,
            Float.class, boolean.class, Boolean.class, LocalDate.class,
            LocalDateTime.class, LocalTime.class, Instant.class, OffsetDateTime.class, ZonedDateTime.class,
            RedFlagCategory.class, TreatmentComponent.class);

    private final Map<EClass, Shape> shapes = new ConcurrentHashMap<>();

    /**
     * @return the document of the aggregate rooted at {@code root}, or {@code null} when it
     *         holds something this writer leaves to emfjson
     */
    String write(EObject root) {
        return write(root, false);
    }

    /**
     * @param keepFragments whether to keep the text of the objects the root's children hold
     *            (a patient's sessions, assessments, plans) on them ({@link DocumentFragment}),
     *            for a record that will be saved again (an editor's); kept texts still valid are
     *            used either way
     * @return the document of the aggregate rooted at {@code root}, or {@code null} when it
     *         holds something this writer leaves to emfjson
     */
    String write(EObject root, boolean keepFragments) {
        JsonText text = new JsonText(32 * 1024); // a demo patient's document: 12-20 KB
        try {
            new Walk(root, text, keepFragments).object(root, null);
        } catch (Unsupported e) {
            return null;
        }
        return text.toString();
    }

    private Shape shape(EClass eClass) {
        return shapes.computeIfAbsent(eClass, Shape::of);
    }

    /** One serialisation: the aggregate's root and its generator. */
    private final class Walk {
        private final EObject root;
        private final JsonText out;
        private final boolean keepFragments;
        /** While a fragment is written: the objects its references name, and the ids written for them. */
        private List<EObject> targets;
        private List<String> targetIds;

        Walk(EObject root, JsonText out, boolean keepFragments) {
            this.root = root;
            this.out = out;
            this.keepFragments = keepFragments;
        }

        /** @param containment the reference holding {@code object}, {@code null} for the root */
        void object(EObject object, EReference containment) {
            if (object == null || object.eIsProxy() || containment != null && ((InternalEObject) object).eDirectResource() != null) {
                throw Unsupported.INSTANCE; // emfjson writes such a child as a reference
            }
            Shape shape = shape(object.eClass());
            if (shape.properties == null) {
                throw Unsupported.INSTANCE;
            }
            out.writeStartObject();
            if (containment == null || shape.eClass != containment.getEReferenceType()
                    && shape.eClass != EcorePackage.Literals.EOBJECT) {
                out.writeStringField("eClass", shape.typeUri);
            }
            // By feature id when the class is generated: eIsSet/eGet by feature looked the id up
            // for every property of every object (a fifth of the writer's time with C1 only).
            BasicEObjectImpl byId = shape.byFeatureId(object);
            for (Property property : shape.properties) {
                if (byId != null ? byId.eIsSet(property.featureId) : object.eIsSet(property.feature)) {
                    out.writeQuotedFieldName(property.quotedName);
                    property(object, byId, property);
                }
            }
            out.writeEndObject();
        }

        private void property(EObject object, BasicEObjectImpl byId, Property property) {
            Object value = byId != null ? byId.eGet(property.featureId, false, true) : object.eGet(property.feature, false);
            switch (property.kind) {
                case ATTRIBUTE -> writeValue(value);
                case ATTRIBUTES -> {
                    out.writeStartArray();
                    for (Object item : (List<?>) value) {
                        writeValue(item);
                    }
                    out.writeEndArray();
                }
                case CHILD -> object((EObject) value, (EReference) property.feature);
                case CHILDREN -> {
                    out.writeStartArray();
                    // The objects of the root's children (a patient's episodes) are the fragments.
                    boolean fragments = object.eContainer() == root && targets == null;
                    for (Object child : (List<?>) value) {
                        if (fragments) {
                            fragment((EObject) child, (EReference) property.feature);
                        } else {
                            object((EObject) child, (EReference) property.feature);
                        }
                    }
                    out.writeEndArray();
                }
                case REFERENCE -> reference((EObject) value);
                case REFERENCES -> {
                    out.writeStartArray();
                    for (Object target : (List<?>) value) {
                        reference((EObject) target);
                    }
                    out.writeEndArray();
                }
            }
        }

        /** {@code child} as {@link #object} writes it: its kept text while valid, else written (and kept, if asked). */
        private void fragment(EObject child, EReference containment) {
            DocumentFragment fragment = child == null ? null : DocumentFragment.on(child);
            if (fragment != null) {
                String kept = fragment.text(root, containment);
                if (kept != null) {
                    out.writeRaw(kept);
                    return;
                }
                if (!fragment.watchesEverything()) {
                    fragment.detach();
                    fragment = null;
                }
            }
            if (fragment == null && keepFragments && child != null) {
                fragment = DocumentFragment.attach(child);
            }
            if (fragment == null) {
                object(child, containment);
                return;
            }
            long changes = fragment.changes();
            targets = new ArrayList<>();
            targetIds = new ArrayList<>();
            int start = out.beginValue();
            object(child, containment);
            fragment.remember(out.since(start), containment, changes, targets, targetIds);
            targets = null;
            targetIds = null;
        }

        /** A reference inside the aggregate, by the target's id (what emfjson's resource gives as its fragment). */
        private void reference(EObject target) {
            if (target == null || target.eIsProxy() || !EcoreUtil.isAncestor(root, target)) {
                throw Unsupported.INSTANCE;
            }
            String id = EcoreUtil.getID(target);
            if (id == null) {
                throw Unsupported.INSTANCE; // emfjson would write a path fragment
            }
            if (targets != null) {
                targets.add(target);
                targetIds.add(id);
            }
            out.writeStartObject();
            out.writeStringField("eClass", shape(target.eClass()).typeUri);
            out.writeStringField("$ref", id);
            out.writeEndObject();
        }

        /** A value as the store's mapper writes it (Jackson's standard codecs plus PatientJson's module). */
        private void writeValue(Object value) {
            switch (value) {
                case null -> out.writeNull();
                case String text -> out.writeString(text);
                case Integer number -> out.writeNumber(number);
                case Long number -> out.writeNumber(number);
                case Double number when Double.isFinite(number) -> out.writeNumber(number);
                case Float number when Float.isFinite(number) -> out.writeNumber(number);
                case Short number -> out.writeNumber(number);
                case Byte number -> out.writeNumber(number);
                case Boolean flag -> out.writeBoolean(flag);
                case RedFlagCategory category -> out.writeString(category.id());
                case TreatmentComponent component -> out.writeString(component.id());
                case EEnumLiteral dynamic -> throw Unsupported.INSTANCE; // emfjson writes these through databind
                case Enumerator literal -> out.writeString(literal.getLiteral());
                case LocalDate date -> out.writePlainString(date.toString());
                case LocalDateTime time -> out.writePlainString(time.toString());
                case LocalTime time -> out.writePlainString(time.toString());
                case Instant instant -> out.writePlainString(instant.toString());
                case OffsetDateTime time -> out.writePlainString(time.toString());
                case ZonedDateTime time -> out.writePlainString(time.toString());
                default -> throw Unsupported.INSTANCE;
            }
        }
    }

    private enum Kind {
        ATTRIBUTE, ATTRIBUTES, CHILD, CHILDREN, REFERENCE, REFERENCES
    }

    /** A feature as written, with its name already quoted and its id in the class the shape describes. */
    private record Property(EStructuralFeature feature, int featureId, String quotedName, Kind kind) {
    }

    /**
     * What is written of the instances of one class; {@code properties} is {@code null} when
     * the class uses something this writer leaves to emfjson.
     */
    private static final class Shape {
        final EClass eClass;
        final String typeUri;
        final List<Property> properties;
        /** Whether instances answer eIsSet/eGet by the class's feature ids (checked on the first instance). */
        private volatile Boolean featureIds;

        private Shape(EClass eClass, String typeUri, List<Property> properties) {
            this.eClass = eClass;
            this.typeUri = typeUri;
            this.properties = properties;
        }

        static Shape of(EClass eClass) {
            return new Shape(eClass, EcoreUtil.getURI(eClass).toString(), properties(eClass));
        }

        /**
         * @return {@code object} when its feature ids are those of {@link #properties} (the
         *         generated classes: EMF then maps each feature to exactly that id), else
         *         {@code null}: read by feature
         */
        BasicEObjectImpl byFeatureId(EObject object) {
            if (!(object instanceof BasicEObjectImpl basic)) {
                return null;
            }
            Boolean usable = featureIds;
            if (usable == null) {
                boolean same = true;
                for (Property property : properties) {
                    same &= basic.eDerivedStructuralFeatureID(property.feature) == property.featureId;
                }
                usable = same;
                featureIds = usable;
            }
            return usable ? basic : null;
        }

        private static List<Property> properties(EClass eClass) {
            if (annotated(eClass)) {
                return null;
            }
            for (EOperation operation : eClass.getEAllOperations()) {
                if (operation.getEAnnotation("JsonProperty") != null) {
                    return null;
                }
            }
            List<Property> properties = new ArrayList<>();
            for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
                if (annotated(feature) || FeatureMapUtil.isFeatureMap(feature)) {
                    return null;
                }
                Kind kind = feature instanceof EAttribute attribute ? attributeKind(attribute)
                        : referenceKind((EReference) feature);
                if (kind == null) {
                    return null;
                }
                if (!skipped(feature)) {
                    properties.add(new Property(feature, eClass.getFeatureID(feature), JsonText.quote(feature.getName()), kind));
                }
            }
            return List.copyOf(properties);
        }

        /** Features emfjson never writes: derived or transient attributes, transient and container references. */
        private static boolean skipped(EStructuralFeature feature) {
            if (feature instanceof EAttribute) {
                return feature.isDerived() || feature.isTransient();
            }
            EReference opposite = ((EReference) feature).getEOpposite();
            return feature.isTransient() || opposite != null && opposite.isContainment();
        }

        private static Kind attributeKind(EAttribute attribute) {
            Class<?> type = attribute.getEAttributeType().getInstanceClass();
            boolean supported = attribute.getEAttributeType() instanceof EEnum
                    || type != null && VALUE_TYPES.contains(type);
            if (!supported) {
                return null;
            }
            return attribute.isMany() ? Kind.ATTRIBUTES : Kind.ATTRIBUTE;
        }

        private static Kind referenceKind(EReference reference) {
            Class<?> type = reference.getEReferenceType().getInstanceClass();
            if (type != null && Map.Entry.class.isAssignableFrom(type)) {
                return null; // an EMap: emfjson writes it as a JSON object
            }
            if (reference.isContainment()) {
                return reference.isMany() ? Kind.CHILDREN : Kind.CHILD;
            }
            return reference.isMany() ? Kind.REFERENCES : Kind.REFERENCE;
        }

        private static boolean annotated(EModelElement element) {
            for (EAnnotation annotation : element.getEAnnotations()) {
                if (JSON_ANNOTATIONS.contains(annotation.getSource())) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Thrown to leave the whole aggregate to emfjson; carries no stack trace (it is expected, not an error). */
    private static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Unsupported INSTANCE = new Unsupported();

        private Unsupported() {
            super("left to emfjson", null, false, false);
        }
    }
}
