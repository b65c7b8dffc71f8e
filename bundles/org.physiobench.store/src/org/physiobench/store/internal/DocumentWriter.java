package org.physiobench.store.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.impl.BasicEObjectImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Writes an aggregate as the very text emfjson-jackson writes for it (so emfjson, and the
 * store's own {@link DocumentReader}, read it back unchanged), straight from the objects into one string
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
 * transient and container features ({@link DocumentShape}, shared with the reader); a reference
 * as {@code {"eClass": ..., "$ref": id}}; values with the store's codecs ({@link ValueTexts}).
 * Anything outside that - a reference leaving the aggregate, a target without an id, a proxy,
 * a value type the store's codec does not name, JSON annotations, feature maps - makes
 * {@link #write} answer {@code null}, and the caller serialises with emfjson as before. The
 * store tests compare both writers' text for the example patients.
 */
final class DocumentWriter {

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

    private static DocumentShape shape(EClass eClass) {
        return DocumentShape.of(eClass);
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
            DocumentShape shape = shape(object.eClass());
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
            for (DocumentShape.Property property : shape.properties) {
                if (byId != null ? byId.eIsSet(property.featureId()) : object.eIsSet(property.feature())) {
                    out.writeQuotedFieldName(property.quotedName());
                    property(object, byId, property);
                }
            }
            out.writeEndObject();
        }

        private void property(EObject object, BasicEObjectImpl byId, DocumentShape.Property property) {
            Object value = byId != null ? byId.eGet(property.featureId(), false, true) : object.eGet(property.feature(), false);
            switch (property.kind()) {
                case ATTRIBUTE -> writeValue(value);
                case ATTRIBUTES -> {
                    out.writeStartArray();
                    for (Object item : (List<?>) value) {
                        writeValue(item);
                    }
                    out.writeEndArray();
                }
                case CHILD -> object((EObject) value, (EReference) property.feature());
                case CHILDREN -> {
                    out.writeStartArray();
                    // The objects of the root's children (a patient's episodes) are the fragments.
                    boolean fragments = object.eContainer() == root && targets == null;
                    for (Object child : (List<?>) value) {
                        if (fragments) {
                            fragment((EObject) child, (EReference) property.feature());
                        } else {
                            object((EObject) child, (EReference) property.feature());
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
                case EEnumLiteral dynamic -> throw Unsupported.INSTANCE; // emfjson writes these through databind
                case Enumerator literal -> out.writeString(literal.getLiteral());
                default -> writeText(value);
            }
        }

        /** A value of a type the store's mapper writes with a {@link ValueTexts} codec. */
        private void writeText(Object value) {
            Class<?> type = value instanceof Enum<?> constant ? constant.getDeclaringClass() : value.getClass();
            ValueTexts.Codec<?> codec = ValueTexts.of(type);
            if (codec == null) {
                throw Unsupported.INSTANCE;
            }
            if (codec.plain()) {
                out.writePlainString(codec.text(value));
            } else {
                out.writeString(codec.text(value));
            }
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
