package org.physiobench.ui.assessment.internal;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.physiobench.model.api.ClinicalFactory;
import org.physiobench.model.api.ClinicalPackage.Literals;
import org.physiobench.model.api.MedicalCondition;
import org.physiobench.modality.api.ConditionIds;
import org.physiobench.ui.assessment.api.AssessmentWidgetIds;

/**
 * Medical history: earlier episodes, conditions (with the shared condition id that modality
 * contraindications check), medications and surgeries.
 */
final class HistorySection {

    /**
     * The shared condition ids modality contraindications name ({@link ConditionIds}), sorted;
     * the empty first choice means the condition is none of them.
     */
    static final List<String> CONDITION_IDS = Stream.concat(Stream.of(""), ConditionIds.ALL.stream().sorted()).toList();

    private HistorySection() {
    }

    static void create(FormContext context, Composite parent, Owner history) {
        Composite client = Sections.create(context, parent, "Medical history",
                "Conditions, medications and operations; a condition's contraindication id is checked against planned modalities", 2);
        context.label(client, "Earlier episodes of back pain");
        context.number(client, history, Literals.MEDICAL_HISTORY__PREVIOUS_EPISODES,
                AssessmentWidgetIds.field("history", "previousEpisodes"), 0, 99, 0);

        Sections.heading(context, client, "Conditions", 2);
        new RowList(context, client, history, Literals.MEDICAL_HISTORY__CONDITIONS,
                ClinicalFactory.eINSTANCE::createMedicalCondition, "Add condition", 4, (row, condition) -> {
                    context.text(row, condition, Literals.MEDICAL_CONDITION__NAME, "condition.name", SWT.NONE).setMessage("condition");
                    conditionId(context, row, condition);
                    context.date(row, condition, Literals.MEDICAL_CONDITION__SINCE, "condition.since").setMessage("since");
                    context.check(row, "current", condition, Literals.MEDICAL_CONDITION__CURRENT, "condition.current");
                });

        Sections.heading(context, client, "Medications", 2);
        new RowList(context, client, history, Literals.MEDICAL_HISTORY__MEDICATIONS,
                ClinicalFactory.eINSTANCE::createMedication, "Add medication", 3, (row, medication) -> {
                    context.text(row, medication, Literals.MEDICATION__NAME, "medication.name", SWT.NONE).setMessage("medication");
                    context.text(row, medication, Literals.MEDICATION__DOSE, "medication.dose", SWT.NONE).setMessage("dose");
                    context.text(row, medication, Literals.MEDICATION__REASON, "medication.reason", SWT.NONE).setMessage("reason");
                });

        Sections.heading(context, client, "Operations", 2);
        new RowList(context, client, history, Literals.MEDICAL_HISTORY__SURGERIES,
                ClinicalFactory.eINSTANCE::createSurgery, "Add operation", 3, (row, surgery) -> {
                    context.text(row, surgery, Literals.SURGERY__PROCEDURE, "surgery.procedure", SWT.NONE).setMessage("procedure");
                    context.date(row, surgery, Literals.SURGERY__DATE, "surgery.date");
                    context.text(row, surgery, Literals.SURGERY__NOTES, "surgery.notes", SWT.NONE).setMessage("notes");
                });
    }

    /** The condition id as a choice of the shared ids; an id from elsewhere is added to the choice, not lost. */
    private static void conditionId(FormContext context, Composite row, Owner condition) {
        Combo combo = FormContext.tag(new Combo(row, SWT.READ_ONLY | SWT.DROP_DOWN), "condition.conditionId");
        context.toolkit().adapt(combo);
        combo.setToolTipText("Contraindication id (empty: none): checked against the modalities of the plan");
        CONDITION_IDS.forEach(combo::add);
        Runnable show = () -> {
            String id = ((MedicalCondition) condition.find()).getConditionId();
            String shown = id == null ? "" : id;
            if (!Arrays.asList(combo.getItems()).contains(shown)) {
                combo.add(shown);
            }
            combo.select(Arrays.asList(combo.getItems()).indexOf(shown));
        };
        combo.addListener(SWT.Selection, event -> {
            String chosen = combo.getItem(combo.getSelectionIndex());
            context.commit(condition, Literals.MEDICAL_CONDITION__CONDITION_ID, chosen.isEmpty() ? null : chosen);
        });
        context.onRefresh(combo, show);
        show.run();
    }
}
