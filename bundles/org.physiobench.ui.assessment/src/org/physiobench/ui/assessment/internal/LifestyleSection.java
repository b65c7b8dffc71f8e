package org.physiobench.ui.assessment.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.physiobench.model.api.ClinicalPackage.Literals;
import org.physiobench.ui.assessment.api.AssessmentWidgetIds;

/** Lifestyle: work and its physical demand, sitting, activity and sport, sleep, smoking. */
final class LifestyleSection {

    /** Hours in a day: the bound of sitting and sleeping hours. */
    private static final int HOURS_PER_DAY = 24;

    private LifestyleSection() {
    }

    static void create(FormContext context, Composite parent, Owner lifestyle) {
        Composite client = Sections.create(context, parent, "Lifestyle", null, 4);
        context.label(client, "Occupation");
        context.text(client, lifestyle, Literals.LIFESTYLE__OCCUPATION, id("occupation"), SWT.NONE);
        context.label(client, "Work demand");
        context.choice(client, lifestyle, Literals.LIFESTYLE__WORK_DEMAND, id("workDemand"));
        context.label(client, "Sitting (hours/day)");
        context.number(client, lifestyle, Literals.LIFESTYLE__SITTING_HOURS_PER_DAY, id("sittingHoursPerDay"), 0,
                HOURS_PER_DAY, 1);
        context.label(client, "Activity level");
        context.choice(client, lifestyle, Literals.LIFESTYLE__ACTIVITY_LEVEL, id("activityLevel"));
        context.label(client, "Sports");
        context.textList(client, lifestyle, Literals.LIFESTYLE__SPORTS, id("sports"));
        context.label(client, "");
        context.check(client, "Competitive athlete", lifestyle, Literals.LIFESTYLE__COMPETITIVE_ATHLETE, id("competitiveAthlete"));
        context.label(client, "Sleep (hours/night)");
        context.number(client, lifestyle, Literals.LIFESTYLE__SLEEP_HOURS_PER_NIGHT, id("sleepHoursPerNight"), 0,
                HOURS_PER_DAY, 1);
        context.label(client, "");
        context.check(client, "Sleep disturbed by pain", lifestyle, Literals.LIFESTYLE__SLEEP_DISTURBED_BY_PAIN,
                id("sleepDisturbedByPain"));
        context.label(client, "Smoking");
        context.choice(client, lifestyle, Literals.LIFESTYLE__SMOKING, id("smoking"));
    }

    private static String id(String feature) {
        return AssessmentWidgetIds.field("lifestyle", feature);
    }
}
