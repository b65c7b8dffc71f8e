package org.physiobench.modality.api;

import java.util.Objects;
import java.util.Optional;

/**
 * A published source supporting (or qualifying) a modality.
 *
 * @param citation the citation as a reader finds it, e.g. "George SZ et al. ... JOSPT 2021"
 * @param doi the DOI without a resolver prefix, e.g. {@code 10.2519/jospt.2021.0304}, or {@code null}
 */
public record EvidenceReference(String citation, String doi) {

    public EvidenceReference {
        Objects.requireNonNull(citation, "citation");
        doi = doi == null || doi.isBlank() ? null : doi.strip();
    }

    /** @return the DOI, when the source has one */
    public Optional<String> optionalDoi() {
        return Optional.ofNullable(doi);
    }
}
