package org.physiobench.modality.internal;

/**
 * Where a contribution comes from: for the log and for deciding between duplicate ids.
 *
 * @param extensionId the extension's unique id, or the point id when the extension has none
 * @param bundleName the contributing bundle's symbolic name
 * @param bundleVersion its version
 * @param bundleId its OSGi bundle id: lower means installed earlier
 * @param position the element's position in the registry's reading order, to keep ties stable
 */
record ContributionOrigin(String extensionId, String bundleName, String bundleVersion, long bundleId, int position) {
}
