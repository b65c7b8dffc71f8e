package org.physiobench.ui.assessment.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
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
 * The red-flag screening checklist: every question the triage rules ask ({@link RedFlagQuestion};
 * IFOMPT 2020, GIRFT 2023) by suspected category, then the risk factors, answered yes / no / not
 * asked, and whether the patient was referred for medical review. The patient's age is shown, not
 * asked: the triage takes it from the birth date. The graded triage is shown live in the form's
 * banner.
 */
final class RedFlagSection {

    private RedFlagSection() {
    }

    static void create(FormContext context, Composite parent, Owner screening, Supplier<RedFlagStatus> status) {
        Composite client = Sections.create(context, parent, "Red-flag screening",
                "Graded triage: emergency, urgent, non-urgent or risk factor (IFOMPT 2020, GIRFT 2023)", 2);
        for (RedFlagCategory category : RedFlagCategory.values()) {
            List<RedFlagQuestion> questions = Arrays.stream(RedFlagQuestion.asked())
                    .filter(question -> question.category().equals(Optional.of(category))).toList();
            if (!questions.isEmpty()) {
                Sections.heading(context, client, category.label(), 2);
                questions.forEach(question -> question(context, client, screening, question));
            }
        }
        Sections.heading(context, client, "Risk factors", 2);
        Arrays.stream(RedFlagQuestion.asked()).filter(question -> question.category().isEmpty())
                .forEach(question -> question(context, client, screening, question));
        Label age = context.label(client, "");
        age.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        Runnable showAge = () -> age.setText(ageText(status.get()));
        context.onRefresh(age, showAge);
        showAge.run();
        // across both columns: in the answers' column alone its text was cut off
        context.check(client, "Referred for medical review", screening,
                Literals.RED_FLAG_SCREENING__REFERRED_FOR_MEDICAL_REVIEW,
                AssessmentWidgetIds.field("redflags", "referredForMedicalReview"))
                .setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, 2, 1));
        context.label(client, "Notes");
        context.text(client, screening, Literals.RED_FLAG_SCREENING__NOTES, AssessmentWidgetIds.field("redflags", "notes"),
                SWT.MULTI | SWT.WRAP);
    }

    /** The age line: from the birth date, a risk factor over 50 or under 20 (IFOMPT 2020), never a question. */
    private static String ageText(RedFlagStatus status) {
        if (status.ageYears().isEmpty()) {
            return "Age: no birth date recorded - age over 50 or under 20 is a risk factor";
        }
        int years = status.ageYears().getAsInt();
        boolean risk = status.fromAge(RedFlagQuestion.AGE_OVER_50) || status.fromAge(RedFlagQuestion.AGE_UNDER_20);
        return "Age " + years + " (from the birth date)" + (risk ? ": a risk factor - screen further" : "");
    }

    private static void question(FormContext context, Composite client, Owner screening, RedFlagQuestion question) {
        Label label = context.label(client, question.label());
        ((GridData) label.getLayoutData()).widthHint = 260;
        Owner answer = screening.entry(Literals.RED_FLAG_SCREENING__ANSWERS,
                entry -> question.id().equals(((RedFlagAnswer) entry).getQuestionId()), () -> {
                    RedFlagAnswer created = ClinicalFactory.eINSTANCE.createRedFlagAnswer();
                    created.setQuestionId(question.id());
                    created.setCategory(question.category().orElse(null));
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
        };
        context.onRefresh(choice.control(), show);
        show.run();
    }
}
