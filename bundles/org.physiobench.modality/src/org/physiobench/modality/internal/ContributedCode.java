package org.physiobench.modality.internal;

import java.lang.reflect.Modifier;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

/**
 * A class named in a contribution (e.g. the {@code validator} attribute), created lazily.
 *
 * <p>When the contribution is read, the class is only loaded and checked (exists, has the
 * right type, can be instantiated), so a typo or a wrong type is rejected at once without
 * running contributed code. The instance is created on first use with
 * {@link IConfigurationElement#createExecutableExtension(String)}, as the platform does for
 * views and editors.
 *
 * @param <T> the API interface the class must implement
 */
final class ContributedCode<T> {

    private final IConfigurationElement element;
    private final String attribute;
    private final Class<T> type;
    private T instance;

    private ContributedCode(IConfigurationElement element, String attribute, Class<T> type) {
        this.element = element;
        this.attribute = attribute;
        this.type = type;
    }

    /**
     * @return the checked, not yet created code, or {@code null} when the attribute is absent
     * @throws InvalidContributionException when the class is missing or of the wrong type
     */
    static <T> ContributedCode<T> check(IConfigurationElement element, String attribute, Class<T> type)
            throws InvalidContributionException {
        String className = ElementText.optional(element, attribute);
        if (className == null) {
            return null;
        }
        // "class:data" is the platform's syntax for initialisation data; only the class matters here.
        String bareName = className.contains(":") ? className.substring(0, className.indexOf(':')) : className;
        Class<?> loaded = load(element, attribute, bareName);
        if (!type.isAssignableFrom(loaded)) {
            throw new InvalidContributionException(attribute + " class " + bareName + " does not implement "
                    + type.getName());
        }
        if (loaded.isInterface() || Modifier.isAbstract(loaded.getModifiers())) {
            throw new InvalidContributionException(attribute + " class " + bareName + " is abstract");
        }
        return new ContributedCode<>(element, attribute, type);
    }

    private static Class<?> load(IConfigurationElement element, String attribute, String className)
            throws InvalidContributionException {
        Bundle bundle = Platform.getBundle(element.getContributor().getName());
        if (bundle == null) {
            throw new InvalidContributionException("contributing bundle is not installed");
        }
        try {
            return bundle.loadClass(className);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new InvalidContributionException(attribute + " class " + className + " not found: " + e, e);
        }
    }

    /**
     * @return the instance, created on the first call
     * @throws InvalidContributionException when it cannot be created (e.g. its constructor throws)
     */
    synchronized T get() throws InvalidContributionException {
        if (instance == null) {
            Object created;
            try {
                created = element.createExecutableExtension(attribute);
            } catch (CoreException | RuntimeException | LinkageError e) {
                throw new InvalidContributionException(attribute + " could not be created: " + describe(e), e);
            }
            if (!type.isInstance(created)) {
                // Possible through an IExecutableExtensionFactory that returns something else.
                throw new InvalidContributionException(attribute + " created a " + created.getClass().getName()
                        + ", not a " + type.getName());
            }
            instance = type.cast(created);
        }
        return instance;
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? e.toString() : e.getMessage() + " (caused by " + root + ")";
    }
}
