package org.physiobench.ui.assessment.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.physiobench.model.api.BodySide;
import org.physiobench.model.api.ClinicalFactory;
import org.physiobench.model.api.ClinicalPackage.Literals;
import org.physiobench.model.api.NeurologicalFinding;
import org.physiobench.model.api.NeurologicalResult;
import org.physiobench.model.api.NeurologicalTestKind;
import org.physiobench.model.api.RangeOfMotion;
import org.physiobench.model.api.SpinalMovement;
import org.physiobench.model.api.StraightLegRaise;
import org.physiobench.ui.assessment.api.AssessmentWidgetIds;

/**
 * The physical examination: active lumbar range of motion per movement, the straight-leg raise
 * on each side, the neurological screen (myotomes, dermatomes, reflexes of the roots L4, L5
 * and S1, which lumbar disc problems affect most), and the directional preference found on
 * repeated movements.
 */
final class ExaminationSection {

    /**
     * Plausibility bounds of the model's validator (ClinicalValidator): lumbar flexion with the
     * hip contribution stays below 120 degrees, the other movements below 90, and an SLR angle
     * beyond 120 degrees of hip flexion is not measurable. They catch typing errors.
     */
    static final int FLEXION_MAX_DEGREES = 120;
    static final int OTHER_MOVEMENT_MAX_DEGREES = 90;
    static final int SLR_MAX_DEGREES = 120;

    /** The nerve roots of the neurological screen. */
    static final List<String> SCREENED_ROOTS = List.of("L4", "L5", "S1");

    /** The first entry of a neurological result choice: no finding recorded. */
    private static final String NOT_TESTED = "not tested";

    private ExaminationSection() {
    }

    static void create(FormContext context, Composite parent, Owner examination) {
        Composite client = Sections.create(context, parent, "Examination",
                "Range of motion in degrees; SLR angle at symptom onset; neurological screen per root and side", 2);
        rangeOfMotion(context, Sections.group(context, client, 2, 4), examination);
        straightLegRaise(context, Sections.group(context, client, 2, 3), examination);
        neurological(context, Sections.group(context, client, 2, 3), examination);
        context.label(client, "Directional preference");
        context.choice(client, examination, Literals.PHYSICAL_EXAMINATION__DIRECTIONAL_PREFERENCE,
                AssessmentWidgetIds.field("exam", "directionalPreference"));
        context.label(client, "Notes");
        context.text(client, examination, Literals.PHYSICAL_EXAMINATION__NOTES, AssessmentWidgetIds.field("exam", "notes"),
                SWT.MULTI | SWT.WRAP);
    }

    private static void rangeOfMotion(FormContext context, Composite grid, Owner examination) {
        for (String title : List.of("Lumbar movement", "Degrees", "Painful", "Note")) {
            Sections.heading(context, grid, title, 1);
        }
        for (SpinalMovement movement : SpinalMovement.values()) {
            Owner rom = examination.entry(Literals.PHYSICAL_EXAMINATION__RANGE_OF_MOTION,
                    entry -> ((RangeOfMotion) entry).getMovement() == movement, () -> {
                        RangeOfMotion created = ClinicalFactory.eINSTANCE.createRangeOfMotion();
                        created.setMovement(movement);
                        return created;
                    });
            String literal = movement.getLiteral();
            context.label(grid, EnumLabels.label(movement));
            int max = movement == SpinalMovement.FLEXION ? FLEXION_MAX_DEGREES : OTHER_MOVEMENT_MAX_DEGREES;
            context.number(grid, rom, Literals.RANGE_OF_MOTION__DEGREES, AssessmentWidgetIds.rangeOfMotion(literal, "degrees"),
                    0, max, 0);
            context.check(grid, "", rom, Literals.RANGE_OF_MOTION__PAINFUL, AssessmentWidgetIds.rangeOfMotion(literal, "painful"));
            context.text(grid, rom, Literals.RANGE_OF_MOTION__NOTE, AssessmentWidgetIds.rangeOfMotion(literal, "note"), SWT.NONE);
        }
    }

    private static void straightLegRaise(FormContext context, Composite grid, Owner examination) {
        for (String title : List.of("Straight-leg raise", "Angle", "Reproduces leg pain")) {
            Sections.heading(context, grid, title, 1);
        }
        for (BodySide side : List.of(BodySide.LEFT, BodySide.RIGHT)) {
            Owner slr = examination.entry(Literals.PHYSICAL_EXAMINATION__STRAIGHT_LEG_RAISES,
                    entry -> ((StraightLegRaise) entry).getSide() == side, () -> {
                        StraightLegRaise created = ClinicalFactory.eINSTANCE.createStraightLegRaise();
                        created.setSide(side);
                        return created;
                    });
            context.label(grid, EnumLabels.label(side));
            context.number(grid, slr, Literals.STRAIGHT_LEG_RAISE__ANGLE_DEGREES,
                    AssessmentWidgetIds.straightLegRaise(side.getLiteral(), "angleDegrees"), 0, SLR_MAX_DEGREES, 0);
            context.check(grid, "positive", slr, Literals.STRAIGHT_LEG_RAISE__POSITIVE,
                    AssessmentWidgetIds.straightLegRaise(side.getLiteral(), "positive"));
        }
    }

    private static void neurological(FormContext context, Composite grid, Owner examination) {
        for (String title : List.of("Neurological screen", "Left", "Right")) {
            Sections.heading(context, grid, title, 1);
        }
        for (NeurologicalTestKind kind : NeurologicalTestKind.values()) {
            for (String root : SCREENED_ROOTS) {
                context.label(grid, root + " " + kind.getLiteral());
                for (BodySide side : List.of(BodySide.LEFT, BodySide.RIGHT)) {
                    finding(context, grid, examination, kind, root, side);
                }
            }
        }
    }

    /** A result choice; "not tested" removes the finding, so only tests done are on record. */
    private static void finding(FormContext context, Composite grid, Owner examination, NeurologicalTestKind kind, String root,
            BodySide side) {
        Owner finding = examination.entry(Literals.PHYSICAL_EXAMINATION__NEUROLOGICAL_FINDINGS, entry -> {
            NeurologicalFinding candidate = (NeurologicalFinding) entry;
            return candidate.getKind() == kind && root.equals(candidate.getLevel()) && candidate.getSide() == side;
        }, () -> {
            NeurologicalFinding created = ClinicalFactory.eINSTANCE.createNeurologicalFinding();
            created.setKind(kind);
            created.setLevel(root);
            created.setSide(side);
            return created;
        });
        Combo combo = FormContext.tag(new Combo(grid, SWT.READ_ONLY | SWT.DROP_DOWN),
                AssessmentWidgetIds.neurological(kind.getLiteral(), root, side.getLiteral()));
        context.toolkit().adapt(combo);
        combo.add(NOT_TESTED);
        NeurologicalResult.VALUES.forEach(result -> combo.add(result.getLiteral()));
        Runnable show = () -> {
            NeurologicalFinding recorded = (NeurologicalFinding) finding.find();
            combo.select(recorded == null ? 0 : NeurologicalResult.VALUES.indexOf(recorded.getResult()) + 1);
        };
        combo.addListener(SWT.Selection, event -> {
            int index = combo.getSelectionIndex();
            NeurologicalFinding recorded = (NeurologicalFinding) finding.find();
            if (index == 0 && recorded != null) {
                ModelEdit edit = new ModelEdit(context.domain(), "Clear " + root + " " + kind.getLiteral());
                edit.remove(recorded.eContainer(), Literals.PHYSICAL_EXAMINATION__NEUROLOGICAL_FINDINGS, recorded);
                edit.apply();
            } else if (index > 0) {
                context.commit(finding, Literals.NEUROLOGICAL_FINDING__RESULT, NeurologicalResult.VALUES.get(index - 1));
            }
        });
        context.onRefresh(combo, show);
        show.run();
    }
}
