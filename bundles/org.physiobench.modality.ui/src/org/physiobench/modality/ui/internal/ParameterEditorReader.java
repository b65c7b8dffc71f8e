package org.physiobench.modality.ui.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.osgi.framework.Bundle;
import org.physiobench.modality.ui.api.ParameterEditor;

/**
 * Reads {@code org.physiobench.modalityEditors}. An editor is created anew for each use (an
 * SWT editor cannot be shared), so nothing is cached: the point is read on each request, which
 * also follows plug-ins installed at run time. Contributions are untrusted: a missing
 * attribute, a class that cannot be created or has the wrong type is reported with the
 * extension id and the contributing bundle, and the caller gets no editor.
 */
public final class ParameterEditorReader {

    static final String EXTENSION_POINT_ID = "org.physiobench.modalityEditors";
    static final String EDITOR = "editor";
    static final String MODALITY = "modality";
    static final String CLASS = "class";

    private final IExtensionRegistry registry;
    private final Consumer<String> problems;

    /**
     * @param registry the extension registry to read
     * @param problems receives one sentence per broken contribution met
     */
    public ParameterEditorReader(IExtensionRegistry registry, Consumer<String> problems) {
        this.registry = Objects.requireNonNull(registry);
        this.problems = Objects.requireNonNull(problems);
    }

    /** @return a new editor for the modality, if one is contributed and can be created */
    public Optional<ParameterEditor> create(String modalityId) {
        List<IConfigurationElement> candidates = Arrays.stream(registry.getConfigurationElementsFor(EXTENSION_POINT_ID))
                .filter(element -> EDITOR.equals(element.getName()))
                .filter(element -> modalityId.equals(element.getAttribute(MODALITY)))
                // Two editors for one modality: the bundle installed first wins, as for modality ids.
                .sorted(Comparator.comparingLong(ParameterEditorReader::bundleId)).toList();
        candidates.stream().skip(1).forEach(duplicate -> report(duplicate, "a second editor for modality '"
                + modalityId + "'; the one of bundle " + candidates.get(0).getContributor().getName() + " is used"));
        return candidates.stream().findFirst().flatMap(this::instantiate);
    }

    private Optional<ParameterEditor> instantiate(IConfigurationElement element) {
        if (element.getAttribute(CLASS) == null || element.getAttribute(CLASS).isBlank()) {
            report(element, "<editor> misses the attribute 'class'");
            return Optional.empty();
        }
        try {
            Object created = element.createExecutableExtension(CLASS);
            if (created instanceof ParameterEditor editor) {
                return Optional.of(editor);
            }
            report(element, created.getClass().getName() + " does not implement " + ParameterEditor.class.getName());
        } catch (CoreException | RuntimeException | LinkageError e) {
            report(element, "class " + element.getAttribute(CLASS) + " could not be created: " + e);
        }
        return Optional.empty();
    }

    private void report(IConfigurationElement element, String message) {
        String extension = element.getDeclaringExtension().getUniqueIdentifier();
        problems.accept("Parameter editor of extension '" + (extension == null ? EXTENSION_POINT_ID : extension)
                + "' in bundle " + element.getContributor().getName() + " skipped: " + message);
    }

    private static long bundleId(IConfigurationElement element) {
        Bundle bundle = Platform.getBundle(element.getContributor().getName());
        return bundle == null ? Long.MAX_VALUE : bundle.getBundleId();
    }

    /** The default problem sink: the Eclipse log. */
    public static void log(String problem) {
        ILog.of(ParameterEditorReader.class).log(Status.error(problem));
    }
}
