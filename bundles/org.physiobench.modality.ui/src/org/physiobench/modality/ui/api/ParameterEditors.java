package org.physiobench.modality.ui.api;

import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.physiobench.modality.ui.internal.ParameterEditorReader;

/** Finds the contributed {@link ParameterEditor} of a modality. */
public final class ParameterEditors {

    private ParameterEditors() {
    }

    /**
     * @param modalityId the id of the modality
     * @return a new editor for it, or empty when none is contributed or the contribution is
     *         broken (then it is logged with its extension id and bundle, and the caller
     *         falls back to the generic form)
     */
    public static Optional<ParameterEditor> create(String modalityId) {
        return new ParameterEditorReader(Platform.getExtensionRegistry(), ParameterEditorReader::log).create(modalityId);
    }
}
