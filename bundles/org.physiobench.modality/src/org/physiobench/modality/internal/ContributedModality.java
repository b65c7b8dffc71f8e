package org.physiobench.modality.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.physiobench.core.api.TreatmentComponent;
import org.physiobench.modality.api.Contraindication;
import org.physiobench.modality.api.DosageParameter;
import org.physiobench.modality.api.DosageValidator;
import org.physiobench.modality.api.EvidenceReference;
import org.physiobench.modality.api.LoadResponse;
import org.physiobench.modality.api.ModalityDescriptor;
import org.physiobench.modality.api.ProgressionRule;

/**
 * A modality read from plugin.xml. The declared content is immutable; the contributed code is
 * created on first use and guarded: when it fails, the {@link Quarantine} is told, which logs
 * it and withdraws the modality.
 */
final class ContributedModality implements ModalityDescriptor {

    /** Where a modality whose contributed code failed is reported. */
    interface Quarantine {
        void codeFailed(ContributedModality modality, InvalidContributionException failure);
    }

    private final ModalityContent content;
    private final ContributionOrigin origin;
    private final ContributedCode<DosageValidator> validator;
    private final ContributedCode<ProgressionRule> progressionRule;
    private final Quarantine quarantine;

    ContributedModality(ModalityContent content, ContributionOrigin origin, ContributedCode<DosageValidator> validator,
            ContributedCode<ProgressionRule> progressionRule, Quarantine quarantine) {
        this.content = content;
        this.origin = origin;
        this.validator = validator;
        this.progressionRule = progressionRule;
        this.quarantine = quarantine;
    }

    ContributionOrigin origin() {
        return origin;
    }

    @Override
    public String id() {
        return content.id();
    }

    @Override
    public String name() {
        return content.name();
    }

    @Override
    public TreatmentComponent component() {
        return content.component();
    }

    @Override
    public String description() {
        return content.description();
    }

    @Override
    public String patientInstructions() {
        return content.patientInstructions();
    }

    @Override
    public List<DosageParameter> parameters() {
        return content.parameters();
    }

    @Override
    public List<Contraindication> contraindications() {
        return content.contraindications();
    }

    @Override
    public List<String> progressionHints() {
        return content.progressionHints();
    }

    @Override
    public List<EvidenceReference> evidence() {
        return content.evidence();
    }

    @Override
    public String contributorBundle() {
        return origin.bundleName();
    }

    @Override
    public String contributorVersion() {
        return origin.bundleVersion();
    }

    @Override
    public Map<String, String> defaultDosage() {
        Map<String, String> dosage = new LinkedHashMap<>();
        parameters().stream().filter(parameter -> parameter.defaultValue() != null)
                .forEach(parameter -> dosage.put(parameter.name(), parameter.defaultValue()));
        return dosage;
    }

    @Override
    public boolean hasValidator() {
        return validator != null;
    }

    @Override
    public boolean hasProgressionRule() {
        return progressionRule != null;
    }

    @Override
    public List<String> checkDosage(Map<String, String> dosage) {
        Map<String, String> complete = withDefaults(dosage);
        List<String> problems = checkParameters(dosage, complete);
        if (!problems.isEmpty() || validator == null) {
            return problems;
        }
        try {
            List<String> found = validator.get().validate(this, Map.copyOf(complete));
            return found == null ? List.of() : List.copyOf(found);
        } catch (InvalidContributionException e) {
            return failed(e);
        } catch (RuntimeException | LinkageError e) {
            return failed(new InvalidContributionException("validator threw " + e, e));
        }
    }

    private List<String> failed(InvalidContributionException failure) {
        quarantine.codeFailed(this, failure);
        // Never accept a dosage unchecked: the caller sees why it cannot be accepted.
        return List.of("The dosage check of " + name() + " (" + contributorBundle() + ") failed and the modality was "
                + "withdrawn: " + failure.getMessage());
    }

    @Override
    public Optional<Map<String, String>> suggestNext(Map<String, String> current, LoadResponse response) {
        return suggestNext(current, response, Set.of());
    }

    @Override
    public Optional<Map<String, String>> suggestNext(Map<String, String> current, LoadResponse response,
            Set<String> activeConditions) {
        if (progressionRule == null || !checkDosage(current).isEmpty()) {
            return Optional.empty();
        }
        try {
            Map<String, String> next = progressionRule.get().next(this, Map.copyOf(withDefaults(current)), response,
                    Set.copyOf(activeConditions));
            List<String> problems = next == null ? List.of("no dosage") : checkDosage(next);
            if (!problems.isEmpty()) {
                throw new InvalidContributionException("progression rule suggested an invalid dosage: " + problems);
            }
            return Optional.of(Map.copyOf(next));
        } catch (InvalidContributionException e) {
            quarantine.codeFailed(this, e);
        } catch (RuntimeException | LinkageError e) {
            quarantine.codeFailed(this, new InvalidContributionException("progression rule threw " + e, e));
        }
        return Optional.empty();
    }

    private Map<String, String> withDefaults(Map<String, String> dosage) {
        Map<String, String> complete = defaultDosage();
        complete.putAll(dosage);
        return complete;
    }

    private List<String> checkParameters(Map<String, String> given, Map<String, String> complete) {
        List<String> problems = new ArrayList<>();
        given.keySet().stream().filter(name -> parameter(name).isEmpty()).sorted()
                .forEach(name -> problems.add("'" + name + "' is not a parameter of " + name()));
        for (DosageParameter parameter : parameters()) {
            parameter.check(complete.get(parameter.name())).ifPresent(problems::add);
        }
        return problems;
    }

    @Override
    public String toString() {
        return id() + " (" + contributorBundle() + " " + contributorVersion() + ")";
    }
}
