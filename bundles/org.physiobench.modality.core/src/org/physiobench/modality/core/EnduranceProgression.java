package org.physiobench.modality.core;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.physiobench.modality.api.DosageParameter;
import org.physiobench.modality.api.LoadResponse;
import org.physiobench.modality.api.ModalityDescriptor;
import org.physiobench.modality.api.ProgressionRule;

/**
 * Trunk endurance is built by longer holds before more repetitions before more sets
 * (McGill, Low Back Disorders, 3rd ed. 2016: short holds of 8-10 s repeated, rather than
 * long holds). So an easy dosage grows in that order, one step at a time, each within the
 * parameter's range; an aggravating dosage shrinks in the reverse order. Steps: hold 2 s,
 * repetitions 2, sets 1.
 */
public class EnduranceProgression implements ProgressionRule {

    private record Step(String parameter, int amount) {
    }

    private static final List<Step> ORDER = List.of(new Step("holdSeconds", 2), new Step("repetitions", 2),
            new Step("sets", 1));

    @Override
    public Map<String, String> next(ModalityDescriptor modality, Map<String, String> current, LoadResponse response) {
        Map<String, String> dosage = new HashMap<>(current);
        switch (response) {
            case EASY -> ORDER.stream().filter(step -> change(modality, dosage, step, +1)).findFirst();
            case AGGRAVATED -> ORDER.reversed().stream().filter(step -> change(modality, dosage, step, -1)).findFirst();
            case TOLERATED -> {
                // keep the dosage: tolerated but demanding is the training zone
            }
        }
        return dosage;
    }

    /** @return whether the parameter exists and could be changed within its range */
    private static boolean change(ModalityDescriptor modality, Map<String, String> dosage, Step step, int direction) {
        DosageParameter parameter = modality.parameter(step.parameter()).orElse(null);
        if (parameter == null || !dosage.containsKey(step.parameter())) {
            return false;
        }
        BigDecimal value = new BigDecimal(dosage.get(step.parameter()));
        BigDecimal changed = value.add(BigDecimal.valueOf((long) step.amount() * direction));
        BigDecimal limit = direction > 0 ? parameter.maximum() : parameter.minimum();
        if (limit != null && (direction > 0 ? changed.compareTo(limit) > 0 : changed.compareTo(limit) < 0)) {
            changed = limit;
        }
        if (changed.compareTo(value) == 0) {
            return false;
        }
        dosage.put(step.parameter(), changed.toPlainString());
        return true;
    }
}
