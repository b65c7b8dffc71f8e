package org.example.physiobench.heat;

import java.util.List;
import java.util.Map;

import org.physiobench.modality.api.DosageValidator;
import org.physiobench.modality.api.ModalityDescriptor;

/**
 * The two forms of superficial heat are dosed very differently: a hot pack (about 40-45 C at
 * the skin) for 15-30 minutes, a continuous low-level heat wrap (about 40 C) for hours - 8 h a
 * day in Nadler et al. 2002. A hot pack left on for hours burns; a heat wrap worn for
 * 20 minutes does nothing. A range per parameter cannot say that, this validator does.
 */
public class HeatDosageValidator implements DosageValidator {

    static final int HOT_PACK_MAX_MINUTES = 30;
    static final int HEAT_WRAP_MIN_MINUTES = 240;

    @Override
    public List<String> validate(ModalityDescriptor modality, Map<String, String> dosage) {
        String method = dosage.get("method");
        int minutes = Integer.parseInt(dosage.get("minutes"));
        if ("hot-pack".equals(method) && minutes > HOT_PACK_MAX_MINUTES) {
            return List.of("A hot pack stays on at most " + HOT_PACK_MAX_MINUTES + " min (burn risk); use a heat wrap "
                    + "for longer application");
        }
        if ("heat-wrap".equals(method) && minutes < HEAT_WRAP_MIN_MINUTES) {
            return List.of("A low-level heat wrap works over hours: at least " + HEAT_WRAP_MIN_MINUTES + " min");
        }
        return List.of();
    }
}
