package org.physiobench.store.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.impl.BasicEObjectImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.ExtendedMetaData;
import org.eclipse.emf.ecore.util.FeatureMapUtil;

/**
 * What a document holds of the instances of one class, as emfjson-jackson writes and reads it
 * with the store's settings: the features it writes (every structural feature except derived,
 * transient and container features, in {@link EClass#getEAllStructuralFeatures()} order), by
 * name, with their kind. Shared by {@link DocumentWriter} and {@link DocumentReader}, so the two
 * agree on what they handle; {@link #properties} is {@code null} when the class uses something
 * both leave to emfjson (JSON annotations, feature maps, EMaps, value types without a known
 * codec).
 */
final class DocumentShape {

    /** Annotation sources by which emfjson changes names, types or what it writes. */
    private static final Set<String> JSON_ANNOTATIONS = Set.of("JsonProperty", "JsonAlias", "JsonIgnore",
            "JsonType", "JsonIdentity", "JsonRawValue", ExtendedMetaData.ANNOTATION_URI);

    /** Attribute types Jackson's standard codecs handle (the rest: {@link ValueTexts} or enums). */
    private static final Set<Class<?>> JACKSON_TYPES = Set.of(String.class, int.class, Integer.class, long.class,
            Long.class, short.class, Short.class, byte.class, Byte.class, double.class, Double.class, float.class,
            Float.class, boolean.class, Boolean.class);

    /** The most properties a readable class may have: {@link DocumentReader} tracks them in one {@code long}. */
    static final int MAX_READ_PROPERTIES = Long.SIZE;

    enum Kind {
        ATTRIBUTE, ATTRIBUTES, CHILD, CHILDREN, REFERENCE, REFERENCES
    }

    /**
     * A feature as written, with its name already quoted, its id in the class the shape
     * describes and its position among the shape's properties.
     *
     * @param valueType for an attribute not of an enum type: its instance class (primitives as
     *            their wrapper), else {@code null}
     * @param identifier whether the feature is the class's id attribute
     */
    record Property(EStructuralFeature feature, int featureId, String quotedName, Kind kind, int index,
            Class<?> valueType, boolean identifier) {

        boolean isEnum() {
            return feature.getEType() instanceof EEnum;
        }
    }

    /** Shapes by class, shared by every writer and reader of the store (a model's classes do not change). */
    private static final Map<EClass, DocumentShape> SHAPES = new ConcurrentHashMap<>();

    final EClass eClass;
    final String typeUri;
    final List<Property> properties;
    /** The properties by feature name; {@code null} when {@link #properties} is. */
    final Map<String, Property> byName;
    /**
     * Whether {@link DocumentReader} reads instances: besides {@link #properties}, no generic
     * references (emfjson reifies their types) and at most {@link #MAX_READ_PROPERTIES}.
     */
    final boolean readable;
    /** Whether instances answer eIsSet/eGet by the class's feature ids (checked on the first instance). */
    private volatile Boolean featureIds;

    private DocumentShape(EClass eClass, List<Property> properties) {
        this.eClass = eClass;
        this.typeUri = EcoreUtil.getURI(eClass).toString();
        this.properties = properties;
        this.byName = properties == null ? null : byName(properties);
        this.readable = properties != null && properties.size() <= MAX_READ_PROPERTIES
                && properties.stream().noneMatch(p -> generic(p.feature));
    }

    /** @return the shape of {@code eClass} */
    static DocumentShape of(EClass eClass) {
        return SHAPES.computeIfAbsent(eClass, type -> new DocumentShape(type, properties(type)));
    }

    /**
     * @return {@code object} when its feature ids are those of {@link #properties} (the
     *         generated classes: EMF then maps each feature to exactly that id), else
     *         {@code null}: read and set by feature
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

    private static Map<String, Property> byName(List<Property> properties) {
        Map<String, Property> byName = new HashMap<>();
        for (Property property : properties) {
            byName.put(property.feature.getName(), property);
        }
        return Map.copyOf(byName);
    }

    private static boolean generic(EStructuralFeature feature) {
        return feature.getEGenericType().getETypeParameter() != null
                || !feature.getEGenericType().getETypeArguments().isEmpty();
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
                properties.add(new Property(feature, eClass.getFeatureID(feature), JsonText.quote(feature.getName()),
                        kind, properties.size(), valueType(feature), feature == eClass.getEIDAttribute()));
            }
        }
        return List.copyOf(properties);
    }

    private static Class<?> valueType(EStructuralFeature feature) {
        if (!(feature instanceof EAttribute attribute) || attribute.getEAttributeType() instanceof EEnum) {
            return null;
        }
        Class<?> type = attribute.getEAttributeType().getInstanceClass();
        return type.isPrimitive() ? EcoreUtil.wrapperClassFor(type) : type;
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
                || type != null && (JACKSON_TYPES.contains(type) || ValueTexts.of(type) != null);
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
