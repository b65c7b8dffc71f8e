package org.physiobench.ui.assessment.internal;

import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.physiobench.clinical.api.InstrumentRegistry;
import org.physiobench.model.api.Assessment;
import org.physiobench.model.api.ClinicalFactory;
import org.physiobench.model.api.ClinicalPackage.Literals;
import org.physiobench.plan.api.RedFlagStatus;
import org.physiobench.ui.assessment.api.AssessmentWidgetIds;
import org.physiobench.ui.assessment.api.BodyChart;

/**
 * Where the sections of the assessment form go: the pain (with the body chart), history and
 * lifestyle on the left; red-flag screening and examination on the right; outcome measures
 * across the bottom. A section the record does not have yet (an older assessment) is created
 * with the first value entered into it.
 */
public final class AssessmentLayout {

    /** The width a column asks for: it gets its share of the form's width, whatever its content. */
    private static final int NARROWEST_COLUMN = 300;

    private AssessmentLayout() {
    }

    /** @return the body chart of the pain section */
    public static BodyChart create(FormContext context, Composite body, Assessment assessment, InstrumentRegistry instruments,
            Supplier<RedFlagStatus> redFlags) {
        Owner record = Owner.of(assessment);
        ClinicalFactory factory = ClinicalFactory.eINSTANCE;
        Composite left = column(context, body);
        Composite right = column(context, body);

        BodyChart chart = PainSection.create(context, left, record.child(Literals.ASSESSMENT__PAIN, factory::createPainDescription));
        HistorySection.create(context, left, record.child(Literals.ASSESSMENT__MEDICAL_HISTORY, factory::createMedicalHistory));
        LifestyleSection.create(context, left, record.child(Literals.ASSESSMENT__LIFESTYLE, factory::createLifestyle));
        visit(context, right, record);
        RedFlagSection.create(context, right,
                record.child(Literals.ASSESSMENT__RED_FLAG_SCREENING, factory::createRedFlagScreening), redFlags);
        ExaminationSection.create(context, right,
                record.child(Literals.ASSESSMENT__EXAMINATION, factory::createPhysicalExamination));

        Composite bottom = Sections.group(context, body, 2, 1);
        ((GridData) bottom.getLayoutData()).widthHint = NARROWEST_COLUMN;
        new InstrumentsSection(context, assessment, instruments).create(bottom);
        context.refresh();
        return chart;
    }

    /** When and what kind of assessment, and the therapist's notes on it. */
    private static void visit(FormContext context, Composite parent, Owner assessment) {
        Composite client = Sections.create(context, parent, "Assessment", null, 4);
        context.label(client, "Date");
        context.date(client, assessment, Literals.ASSESSMENT__DATE, AssessmentWidgetIds.field("assessment", "date"));
        context.label(client, "Kind");
        context.choice(client, assessment, Literals.ASSESSMENT__KIND, AssessmentWidgetIds.field("assessment", "kind"));
        context.label(client, "Notes");
        Text notes = context.text(client, assessment, Literals.ASSESSMENT__NOTES, AssessmentWidgetIds.field("assessment", "notes"),
                SWT.MULTI | SWT.WRAP);
        ((GridData) notes.getLayoutData()).horizontalSpan = 3;
    }

    private static Composite column(FormContext context, Composite body) {
        Composite column = Sections.group(context, body, 1, 1);
        GridData layout = new GridData(SWT.FILL, SWT.TOP, true, false);
        // the columns share the form's width; their content wraps instead of widening the form
        layout.widthHint = NARROWEST_COLUMN;
        column.setLayoutData(layout);
        return column;
    }
}
