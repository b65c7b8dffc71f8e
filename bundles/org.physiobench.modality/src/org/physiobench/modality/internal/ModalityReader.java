package org.physiobench.modality.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IConfigurationElement;
import org.physiobench.core.api.RedFlagCategory;
import org.physiobench.core.api.TreatmentComponent;
import org.physiobench.modality.api.ConditionIds;
import org.physiobench.modality.api.Contraindication;
import org.physiobench.modality.api.ContraindicationSeverity;
import org.physiobench.modality.api.DosageParameter;
import org.physiobench.modality.api.DosageValidator;
import org.physiobench.modality.api.EvidenceReference;
import org.physiobench.modality.api.ProgressionRule;

/**
 * Reads one {@code <modality>} element into a {@link ContributedModality}, checking it as
 * untrusted input: anything the schema requires but the element lacks, or gets wrong, is an
 * {@link InvalidContributionException} with a message naming the problem.
 */
final class ModalityReader {

    /** Lower-case words joined by '-', at least two of them separated by '.': e.g. core.bird-dog. */
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+");

    /** Every element a {@code <modality>} may contain. */
    private static final Set<String> CHILDREN = Set.of(ModalitySchema.DESCRIPTION, ModalitySchema.PATIENT_INSTRUCTIONS,
            ModalitySchema.PARAMETER, ModalitySchema.CONTRAINDICATION, ModalitySchema.PROGRESSION,
            ModalitySchema.EVIDENCE);

    private ModalityReader() {
    }

    static ContributedModality read(IConfigurationElement element, ContributionOrigin origin,
            ContributedModality.Quarantine quarantine) throws InvalidContributionException {
        String id = ElementText.required(element, ModalitySchema.ID);
        if (!ID.matcher(id).matches()) {
            throw new InvalidContributionException("id '" + id + "' is not of the form <component-short>.<name> "
                    + "in lower case, e.g. core.bird-dog");
        }
        rejectUnknownChildren(element);
        String componentId = ElementText.required(element, ModalitySchema.COMPONENT);
        TreatmentComponent component = TreatmentComponent.fromId(componentId)
                .orElseThrow(() -> new InvalidContributionException("unknown component '" + componentId + "'"));
        ModalityContent content = new ModalityContent(id, ElementText.required(element, ModalitySchema.NAME), component,
                ElementText.requiredChildText(element, ModalitySchema.DESCRIPTION),
                ElementText.requiredChildText(element, ModalitySchema.PATIENT_INSTRUCTIONS), parameters(element),
                contraindications(element), progressionHints(element), evidence(element));
        ContributedCode<DosageValidator> validator = ContributedCode.check(element, ModalitySchema.VALIDATOR,
                DosageValidator.class);
        ContributedCode<ProgressionRule> rule = ContributedCode.check(element, ModalitySchema.PROGRESSION_RULE,
                ProgressionRule.class);
        return new ContributedModality(content, origin, validator, rule, quarantine);
    }

    /** A misspelt {@code <contraindication>} would otherwise drop a safety check without a word. */
    private static void rejectUnknownChildren(IConfigurationElement element) throws InvalidContributionException {
        for (IConfigurationElement child : element.getChildren()) {
            if (!CHILDREN.contains(child.getName())) {
                throw new InvalidContributionException("unknown element <" + child.getName() + ">");
            }
        }
    }

    private static List<DosageParameter> parameters(IConfigurationElement element) throws InvalidContributionException {
        List<DosageParameter> parameters = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (IConfigurationElement child : element.getChildren(ModalitySchema.PARAMETER)) {
            DosageParameter parameter = ParameterReader.read(child);
            if (!names.add(parameter.name())) {
                throw new InvalidContributionException("parameter '" + parameter.name() + "' is declared twice");
            }
            parameters.add(parameter);
        }
        return parameters;
    }

    private static List<Contraindication> contraindications(IConfigurationElement element)
            throws InvalidContributionException {
        List<Contraindication> contraindications = new ArrayList<>();
        for (IConfigurationElement child : element.getChildren(ModalitySchema.CONTRAINDICATION)) {
            contraindications.add(contraindication(child));
        }
        return contraindications;
    }

    private static Contraindication contraindication(IConfigurationElement element) throws InvalidContributionException {
        String redFlagId = ElementText.optional(element, ModalitySchema.CONTRAINDICATION_RED_FLAG);
        String condition = ElementText.optional(element, ModalitySchema.CONTRAINDICATION_CONDITION);
        String severityId = ElementText.required(element, ModalitySchema.CONTRAINDICATION_SEVERITY);
        ContraindicationSeverity severity = ContraindicationSeverity.fromId(severityId)
                .orElseThrow(() -> new InvalidContributionException("unknown contraindication severity '" + severityId
                        + "' (expected block or warn)"));
        String reason = ElementText.required(element, ModalitySchema.CONTRAINDICATION_REASON);
        if ((redFlagId == null) == (condition == null)) {
            throw new InvalidContributionException("a <contraindication> names exactly one of redFlag and condition");
        }
        if (redFlagId != null) {
            RedFlagCategory redFlag = RedFlagCategory.fromId(redFlagId)
                    .orElseThrow(() -> new InvalidContributionException("unknown red-flag category '" + redFlagId + "'"));
            return Contraindication.of(redFlag, severity, reason);
        }
        if (!ConditionIds.ALL.contains(condition)) {
            // A misspelt condition would never match a patient: reject rather than lose a safety check.
            throw new InvalidContributionException("unknown condition '" + condition + "'");
        }
        return Contraindication.of(condition, severity, reason);
    }

    private static List<String> progressionHints(IConfigurationElement element) throws InvalidContributionException {
        List<String> hints = new ArrayList<>();
        for (IConfigurationElement child : element.getChildren(ModalitySchema.PROGRESSION)) {
            hints.add(ElementText.required(child, ModalitySchema.PROGRESSION_HINT));
        }
        return hints;
    }

    private static List<EvidenceReference> evidence(IConfigurationElement element) throws InvalidContributionException {
        List<EvidenceReference> evidence = new ArrayList<>();
        for (IConfigurationElement child : element.getChildren(ModalitySchema.EVIDENCE)) {
            evidence.add(new EvidenceReference(ElementText.required(child, ModalitySchema.EVIDENCE_CITATION),
                    ElementText.optional(child, ModalitySchema.EVIDENCE_DOI)));
        }
        return evidence;
    }
}
