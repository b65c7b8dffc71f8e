package org.physiobench.modality.internal;

/** Element and attribute names of schema/modalities.exsd, in one place. */
final class ModalitySchema {

    static final String EXTENSION_POINT_ID = "org.physiobench.modalities";

    static final String MODALITY = "modality";
    static final String ID = "id";
    static final String NAME = "name";
    static final String COMPONENT = "component";
    static final String VALIDATOR = "validator";
    static final String PROGRESSION_RULE = "progressionRule";

    static final String DESCRIPTION = "description";
    static final String PATIENT_INSTRUCTIONS = "patientInstructions";

    static final String PARAMETER = "parameter";
    static final String PARAMETER_NAME = "name";
    static final String PARAMETER_LABEL = "label";
    static final String PARAMETER_UNIT = "unit";
    static final String PARAMETER_TYPE = "type";
    static final String PARAMETER_MIN = "min";
    static final String PARAMETER_MAX = "max";
    static final String PARAMETER_DEFAULT = "default";
    static final String PARAMETER_CHOICES = "choices";

    static final String CONTRAINDICATION = "contraindication";
    static final String CONTRAINDICATION_RED_FLAG = "redFlag";
    static final String CONTRAINDICATION_CONDITION = "condition";
    static final String CONTRAINDICATION_SEVERITY = "severity";
    static final String CONTRAINDICATION_REASON = "reason";

    static final String PROGRESSION = "progression";
    static final String PROGRESSION_HINT = "hint";

    static final String EVIDENCE = "evidence";
    static final String EVIDENCE_CITATION = "citation";
    static final String EVIDENCE_DOI = "doi";

    /** Choices are listed comma-separated in one attribute; blanks around them are ignored. */
    static final String CHOICE_SEPARATOR = ",";

    private ModalitySchema() {
    }
}
