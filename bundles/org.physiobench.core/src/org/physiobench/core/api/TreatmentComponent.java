package org.physiobench.core.api;

import java.util.Arrays;
import java.util.Optional;

/**
 * The components of physiotherapy for low back pain that treatment modalities belong to
 * (PhysioBench clinical reference, "The clinical flow"; the patient-centred approach is how
 * plans are revised, not a modality, so it is not a component here).
 *
 * <p>Shared vocabulary: a modality plugin declares its component by {@link #id()}; plan
 * suggestions and the workbench group modalities by it. The declaration order is the order
 * in which the workbench lists the components.
 */
public enum TreatmentComponent {

    PAIN_RELIEF_EXERCISE("pain-relief-exercise", "Exercises for pain relief"),
    MANUAL_THERAPY("manual-therapy", "Manual therapy"),
    EDUCATION_AND_POSTURE("education-posture", "Education and posture correction"),
    CORE_STRENGTHENING("core-strengthening", "Core strengthening"),
    FLEXIBILITY_AND_RANGE_OF_MOTION("flexibility-rom", "Flexibility and range of motion"),
    FUNCTIONAL_TRAINING("functional-training", "Functional training"),
    PREVENTION_AND_HOME_PROGRAMME("prevention-home-programme", "Prevention and home programme"),
    SPORT_PERFORMANCE("sport-performance", "Sport performance and return to sport");

    private final String id;
    private final String label;

    TreatmentComponent(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** @return the stable id used in plugin.xml and the store, e.g. {@code manual-therapy} */
    public String id() {
        return id;
    }

    /** @return the name a therapist reads */
    public String label() {
        return label;
    }

    /** @return the component with this id, if there is one */
    public static Optional<TreatmentComponent> fromId(String id) {
        return Arrays.stream(values()).filter(component -> component.id.equals(id)).findFirst();
    }
}
