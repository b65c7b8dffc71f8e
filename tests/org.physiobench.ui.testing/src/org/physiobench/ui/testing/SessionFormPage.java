package org.physiobench.ui.testing;

import java.util.List;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.physiobench.modality.ui.api.DosageForm;
import org.physiobench.ui.plan.api.PlanWidgetIds;
import org.physiobench.ui.plan.api.SessionForm;

/**
 * Drives a {@link SessionForm} as a therapist would (page object): record a new session, enter
 * pain before and after, adherence, the SOAP note and the dosage actually delivered. Call on the
 * UI thread; each step delivers pending events before it returns.
 */
public final class SessionFormPage {

    private final SessionForm form;

    public SessionFormPage(SessionForm form) {
        this.form = form;
    }

    private <T extends Control> T find(String id, Class<T> type) {
        return Widgets.find(form.getControl(), PlanWidgetIds.KEY, id, type);
    }

    /** Clicks "New session": today's visit with the plan's interventions pre-filled, then selected. */
    public SessionFormPage newSession() {
        Widgets.click(find(PlanWidgetIds.NEW_SESSION, Button.class));
        return this;
    }

    /** Presses "Delete session" (the form's confirmation decides whether it happens). */
    public SessionFormPage deleteSession() {
        Widgets.click(find(PlanWidgetIds.DELETE_SESSION, Button.class));
        return this;
    }

    /** @return whether "Delete session" can be pressed (a session is selected) */
    public boolean canDeleteSession() {
        return find(PlanWidgetIds.DELETE_SESSION, Button.class).isEnabled();
    }

    /** Selects the session in row {@code index} (sessions by date, oldest first). */
    public SessionFormPage selectSession(int index) {
        Widgets.selectRow(find(PlanWidgetIds.SESSIONS, Table.class), index);
        return this;
    }

    /** @param before NPRS 0-10, or null for "not asked"; @param after likewise */
    public SessionFormPage setPain(Integer before, Integer after) {
        Widgets.choose(find(PlanWidgetIds.PAIN_BEFORE, Combo.class), label(before));
        Widgets.choose(find(PlanWidgetIds.PAIN_AFTER, Combo.class), label(after));
        return this;
    }

    private static String label(Integer pain) {
        return pain == null ? "not asked" : pain.toString();
    }

    /** @return the choices the pain fields offer (so a test can see that out-of-range values are not among them) */
    public List<String> painChoices() {
        return List.of(find(PlanWidgetIds.PAIN_BEFORE, Combo.class).getItems());
    }

    /** @param percent 0-100 (the spinner clamps other values), or null for "not asked" */
    public SessionFormPage setAdherence(Integer percent) {
        Button asked = find(PlanWidgetIds.ADHERENCE_ASKED, Button.class);
        if (asked.getSelection() != (percent != null)) {
            Widgets.click(asked);
        }
        if (percent != null) {
            Widgets.spin(find(PlanWidgetIds.ADHERENCE, Spinner.class), percent);
        }
        return this;
    }

    /** Types the SOAP note; a null part is left as it is. */
    public SessionFormPage setSoap(String subjective, String objective, String assessment, String plan) {
        typeIfGiven(PlanWidgetIds.SUBJECTIVE, subjective);
        typeIfGiven(PlanWidgetIds.OBJECTIVE, objective);
        typeIfGiven(PlanWidgetIds.ASSESSMENT, assessment);
        typeIfGiven(PlanWidgetIds.PLAN, plan);
        return this;
    }

    private void typeIfGiven(String id, String value) {
        if (value != null) {
            Widgets.type(find(id, Text.class), value);
        }
    }

    /** @return the modality ids of the delivered interventions shown, in order */
    public List<String> deliveredModalityIds() {
        return Widgets.findAll(form.getControl(), PlanWidgetIds.KEY, PlanWidgetIds.DELIVERED, Composite.class).stream()
                .map(box -> (String) box.getData(PlanWidgetIds.MODALITY_KEY)).toList();
    }

    private Composite delivered(String modalityId) {
        return Widgets.findAll(form.getControl(), PlanWidgetIds.KEY, PlanWidgetIds.DELIVERED, Composite.class).stream()
                .filter(box -> modalityId.equals(box.getData(PlanWidgetIds.MODALITY_KEY))).findFirst()
                .orElseThrow(() -> new AssertionError("No delivered " + modalityId + "; shown: " + deliveredModalityIds()));
    }

    /** Sets one parameter of the dosage delivered for {@code modalityId}. */
    public SessionFormPage setDeliveredDosage(String modalityId, String parameter, String value) {
        DosageInputs.set(Widgets.find(delivered(modalityId), DosageForm.PARAMETER_KEY, parameter, Control.class), value);
        return this;
    }

    /** Types the patient's response to the delivered {@code modalityId}. */
    public SessionFormPage setResponse(String modalityId, String response) {
        Widgets.type(Widgets.find(delivered(modalityId), PlanWidgetIds.KEY, PlanWidgetIds.RESPONSE, Text.class), response);
        return this;
    }

    /** @return the sessions table, row by row (date, pain, adherence, interventions) */
    public List<List<String>> sessions() {
        return Widgets.rows(find(PlanWidgetIds.SESSIONS, Table.class));
    }
}
