package org.physiobench.modality.manualtherapy;

import java.util.List;
import java.util.Map;

import org.physiobench.modality.api.DosageValidator;
import org.physiobench.modality.api.ModalityDescriptor;

/**
 * A central posteroanterior (PA) pressure is applied on the spinous process, so it has no
 * side; unilateral PA pressures and rotations are applied to one side. The per-parameter
 * choices cannot express that, so this validator does.
 */
public class MobilisationTechniqueValidator implements DosageValidator {

    static final String TECHNIQUE = "technique";
    static final String SIDE = "side";
    static final String CENTRAL_PA = "central-pa";
    static final String NO_SIDE = "none";

    @Override
    public List<String> validate(ModalityDescriptor modality, Map<String, String> dosage) {
        boolean central = CENTRAL_PA.equals(dosage.get(TECHNIQUE));
        boolean sided = !NO_SIDE.equals(dosage.get(SIDE));
        if (central && sided) {
            return List.of("A central PA pressure has no side: choose side 'none' or a unilateral technique");
        }
        if (!central && !sided) {
            return List.of("Technique " + dosage.get(TECHNIQUE) + " is applied to one side: choose left or right");
        }
        return List.of();
    }
}
