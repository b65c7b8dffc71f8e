package org.physiobench.ui.plan.internal;

import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.physiobench.model.api.PlanRevision;
import org.physiobench.model.api.TreatmentPlan;
import org.physiobench.ui.plan.api.PlanWidgetIds;

/** Every revision of every plan of the episode, newest first: when, who, why, agreed with the patient. */
public final class RevisionHistoryPanel {

    private final PlanEditing editing;
    private final Table table;

    public RevisionHistoryPanel(FormToolkit toolkit, Composite parent, PlanEditing editing) {
        this.editing = editing;
        Composite client = FormParts.section(toolkit, parent, "Revision history",
                "Revisions are kept as they were; the last one is in force.", 1);
        table = FormParts.id(FormParts.table(toolkit, client, 1, 110,
                new String[] { "Revision", "When", "Who", "Reason", "Agreed", "Goals", "Interventions" },
                new int[] { 70, 130, 100, 420, 70, 55, 90 }), PlanWidgetIds.REVISIONS);
    }

    public void refresh() {
        table.removeAll();
        List<TreatmentPlan> plans = editing.episode().getPlans();
        for (int p = plans.size() - 1; p >= 0; p--) {
            List<PlanRevision> revisions = plans.get(p).getRevisions();
            for (int r = revisions.size() - 1; r >= 0; r--) {
                PlanRevision revision = revisions.get(r);
                TableItem item = new TableItem(table, 0);
                item.setData(revision);
                item.setText(new String[] { (plans.size() > 1 ? "plan " + (p + 1) + " / " : "") + revision.getRevisionNumber(),
                        revision.getCreatedAt() == null ? "" : PlanSettingsPanel.WHEN.format(revision.getCreatedAt()),
                        FormParts.text(revision.getAuthorId()), FormParts.text(revision.getReason()),
                        revision.isAgreedWithPatient() ? "yes" : "no", Integer.toString(revision.getGoals().size()),
                        Integer.toString(revision.getInterventions().size()) });
            }
        }
    }
}
