package org.physiobench.modality.manualtherapy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.physiobench.modality.api.ConditionIds;
import org.physiobench.modality.api.LoadResponse;
import org.physiobench.modality.api.ModalityDescriptor;
import org.physiobench.modality.api.ProgressionRule;

/**
 * Maitland grades I-IV: I and II are small and large amplitude movements short of
 * resistance, used for pain; III and IV reach into resistance, used for stiffness (Maitland's
 * Vertebral Manipulation, 7th ed. 2005). When the patient tolerates a grade easily the next
 * one is suggested; when symptoms were aggravated, the previous one. Grade IV and grade I are
 * the limits.
 *
 * <p>The rule respects the modality's own warnings (plugin.xml): with osteoporosis (fragile
 * bone) or inflammatory arthritis (ligament laxity, ankylosed segments) it never suggests more
 * than grade II, with anticoagulation (bruising) never more than grade III. A current grade above
 * the limit is brought down to it whatever the response.
 */
public class MobilisationGradeProgression implements ProgressionRule {

    private static final String GRADE = "grade";
    private static final List<String> GRADES = List.of("I", "II", "III", "IV");

    /** The highest grade each warning allows, as its reason in plugin.xml says. */
    private static final Map<String, String> HIGHEST_GRADE = Map.of(ConditionIds.OSTEOPOROSIS, "II",
            ConditionIds.INFLAMMATORY_ARTHRITIS, "II", ConditionIds.ANTICOAGULATION, "III");

    @Override
    public Map<String, String> next(ModalityDescriptor modality, Map<String, String> current, LoadResponse response) {
        return next(modality, current, response, Set.of());
    }

    @Override
    public Map<String, String> next(ModalityDescriptor modality, Map<String, String> current, LoadResponse response,
            Set<String> activeConditions) {
        int index = GRADES.indexOf(current.get(GRADE));
        int step = switch (response) {
            case EASY -> 1;
            case TOLERATED -> 0;
            case AGGRAVATED -> -1;
        };
        int highest = activeConditions.stream().filter(HIGHEST_GRADE::containsKey)
                .mapToInt(condition -> GRADES.indexOf(HIGHEST_GRADE.get(condition))).min().orElse(GRADES.size() - 1);
        int next = Math.max(0, Math.min(highest, index + step));
        Map<String, String> dosage = new HashMap<>(current);
        dosage.put(GRADE, GRADES.get(next));
        return dosage;
    }
}
