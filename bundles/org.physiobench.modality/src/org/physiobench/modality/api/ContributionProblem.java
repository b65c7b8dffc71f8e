package org.physiobench.modality.api;

/**
 * A contribution to {@code org.physiobench.modalities} that was skipped, as the registry
 * logged it: for diagnostics (e.g. the command line shows them to a clinic admin).
 *
 * @param extensionId the id of the {@code <extension>} element, or its point id when it has none
 * @param modalityId the id of the {@code <modality>} element, or {@code null} when it had none
 * @param contributorBundle the symbolic name of the bundle that contributed it
 * @param message what is wrong
 */
public record ContributionProblem(String extensionId, String modalityId, String contributorBundle, String message) {

    @Override
    public String toString() {
        return "Modality " + (modalityId == null ? "(no id)" : "'" + modalityId + "'") + " of extension '"
                + extensionId + "' in bundle " + contributorBundle + " skipped: " + message;
    }
}
