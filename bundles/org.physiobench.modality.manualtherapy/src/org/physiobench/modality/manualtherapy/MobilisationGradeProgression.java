package org.physiobench.modality.manualtherapy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.physiobench.modality.api.LoadResponse;
import org.physiobench.modality.api.ModalityDescriptor;
import org.physiobench.modality.api.ProgressionRule;

/**
 * Maitland grades I-IV: I and II are small and large amplitude movements short of
 * resistance, used for pain; III and IV reach into resistance, used for stiffness (Maitland's
 * Vertebral Manipulation, 7th ed. 2005). When the patient tolerates a grade easily the next
 * one is suggested; when symptoms were aggravated, the previous one. Grade IV and grade I are
 * the limits.
 */
public class MobilisationGradeProgression implements ProgressionRule {

    private static final String GRADE = "grade";
    private static final List<String> GRADES = List.of("I", "II", "III", "IV");

    @Override
    public Map<String, String> next(ModalityDescriptor modality, Map<String, String> current, LoadResponse response) {
        int index = GRADES.indexOf(current.get(GRADE));
        int step = switch (response) {
            case EASY -> 1;
            case TOLERATED -> 0;
            case AGGRAVATED -> -1;
        };
        int next = Math.max(0, Math.min(GRADES.size() - 1, index + step));
        Map<String, String> dosage = new HashMap<>(current);
        dosage.put(GRADE, GRADES.get(next));
        return dosage;
    }
}
