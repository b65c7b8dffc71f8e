package org.physiobench.ui.assessment.internal;

import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.physiobench.model.api.ClinicalPackage.Literals;
import org.physiobench.model.api.PainDescription;
import org.physiobench.ui.assessment.api.AssessmentWidgetIds;
import org.physiobench.ui.assessment.api.BodyChart;

/**
 * The nature of the pain: where (the body chart, its clicks recorded as commands), since when
 * and how it started, how it behaves over 24 hours, what makes it worse or better, and its
 * intensity now, at best and at worst on the numeric rating scale 0-10.
 */
final class PainSection {

    /** NPRS: 0 = no pain, 10 = worst imaginable (Ostelo et al. 2008, Spine 33:90-94). */
    static final int NPRS_MAX = 10;
    /** Morning stiffness is recorded in minutes within one day. */
    private static final int MINUTES_PER_DAY = 24 * 60;

    private PainSection() {
    }

    static BodyChart create(FormContext context, Composite parent, Owner pain) {
        Composite client = Sections.create(context, parent, "Nature of the pain",
                "Click a region to mark pain, Shift+click (or radiation mode) to mark radiation below the knee", 2);
        Composite chartColumn = Sections.group(context, client, 1, 1);
        chartColumn.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        BodyChart chart = FormContext.tag(new BodyChart(chartColumn, SWT.BORDER), AssessmentWidgetIds.BODY_CHART);
        GridData chartSize = new GridData(SWT.LEFT, SWT.TOP, false, false);
        chartSize.widthHint = 320;
        chartSize.heightHint = 430;
        chart.setLayoutData(chartSize);
        chart.setEditingDomain(context.domain());
        Supplier<PainDescription> description = () -> (PainDescription) pain.find();
        chart.setInput(description.get());
        context.onRefresh(chart, () -> {
            if (chart.getInput() != description.get()) {
                chart.setInput(description.get());
            }
        });
        Button radiation = FormContext.tag(context.toolkit().createButton(chartColumn, "Radiation mode", SWT.TOGGLE),
                AssessmentWidgetIds.field("pain", "radiationMode"));
        radiation.setToolTipText("While pressed, a click marks pain radiating below the knee");
        radiation.addListener(SWT.Selection, event -> chart.setRadiationMode(radiation.getSelection()));

        Composite fields = Sections.group(context, client, 1, 2);
        GridData fieldsLayout = new GridData(SWT.FILL, SWT.TOP, true, false);
        fieldsLayout.widthHint = 200; // takes what the chart leaves, however long the entries
        fields.setLayoutData(fieldsLayout);
        context.label(fields, "Pain now (0-10)");
        context.number(fields, pain, Literals.PAIN_DESCRIPTION__CURRENT_INTENSITY, id("currentIntensity"), 0, NPRS_MAX, 0);
        context.label(fields, "At best (0-10)");
        context.number(fields, pain, Literals.PAIN_DESCRIPTION__BEST_INTENSITY, id("bestIntensity"), 0, NPRS_MAX, 0);
        context.label(fields, "At worst (0-10)");
        context.number(fields, pain, Literals.PAIN_DESCRIPTION__WORST_INTENSITY, id("worstIntensity"), 0, NPRS_MAX, 0);
        context.label(fields, "Radiates below knee");
        context.check(fields, "yes", pain, Literals.PAIN_DESCRIPTION__RADIATES_BELOW_KNEE,
                id("radiatesBelowKnee"));
        context.label(fields, "Onset date");
        context.date(fields, pain, Literals.PAIN_DESCRIPTION__ONSET_DATE, id("onsetDate"));
        context.label(fields, "Onset");
        context.choice(fields, pain, Literals.PAIN_DESCRIPTION__ONSET_MODE, id("onsetMode"));
        context.label(fields, "Duration");
        context.choice(fields, pain, Literals.PAIN_DESCRIPTION__DURATION_CLASS, id("durationClass"))
                .setToolTipText("Acute under 6 weeks, subacute 6-12 weeks, chronic over 12 weeks");
        context.label(fields, "24-hour pattern");
        context.choice(fields, pain, Literals.PAIN_DESCRIPTION__DAILY_PATTERN, id("dailyPattern"));
        context.label(fields, "Night pain");
        context.check(fields, "yes", pain, Literals.PAIN_DESCRIPTION__NIGHT_PAIN, id("nightPain"));
        context.label(fields, "Morning stiffness (min)");
        context.number(fields, pain, Literals.PAIN_DESCRIPTION__MORNING_STIFFNESS_MINUTES, id("morningStiffnessMinutes"), 0,
                MINUTES_PER_DAY, 0);
        context.label(fields, "Aggravating factors");
        context.textList(fields, pain, Literals.PAIN_DESCRIPTION__AGGRAVATING_FACTORS, id("aggravatingFactors"));
        context.label(fields, "Easing factors");
        context.textList(fields, pain, Literals.PAIN_DESCRIPTION__EASING_FACTORS, id("easingFactors"));
        fieldsBesideChartWhenTheyFit(context, client, chartColumn, fields);
        return chart;
    }

    /**
     * The fields stand beside the chart when the section is wide enough for both, else below it:
     * squeezed beside it in a narrow window, their labels were cut and their inputs pushed out of
     * sight.
     */
    private static void fieldsBesideChartWhenTheyFit(FormContext context, Composite client, Composite chartColumn,
            Composite fields) {
        client.addListener(SWT.Resize, event -> {
            GridLayout layout = (GridLayout) client.getLayout();
            int besideWidth = 2 * layout.marginWidth + chartColumn.computeSize(SWT.DEFAULT, SWT.DEFAULT).x
                    + layout.horizontalSpacing + fields.computeSize(SWT.DEFAULT, SWT.DEFAULT).x;
            int columns = client.getClientArea().width >= besideWidth ? 2 : 1;
            if (layout.numColumns != columns) {
                layout.numColumns = columns;
                context.reflow(client.getParent());
            }
        });
    }

    private static String id(String feature) {
        return AssessmentWidgetIds.field("pain", feature);
    }
}
