package org.physiobench.ui.assessment.internal;

import java.util.Objects;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.physiobench.clinical.api.RedFlagQuestion;
import org.physiobench.core.api.RedFlagCategory;
import org.physiobench.model.api.ClinicalFactory;
import org.physiobench.model.api.ClinicalPackage.Literals;
import org.physiobench.model.api.RedFlagAnswer;
import org.physiobench.model.api.ScreeningAnswer;
import org.physiobench.plan.api.RedFlagStatus;
import org.physiobench.ui.assessment.api.AssessmentWidgetIds;

/**
 * The red-flag screening checklist: every question of the clinical rules
 * ({@link RedFlagQuestion}, AHCPR 1994) by category, answered yes / no / not asked, and whether
 * the patient was referred for medical review. The flags raised are shown live in the form's
 * banner.
 */
final class RedFlagSection {

    private RedFlagSection() {
    }

    static void create(FormContext context, Composite parent, Owner screening, Supplier<RedFlagStatus> status) {
        Composite client = Sections.create(context, parent, "Red-flag screening",
                "A yes needs medical referral before treatment (AHCPR 1994)", 2);
        for (RedFlagCategory category : RedFlagCategory.values()) {
            Sections.heading(context, client, category.label(), 2);
            for (RedFlagQuestion question : RedFlagQuestion.values()) {
                if (question.category() == category) {
                    question(context, client, screening, question, status);
                }
            }
        }
        // across both columns: in the answers' column alone its text was cut off
        context.check(client, "Referred for medical review", screening,
                Literals.RED_FLAG_SCREENING__REFERRED_FOR_MEDICAL_REVIEW,
                AssessmentWidgetIds.field("redflags", "referredForMedicalReview"))
                .setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, 2, 1));
        context.label(client, "Notes");
        context.text(client, screening, Literals.RED_FLAG_SCREENING__NOTES, AssessmentWidgetIds.field("redflags", "notes"),
                SWT.MULTI | SWT.WRAP);
    }

    private static void question(FormContext context, Composite client, Owner screening, RedFlagQuestion question,
            Supplier<RedFlagStatus> status) {
        Label label = context.label(client, question.label());
        ((GridData) label.getLayoutData()).widthHint = 260;
        Owner answer = screening.entry(Literals.RED_FLAG_SCREENING__ANSWERS,
                entry -> question.id().equals(((RedFlagAnswer) entry).getQuestionId()), () -> {
                    RedFlagAnswer created = ClinicalFactory.eINSTANCE.createRedFlagAnswer();
                    created.setQuestionId(question.id());
                    created.setCategory(question.category());
                    return created;
                });
        RadioChoice<ScreeningAnswer> choice = new RadioChoice<>(context, client, AssessmentWidgetIds.redFlag(question.id()),
                value -> context.commit(answer, Literals.RED_FLAG_ANSWER__ANSWER, value));
        choice.add("Yes", ScreeningAnswer.YES.getLiteral(), ScreeningAnswer.YES);
        choice.add("No", ScreeningAnswer.NO.getLiteral(), ScreeningAnswer.NO);
        choice.add("Not asked", ScreeningAnswer.NOT_ASKED.getLiteral(), ScreeningAnswer.NOT_ASKED);
        Runnable show = () -> {
            RedFlagAnswer recorded = (RedFlagAnswer) answer.find();
            choice.select(recorded == null ? ScreeningAnswer.NOT_ASKED : recorded.getAnswer());
            boolean fromAge = status.get().fromAge(question)
                    && (recorded == null || !Objects.equals(recorded.getAnswer(), ScreeningAnswer.YES));
            label.setText(question.label() + (fromAge ? "  (yes by the patient's age)" : ""));
        };
        context.onRefresh(choice.control(), show);
        show.run();
    }
}
