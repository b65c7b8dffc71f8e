package org.physiobench.cli.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.physiobench.cli.api.CommandFailure;
import org.physiobench.cli.api.ExitCodes;
import org.physiobench.cli.api.Subcommand;

/**
 * Reads the extension point {@code org.physiobench.cli.subcommands}: names at once, classes on
 * first use ({@code createExecutableExtension} only for the subcommand that was typed, or for all
 * of them when help lists them). A contribution without a name or class, with a name that is
 * taken already, or whose class cannot be created or is no {@link Subcommand} is logged with the
 * extension id and the contributing plug-in and never takes the command line down.
 */
final class ContributedSubcommands implements SubcommandSource {

    static final String EXTENSION_POINT = "org.physiobench.cli.subcommands";
    static final String ELEMENT_SUBCOMMAND = "subcommand";
    static final String ATTRIBUTE_NAME = "name";
    static final String ATTRIBUTE_CLASS = "class";

    private final Map<String, IConfigurationElement> contributions = new LinkedHashMap<>();
    private final Map<String, Subcommand> created = new HashMap<>();
    private final ILog log;

    private ContributedSubcommands(ILog log) {
        this.log = log;
    }

    /**
     * @param builtIn names a contribution may not take
     */
    static ContributedSubcommands read(IExtensionRegistry registry, Collection<String> builtIn, ILog log) {
        ContributedSubcommands source = new ContributedSubcommands(log);
        if (registry == null) {
            return source;
        }
        Set<String> taken = Set.copyOf(builtIn);
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            String name = element.getAttribute(ATTRIBUTE_NAME);
            if (!ELEMENT_SUBCOMMAND.equals(element.getName())) {
                source.problem(element, "unknown element <" + element.getName() + ">", null);
            } else if (name == null || name.isBlank() || element.getAttribute(ATTRIBUTE_CLASS) == null) {
                source.problem(element, "a subcommand needs a name and a class", null);
            } else if (taken.contains(name) || source.contributions.containsKey(name)) {
                source.problem(element, "the subcommand name '" + name + "' is taken already", null);
            } else {
                source.contributions.put(name, element);
            }
        }
        return source;
    }

    @Override
    public List<String> names() {
        return new ArrayList<>(contributions.keySet());
    }

    @Override
    public Optional<Subcommand> find(String name) {
        IConfigurationElement element = contributions.get(name);
        if (element == null) {
            return Optional.empty();
        }
        Subcommand subcommand = created.get(name);
        if (subcommand == null) {
            subcommand = create(name, element);
            created.put(name, subcommand);
        }
        return Optional.of(subcommand);
    }

    private Subcommand create(String name, IConfigurationElement element) {
        Object created;
        try {
            created = element.createExecutableExtension(ATTRIBUTE_CLASS);
        } catch (CoreException | RuntimeException | LinkageError e) {
            throw unavailable(element, name, "its class cannot be created", e);
        }
        if (!(created instanceof Subcommand subcommand)) {
            throw unavailable(element, name, created.getClass().getName() + " is no " + Subcommand.class.getName(),
                    null);
        }
        if (!name.equals(subcommand.name())) {
            throw unavailable(element, name, "its class calls itself '" + subcommand.name() + "'", null);
        }
        return subcommand;
    }

    private CommandFailure unavailable(IConfigurationElement element, String name, String reason, Throwable cause) {
        problem(element, reason, cause);
        return new CommandFailure("subcommand '" + name + "' is installed but broken (" + reason
                + "); details in the log", ExitCodes.FAILURE, cause);
    }

    private void problem(IConfigurationElement element, String message, Throwable cause) {
        String extension = element.getDeclaringExtension().getUniqueIdentifier();
        log.error("Contribution to " + EXTENSION_POINT + " skipped: " + message + " (extension "
                + (extension == null ? "without id" : extension) + ", plug-in "
                + element.getContributor().getName() + ")", cause);
    }
}
