package org.physiobench.store.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emfcloud.jackson.module.EMFModule;
import org.eclipse.emfcloud.jackson.resource.JsonResource;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * Converts a patient aggregate to its JSON document and back in emfjson-jackson's format. The
 * store's own {@link DocumentWriter} and {@link DocumentReader} do it for the shapes they know;
 * emfjson does the rest, the aggregate inside a resource of its own, so references between its
 * objects are written as fragments relative to the aggregate and survive the round trip.
 */
final class PatientJson {

    private static final URI DOCUMENT_URI = URI.createURI("physiobench:/patient.json");

    private final PatientModel model;
    private final ObjectMapper mapper;
    private final DocumentWriter writer;
    private final DocumentReader reader;

    PatientJson(PatientModel model) {
        this.model = model;
        this.mapper = EMFModule.setupDefaultMapper();
        // Compact documents: 100,000 patients are stored, not read by people.
        mapper.disable(SerializationFeature.INDENT_OUTPUT);
        mapper.registerModule(javaTimeModule());
        this.writer = new DocumentWriter();
        this.reader = new DocumentReader(mapper.getFactory(), model.packages(), model.rootClass());
    }

    /**
     * Jackson refuses java.time values without a module, and emfjson hands EDataType values
     * to Jackson, so every java.time type a model may use gets an ISO-8601 text form here, and
     * the shared vocabulary its ids ({@link ValueTexts}, which the store's own writer and reader
     * use too). (Values are not {@code null} here: Jackson writes nulls itself.)
     */
    private static SimpleModule javaTimeModule() {
        SimpleModule module = new SimpleModule("physiobench-java-time");
        for (ValueTexts.Codec<?> codec : ValueTexts.all()) {
            register(module, codec);
        }
        return module;
    }

    private static <T> void register(SimpleModule module, ValueTexts.Codec<T> codec) {
        registerCodec(module, codec.type(), codec.writer(), codec.parser());
    }

    private static <T> void registerCodec(SimpleModule module, Class<T> type, Function<? super T, String> writer,
            Function<String, T> parser) {
        module.addSerializer(type, new JsonSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator generator, SerializerProvider serializers)
                    throws IOException {
                generator.writeString(writer.apply(value));
            }
        });
        module.addDeserializer(type, new JsonDeserializer<T>() {
            @Override
            public T deserialize(JsonParser parser2, DeserializationContext context) throws IOException {
                String text = parser2.getValueAsString();
                try {
                    return text == null || text.isEmpty() ? null : parser.apply(text);
                } catch (RuntimeException e) {
                    return context.reportInputMismatch(type, "'%s' is not a valid %s", text, type.getSimpleName());
                }
            }
        });
    }

    private ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        for (EPackage ePackage : model.packages()) {
            resourceSet.getPackageRegistry().put(ePackage.getNsURI(), ePackage);
        }
        return resourceSet;
    }

    /**
     * @return the JSON document of the aggregate; the aggregate itself is not changed (and
     *         stays where it is: in the editor's resource, or in none)
     */
    String write(EObject patient) throws IOException {
        return write(patient, false);
    }

    /**
     * @param keepFragments whether the writer keeps the text of the patient's sessions,
     *            assessments and plans on them for the next save ({@link DocumentFragment})
     * @return the JSON document of the aggregate; the aggregate's contents are not changed
     */
    String write(EObject patient, boolean keepFragments) throws IOException {
        String document = writer.write(patient, keepFragments);
        return document != null ? document : writeWithEmfjson(patient);
    }

    /**
     * The document as emfjson-jackson writes it: the reference for {@link DocumentWriter}, and
     * what is written when an aggregate holds something that writer leaves to emfjson.
     */
    String writeWithEmfjson(EObject patient) throws IOException {
        // Adding an object to a resource removes it from its current container or resource;
        // serialise a copy when the caller's object lives elsewhere, so the caller's model is
        // never touched.
        EObject subject = patient.eResource() == null && patient.eContainer() == null ? patient
                : EcoreUtil.copy(patient);
        JsonResource resource = new JsonResource(DOCUMENT_URI, mapper);
        newResourceSet().getResources().add(resource);
        resource.getContents().add(subject);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
            resource.save(out, null);
            return out.toString(StandardCharsets.UTF_8);
        } finally {
            resource.getContents().remove(subject);
        }
    }

    /**
     * @return the aggregate of a document: read by the store's own reader ({@link DocumentReader}),
     *         or by emfjson when it holds something that reader leaves to emfjson - the same
     *         objects either way
     * @throws IOException when the text is not JSON, names unknown classes or features, or
     *             its root is not a patient
     */
    EObject read(String document) throws IOException {
        byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
        EObject aggregate = reader.read(bytes);
        return aggregate != null ? aggregate : readWithEmfjson(bytes);
    }

    /**
     * emfjson-jackson 2.2.0 never returns from a {@code null} inside a list of contained objects
     * (e.g. {@code "episodes":[null]}): it loops, allocating, until the heap is exhausted - one
     * corrupt row would take the workbench down. Neither writer puts {@code null} into a list, so
     * any is refused here with a clear error before emfjson sees the document. Malformed JSON is
     * left to emfjson, which reports it as it always has.
     */
    private void refuseEmptyListEntries(byte[] document) throws IOException {
        try (JsonParser parser = mapper.getFactory().createParser(document)) {
            Deque<String> lists = new ArrayDeque<>();
            String field = null;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                switch (token) {
                    case FIELD_NAME -> field = parser.currentName();
                    case START_ARRAY -> lists.push(field == null ? "" : field);
                    case END_ARRAY -> lists.pop();
                    case START_OBJECT -> field = null;
                    case VALUE_NULL -> {
                        if (parser.getParsingContext().inArray()) {
                            throw new IOException("the document is not valid JSON of the patient model: an empty entry"
                                    + " (null) in the list '" + lists.peek() + "'");
                        }
                    }
                    default -> {
                        // values and object ends change nothing here
                    }
                }
            }
        } catch (JsonProcessingException malformed) {
            // emfjson's own error says what is wrong with it
        }
    }

    /**
     * The aggregate as emfjson-jackson reads it: the reference for {@link DocumentReader}, and
     * what is read (or the error reported) when a document holds something that reader leaves
     * to emfjson.
     */
    EObject readWithEmfjson(String document) throws IOException {
        return readWithEmfjson(document.getBytes(StandardCharsets.UTF_8));
    }

    private EObject readWithEmfjson(byte[] document) throws IOException {
        refuseEmptyListEntries(document);
        JsonResource resource = new JsonResource(DOCUMENT_URI, mapper);
        newResourceSet().getResources().add(resource);
        try {
            resource.load(new ByteArrayInputStream(document), null);
        } catch (IOException | RuntimeException e) {
            throw new IOException("the document is not valid JSON of the patient model: "
                    + ConnectionPools.rootMessage(e), e);
        }
        if (!resource.getErrors().isEmpty()) {
            throw new IOException("the document has errors: " + resource.getErrors().get(0).getMessage());
        }
        if (resource.getContents().size() != 1) {
            throw new IOException("the document holds " + resource.getContents().size() + " objects instead of one");
        }
        EObject root = resource.getContents().get(0);
        if (!model.rootClass().isInstance(root)) {
            throw new IOException("the document holds a " + root.eClass().getName() + ", not a "
                    + model.rootClass().getName());
        }
        resource.getContents().remove(root);
        return root;
    }
}
