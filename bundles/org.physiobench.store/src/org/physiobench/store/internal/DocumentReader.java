package org.physiobench.store.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.impl.BasicEObjectImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Reads a document straight into objects with Jackson's streaming parser, driven by the model
 * ({@link DocumentShape}: each class's features by name), ending in exactly the objects
 * emfjson-jackson reads from it with the store's settings - the reading counterpart of
 * {@link DocumentWriter}.
 * <p>
 * Why: emfjson reads through Jackson's databind; every contained object without an
 * {@code eClass} (nearly all of them) is first copied into a token buffer and parsed a second
 * time, and every property goes through per-call context attributes. For a patient with 300
 * sessions that was almost all of a load (13-56 ms in the workbench) and the garbage that fed
 * the tail's GC pauses.
 * <p>
 * It performs the same operations on the model as emfjson, in the same order: an object is
 * created as the class its {@code eClass} names (a URI of the store's packages, as the writer
 * writes it), else as the containing reference's type; its properties are set in document
 * order ({@code eSet} for single values, {@code add} to the feature's list for many; a JSON
 * {@code null} is skipped, as emfjson skips it); a child is attached once it is read; the
 * references ({@code {"eClass": ..., "$ref": id}}) are resolved after the whole document is
 * read, in document order, to the object of the aggregate whose id
 * ({@link EcoreUtil#getID}) is that id - what emfjson's resource answers for such a fragment.
 * Values use the store's codecs: Jackson's for text, numbers and booleans (only the token each
 * type is written as), {@link ValueTexts} for java.time and the vocabulary, the model's factory
 * for enum literals.
 * <p>
 * Anything else - another token than the writer writes for a feature, an unknown or repeated
 * property, an {@code eClass} after other properties or outside the store's packages, an
 * abstract or unfitting class, a reference it cannot resolve to exactly one object, an id that
 * emfjson would read as a path, a value a codec refuses, text after the document, malformed
 * JSON - makes {@link #read} answer {@code null}, and the caller reads the document with
 * emfjson, which gives today's result or error for it.
 */
final class DocumentReader {

    private static final String TYPE = "eClass";
    private static final String REFERENCE = "$ref";

    private final JsonFactory factory;
    private final EClass rootClass;
    /** The store's classes by the URI the writer gives them. */
    private final Map<String, EClass> classes = new HashMap<>();

    /**
     * @param factory the factory of the mapper emfjson reads with (its parser settings and limits)
     * @param packages the packages whose classes documents may name
     * @param rootClass the class every document's root must be an instance of
     */
    DocumentReader(JsonFactory factory, List<EPackage> packages, EClass rootClass) {
        this.factory = factory;
        this.rootClass = rootClass;
        for (EPackage ePackage : packages) {
            for (EClassifier classifier : ePackage.getEClassifiers()) {
                if (classifier instanceof EClass eClass) {
                    classes.put(DocumentShape.of(eClass).typeUri, eClass);
                }
            }
        }
    }

    /**
     * @param document the document's UTF-8 bytes (what emfjson parses)
     * @return the aggregate, or {@code null} when the document holds something this reader
     *         leaves to emfjson
     */
    EObject read(byte[] document) {
        try (JsonParser parser = factory.createParser(document)) {
            return new Walk(parser).document();
        } catch (Unsupported | IOException e) {
            return null;
        } catch (RuntimeException e) {
            // A value the model refuses (a codec's parse error, an unknown literal, a wrong type):
            // emfjson reports it as it always has.
            return null;
        }
    }

    /** One document being read. */
    private final class Walk {
        private final JsonParser parser;
        /** The objects by id, {@link #AMBIGUOUS} for an id that more than one object has. */
        private final Map<String, EObject> ids = new HashMap<>();
        /** The references, in document order, to resolve once every object is read. */
        private final List<PendingReference> references = new ArrayList<>();

        Walk(JsonParser parser) {
            this.parser = parser;
        }

        EObject document() throws IOException {
            if (parser.nextToken() != JsonToken.START_OBJECT || parser.nextToken() != JsonToken.FIELD_NAME
                    || !TYPE.equals(parser.currentName())) {
                throw Unsupported.INSTANCE;
            }
            EClass eClass = namedClass();
            if (!rootClass.isSuperTypeOf(eClass)) {
                throw Unsupported.INSTANCE;
            }
            EObject root = create(eClass);
            properties(root, DocumentShape.of(eClass), parser.nextToken());
            if (parser.nextToken() != null) {
                throw Unsupported.INSTANCE; // emfjson ignores what follows the root; this reader does not judge it
            }
            for (PendingReference reference : references) {
                reference.resolve(ids);
            }
            return root;
        }

        /** @return the class the current {@code eClass} field's value names */
        private EClass namedClass() throws IOException {
            if (parser.nextToken() != JsonToken.VALUE_STRING) {
                throw Unsupported.INSTANCE;
            }
            EClass eClass = classes.get(parser.getText());
            if (eClass == null) {
                throw Unsupported.INSTANCE;
            }
            return eClass;
        }

        private EObject create(EClass eClass) {
            if (eClass.isAbstract() || eClass.isInterface() || !DocumentShape.of(eClass).readable) {
                throw Unsupported.INSTANCE;
            }
            return EcoreUtil.create(eClass);
        }

        /** Reads the properties of {@code object} from {@code token} (a field name or the object's end) on. */
        private void properties(EObject object, DocumentShape shape, JsonToken token) throws IOException {
            BasicEObjectImpl byId = shape.byFeatureId(object);
            long seen = 0;
            for (; token != JsonToken.END_OBJECT; token = parser.nextToken()) {
                if (token != JsonToken.FIELD_NAME) {
                    throw Unsupported.INSTANCE;
                }
                DocumentShape.Property property = shape.byName.get(parser.currentName());
                if (property == null || (seen & 1L << property.index()) != 0) {
                    throw Unsupported.INSTANCE; // unknown ("eClass" not first, "$ref", ...) or repeated
                }
                seen |= 1L << property.index();
                JsonToken value = parser.nextToken();
                if (value != JsonToken.VALUE_NULL) { // emfjson leaves a feature given as null alone
                    property(object, byId, property, value);
                }
            }
        }

        private void property(EObject object, BasicEObjectImpl byId, DocumentShape.Property property, JsonToken token)
                throws IOException {
            switch (property.kind()) {
                case ATTRIBUTE -> {
                    Object value = value(property, token);
                    if (value != null) { // the store's codecs read an empty text as no value
                        set(object, byId, property, value);
                        if (property.identifier()) {
                            identify(object);
                        }
                    }
                }
                case ATTRIBUTES -> {
                    EList<Object> values = list(object, byId, property, token);
                    for (token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                        Object value = value(property, token);
                        if (value == null) {
                            throw Unsupported.INSTANCE; // Jackson adds nulls to a collection; not judged here
                        }
                        values.add(value);
                    }
                }
                case CHILD -> set(object, byId, property, child((EReference) property.feature(), token));
                case CHILDREN -> {
                    EList<Object> children = list(object, byId, property, token);
                    for (token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                        children.add(child((EReference) property.feature(), token));
                    }
                }
                case REFERENCE -> references.add(reference(object, property, token));
                case REFERENCES -> {
                    expect(token, JsonToken.START_ARRAY);
                    for (token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                        references.add(reference(object, property, token));
                    }
                }
            }
        }

        @SuppressWarnings("unchecked")
        private EList<Object> list(EObject object, BasicEObjectImpl byId, DocumentShape.Property property,
                JsonToken token) {
            expect(token, JsonToken.START_ARRAY);
            return (EList<Object>) (byId != null ? byId.eGet(property.featureId(), true, true)
                    : object.eGet(property.feature()));
        }

        private void set(EObject object, BasicEObjectImpl byId, DocumentShape.Property property, Object value) {
            if (byId != null) {
                byId.eSet(property.featureId(), value);
            } else {
                object.eSet(property.feature(), value);
            }
        }

        /** Notes the id of {@code object} as emfjson's resource finds it ({@link EcoreUtil#getID}). */
        private void identify(EObject object) {
            String id = EcoreUtil.getID(object);
            if (id != null && ids.putIfAbsent(id, object) != null) {
                ids.put(id, AMBIGUOUS);
            }
        }

        /** A contained object, from its start (the current token) to its end. */
        private EObject child(EReference containment, JsonToken token) throws IOException {
            expect(token, JsonToken.START_OBJECT);
            EClass referenceType = containment.getEReferenceType();
            if (!DocumentShape.of(referenceType).readable) {
                throw Unsupported.INSTANCE; // its type may name the type property otherwise
            }
            token = parser.nextToken();
            EClass eClass = referenceType;
            if (token == JsonToken.FIELD_NAME && TYPE.equals(parser.currentName())) {
                eClass = namedClass();
                if (!referenceType.isSuperTypeOf(eClass)) {
                    throw Unsupported.INSTANCE;
                }
                token = parser.nextToken();
            }
            EObject child = create(eClass);
            properties(child, DocumentShape.of(eClass), token);
            return child;
        }

        /** A reference as the writer writes it: {@code {"eClass": type URI, "$ref": id}}. */
        private PendingReference reference(EObject owner, DocumentShape.Property property, JsonToken token)
                throws IOException {
            expect(token, JsonToken.START_OBJECT);
            expect(parser.nextToken(), JsonToken.FIELD_NAME);
            if (!TYPE.equals(parser.currentName())) {
                throw Unsupported.INSTANCE;
            }
            EClass type = namedClass();
            expect(parser.nextToken(), JsonToken.FIELD_NAME);
            if (!REFERENCE.equals(parser.currentName())) {
                throw Unsupported.INSTANCE;
            }
            expect(parser.nextToken(), JsonToken.VALUE_STRING);
            String id = parser.getText();
            expect(parser.nextToken(), JsonToken.END_OBJECT);
            // emfjson's resource reads a fragment starting with '/' as a path and cuts a trailing
            // "?query?"; only a plain id is looked up by id as it is.
            if (id.isEmpty() || id.charAt(0) == '/' || id.charAt(id.length() - 1) == '?') {
                throw Unsupported.INSTANCE;
            }
            return new PendingReference(owner, (EReference) property.feature(), id, type);
        }

        /** @return the value of an attribute's current token, {@code null} for an empty text the store's codecs read as none */
        private Object value(DocumentShape.Property property, JsonToken token) throws IOException {
            if (property.isEnum()) {
                expect(token, JsonToken.VALUE_STRING);
                // What emfjson does for every enum: the model's factory converts the literal.
                return EcoreUtil.createFromString((EDataType) property.feature().getEType(), parser.getText());
            }
            Class<?> type = property.valueType();
            if (type == String.class) {
                expect(token, JsonToken.VALUE_STRING);
                return parser.getText();
            }
            if (type == Integer.class) {
                return number(token, JsonParser.NumberType.INT).getIntValue();
            }
            if (type == Double.class) {
                expect(token, JsonToken.VALUE_NUMBER_FLOAT);
                return parser.getDoubleValue();
            }
            if (type == Boolean.class) {
                if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
                    throw Unsupported.INSTANCE;
                }
                return token == JsonToken.VALUE_TRUE;
            }
            if (type == Long.class) {
                JsonParser.NumberType size = number(token, null).getNumberType();
                if (size != JsonParser.NumberType.INT && size != JsonParser.NumberType.LONG) {
                    throw Unsupported.INSTANCE;
                }
                return parser.getLongValue();
            }
            if (type == Float.class) {
                expect(token, JsonToken.VALUE_NUMBER_FLOAT);
                return parser.getFloatValue();
            }
            if (type == Short.class || type == Byte.class) {
                int value = number(token, JsonParser.NumberType.INT).getIntValue();
                if (type == Short.class ? value != (short) value : value != (byte) value) {
                    throw Unsupported.INSTANCE; // Jackson refuses it
                }
                return type == Short.class ? (Object) (short) value : (Object) (byte) value;
            }
            ValueTexts.Codec<?> codec = ValueTexts.of(type);
            if (codec == null) {
                throw Unsupported.INSTANCE;
            }
            expect(token, JsonToken.VALUE_STRING);
            String text = parser.getText();
            return text.isEmpty() ? null : codec.parser().apply(text);
        }

        /** @return the parser, on an integer of at most {@code size} ({@code null}: any) */
        private JsonParser number(JsonToken token, JsonParser.NumberType size) throws IOException {
            expect(token, JsonToken.VALUE_NUMBER_INT);
            if (size != null && parser.getNumberType() != size) {
                throw Unsupported.INSTANCE; // out of range: Jackson reports it
            }
            return parser;
        }

        private static void expect(JsonToken token, JsonToken expected) {
            if (token != expected) {
                throw Unsupported.INSTANCE;
            }
        }
    }

    /** Stands for an id that more than one object of the document has: emfjson's choice is not guessed. */
    private static final EObject AMBIGUOUS = EcoreUtil.create(EcorePackage.Literals.EOBJECT);

    /** A reference read, set once every object of the document exists. */
    private record PendingReference(EObject owner, EReference reference, String id, EClass type) {

        @SuppressWarnings("unchecked")
        void resolve(Map<String, EObject> ids) {
            EObject target = ids.get(id);
            // The class written beside the id must be the target's: emfjson would ignore a
            // difference, but a document with one was not written by the store.
            if (target == null || target == AMBIGUOUS || target.eClass() != type
                    || !reference.getEReferenceType().isInstance(target)) {
                throw Unsupported.INSTANCE;
            }
            if (reference.isMany()) {
                ((EList<EObject>) owner.eGet(reference, false)).add(target);
            } else {
                owner.eSet(reference, target);
            }
        }
    }

    /** Thrown to leave the whole document to emfjson; carries no stack trace (it is expected, not an error). */
    private static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Unsupported INSTANCE = new Unsupported();

        private Unsupported() {
            super("left to emfjson", null, false, false);
        }
    }
}
