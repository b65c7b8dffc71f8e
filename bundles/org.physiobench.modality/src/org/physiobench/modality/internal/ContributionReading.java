package org.physiobench.modality.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.InvalidRegistryObjectException;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.physiobench.modality.api.ContributionProblem;

/**
 * One pass over the extension point: every valid {@code <modality>} (duplicates not yet
 * resolved) and a problem for every invalid one. Elements read in an earlier pass keep their
 * descriptor, so contributed code is created at most once per element.
 *
 * @param descriptors every valid element with its descriptor, including quarantined ones
 * @param candidates the valid, not quarantined descriptors in reading order
 * @param problems the invalid contributions in reading order
 */
record ContributionReading(Map<IConfigurationElement, ContributedModality> descriptors,
        List<ContributedModality> candidates, List<ContributionProblem> problems) {

    static ContributionReading read(IExtensionRegistry registry, Map<IConfigurationElement, ContributedModality> known,
            Set<IConfigurationElement> quarantined, ContributedModality.Quarantine quarantine) {
        ContributionReading reading = new ContributionReading(new HashMap<>(), new ArrayList<>(), new ArrayList<>());
        IExtensionPoint point = registry.getExtensionPoint(ModalitySchema.EXTENSION_POINT_ID);
        if (point == null) {
            return reading; // the modality bundle itself is being uninstalled
        }
        int position = 0;
        for (IExtension extension : point.getExtensions()) {
            for (IConfigurationElement element : extension.getConfigurationElements()) {
                try {
                    reading.add(element, known, quarantined, quarantine, position++);
                } catch (InvalidRegistryObjectException e) {
                    // Removed while we read it: the removal event triggers another pass.
                }
            }
        }
        return reading;
    }

    private void add(IConfigurationElement element, Map<IConfigurationElement, ContributedModality> known,
            Set<IConfigurationElement> quarantined, ContributedModality.Quarantine quarantine, int position) {
        ContributionOrigin origin = origin(element, position);
        if (!ModalitySchema.MODALITY.equals(element.getName())) {
            problems.add(new ContributionProblem(origin.extensionId(), null, origin.bundleName(),
                    "unknown element <" + element.getName() + "> (expected <modality>)"));
            return;
        }
        ContributedModality modality = known.get(element);
        if (modality == null) {
            try {
                modality = ModalityReader.read(element, origin, quarantine);
            } catch (InvalidContributionException | RuntimeException e) {
                problems.add(new ContributionProblem(origin.extensionId(), element.getAttribute(ModalitySchema.ID),
                        origin.bundleName(), e.getMessage()));
                return;
            }
        }
        descriptors.put(element, modality);
        if (!quarantined.contains(element)) {
            candidates.add(modality);
        }
    }

    private static ContributionOrigin origin(IConfigurationElement element, int position) {
        IExtension extension = element.getDeclaringExtension();
        String extensionId = extension.getUniqueIdentifier() != null ? extension.getUniqueIdentifier()
                : extension.getExtensionPointUniqueIdentifier() + " (extension without id)";
        String bundleName = element.getContributor().getName();
        Bundle bundle = Platform.getBundle(bundleName);
        return bundle == null ? new ContributionOrigin(extensionId, bundleName, "unknown", Long.MAX_VALUE, position)
                : new ContributionOrigin(extensionId, bundleName, bundle.getVersion().toString(), bundle.getBundleId(),
                        position);
    }
}
