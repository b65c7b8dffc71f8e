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
 * Trunk endurance is built by repeating short holds, not by holding longer (McGill, Low Back
 * Disorders, 3rd ed. 2016: holds of about 10 s, repeated, with the repetitions built up in a
 * descending pyramid, rather than long holds). So an easy dosage grows a hold only up to
 * {@value #SHORT_HOLD_SECONDS} s, then the repetitions, then the sets, one step at a time, each
 * within the parameter's range; a hold longer than {@value #SHORT_HOLD_SECONDS} s is shortened to
 * it and the repetitions grow instead. An aggravating dosage shrinks in the reverse order: sets,
 * repetitions, then the hold. Steps: hold 2 s, repetitions 2, sets 1.
 */
public class EnduranceProgression implements ProgressionRule {

    /** The longest hold this rule suggests (McGill: about 10 s). */
    static final int SHORT_HOLD_SECONDS = 10;

    private static final String HOLD = "holdSeconds";
    private static final String REPETITIONS = "repetitions";

    private record Step(String parameter, int amount) {
    }

    private static final List<Step> GROW = List.of(new Step(HOLD, 2), new Step(REPETITIONS, 2), new Step("sets", 1));

    @Override
    public Map<String, String> next(ModalityDescriptor modality, Map<String, String> current, LoadResponse response) {
        Map<String, String> dosage = new HashMap<>(current);
        switch (response) {
            case EASY -> {
                if (shortenLongHold(modality, dosage)) {
                    change(modality, dosage, new Step(REPETITIONS, 2), +1);
                } else {
                    GROW.stream().filter(step -> change(modality, dosage, step, +1)).findFirst();
                }
            }
            case AGGRAVATED -> GROW.reversed().stream().filter(step -> change(modality, dosage, step, -1)).findFirst();
            case TOLERATED -> {
                // keep the dosage: tolerated but demanding is the training zone
            }
        }
        return dosage;
    }

    /** @return whether the hold was longer than a short hold and is now {@value #SHORT_HOLD_SECONDS} s */
    private static boolean shortenLongHold(ModalityDescriptor modality, Map<String, String> dosage) {
        if (modality.parameter(HOLD).isEmpty() || !dosage.containsKey(HOLD)) {
            return false;
        }
        BigDecimal hold = new BigDecimal(dosage.get(HOLD));
        if (hold.compareTo(BigDecimal.valueOf(SHORT_HOLD_SECONDS)) <= 0) {
            return false;
        }
        dosage.put(HOLD, String.valueOf(SHORT_HOLD_SECONDS));
        return true;
    }

    /** @return whether the parameter exists and could be changed within its range (and a hold within a short hold) */
    private static boolean change(ModalityDescriptor modality, Map<String, String> dosage, Step step, int direction) {
        DosageParameter parameter = modality.parameter(step.parameter()).orElse(null);
        if (parameter == null || !dosage.containsKey(step.parameter())) {
            return false;
        }
        BigDecimal value = new BigDecimal(dosage.get(step.parameter()));
        BigDecimal changed = value.add(BigDecimal.valueOf((long) step.amount() * direction));
        BigDecimal limit = direction > 0 ? parameter.maximum() : parameter.minimum();
        if (direction > 0 && HOLD.equals(step.parameter())) {
            BigDecimal shortHold = BigDecimal.valueOf(SHORT_HOLD_SECONDS);
            limit = limit == null || limit.compareTo(shortHold) > 0 ? shortHold : limit;
        }
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
