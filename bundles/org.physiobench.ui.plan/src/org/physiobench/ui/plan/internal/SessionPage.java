package org.physiobench.ui.plan.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.physiobench.modality.api.ModalityRegistry;
import org.physiobench.model.api.ClinicalFactory;
import org.physiobench.model.api.ClinicalIds;
import org.physiobench.model.api.ClinicalPackage;
import org.physiobench.model.api.ClinicalRecords;
import org.physiobench.model.api.DeliveredIntervention;
import org.physiobench.model.api.EpisodeOfCare;
import org.physiobench.model.api.PlanRevision;
import org.physiobench.model.api.PlannedIntervention;
import org.physiobench.model.api.Session;
import org.physiobench.model.api.SoapNote;
import org.physiobench.plan.api.PlanInForce;
import org.physiobench.ui.plan.api.PlanWidgetIds;

/** The implementation of {@link org.physiobench.ui.plan.api.SessionForm}. */
public final class SessionPage {

    /** Item 0 of a pain choice; items 1..11 are 0..10 (NPRS). */
    static final String NOT_ASKED = "not asked";
    static final int NPRS_MAX = 10;

    private final FormToolkit toolkit;
    private final EditingDomain domain;
    private final EpisodeOfCare episode;
    private final ModalityRegistry registry;
    private final ScrolledForm form;
    private final Table sessions;
    private final Composite detail;
    private final Composite deliveredArea;
    private final DateTime date;
    private final Text therapist;
    private final Combo painBefore;
    private final Combo painAfter;
    private final Button adherenceAsked;
    private final Spinner adherence;
    private final Text subjective;
    private final Text objective;
    private final Text assessment;
    private final Text plan;
    private final Button deleteSession;
    private final List<DeliveredEditor> deliveredEditors = new ArrayList<>();
    private Predicate<String> confirmation = question -> MessageDialog.openConfirm(getControl().getShell(), "Delete session",
            question);
    private Supplier<String> actor = () -> System.getProperty("user.name", "therapist");
    private Clock clock = Clock.systemDefaultZone();
    private Session shown;
    private boolean refreshing;

    public SessionPage(Composite parent, FormToolkit toolkit, EditingDomain domain, EpisodeOfCare episode,
            ModalityRegistry registry) {
        this.toolkit = toolkit;
        this.domain = domain;
        this.episode = episode;
        this.registry = registry;
        form = toolkit.createScrolledForm(parent);
        form.setText("Sessions");
        Composite body = form.getBody();
        body.setLayout(new GridLayout(2, false));

        Composite listClient = FormParts.section(toolkit, body, "Visits", null, 1);
        ((GridData) listClient.getParent().getLayoutData()).grabExcessHorizontalSpace = false;
        ((GridData) listClient.getParent().getLayoutData()).widthHint = 370;
        Button newSession = FormParts.id(toolkit.createButton(listClient, "New session", SWT.PUSH), PlanWidgetIds.NEW_SESSION);
        newSession.setToolTipText("Records today's visit with the interventions of the plan in force");
        newSession.addListener(SWT.Selection, event -> newSession());
        sessions = FormParts.id(FormParts.table(toolkit, listClient, 1, 260,
                new String[] { "Date", "Pain", "Adherence", "Interventions" }, new int[] { 90, 60, 90, 100 }),
                PlanWidgetIds.SESSIONS);
        sessions.addListener(SWT.Selection, event -> showSelected());
        deleteSession = FormParts.id(toolkit.createButton(listClient, "Delete session", SWT.PUSH), PlanWidgetIds.DELETE_SESSION);
        deleteSession.setToolTipText("Removes the selected visit, e.g. one recorded for the wrong patient or day");
        deleteSession.addListener(SWT.Selection, event -> deleteSelected());

        detail = FormParts.section(toolkit, body, "Session", null, 4);
        toolkit.createLabel(detail, "Date:");
        date = FormParts.id(new DateTime(detail, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER), PlanWidgetIds.SESSION_DATE);
        date.addListener(SWT.Selection, event -> set(ClinicalPackage.Literals.SESSION__DATE,
                LocalDate.of(date.getYear(), date.getMonth() + 1, date.getDay())));
        toolkit.createLabel(detail, "Therapist:");
        therapist = FormParts.id(toolkit.createText(detail, ""), PlanWidgetIds.THERAPIST);
        GridData therapistData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        therapistData.widthHint = 140;
        therapist.setLayoutData(therapistData);
        therapist.addModifyListener(event -> set(ClinicalPackage.Literals.SESSION__THERAPIST_ID, blankToNull(therapist.getText())));
        toolkit.createLabel(detail, "Pain before (NPRS):");
        painBefore = painChoice(PlanWidgetIds.PAIN_BEFORE, ClinicalPackage.Literals.SESSION__PAIN_BEFORE);
        toolkit.createLabel(detail, "Pain after (NPRS):");
        painAfter = painChoice(PlanWidgetIds.PAIN_AFTER, ClinicalPackage.Literals.SESSION__PAIN_AFTER);
        adherenceAsked = FormParts.id(toolkit.createButton(detail, "Home programme adherence:", SWT.CHECK),
                PlanWidgetIds.ADHERENCE_ASKED);
        Composite adherenceRow = FormParts.row(toolkit, detail, 2, 3);
        adherence = FormParts.id(new Spinner(adherenceRow, SWT.BORDER), PlanWidgetIds.ADHERENCE);
        adherence.setValues(0, 0, 100, 0, 5, 10);
        toolkit.adapt(adherence);
        toolkit.createLabel(adherenceRow, "% done since the last visit");
        adherence.setToolTipText("Share of the prescribed home exercise done since the last visit, 0-100 %");
        adherenceAsked.addListener(SWT.Selection, event -> storeAdherence());
        adherence.addListener(SWT.Selection, event -> storeAdherence());
        adherence.addModifyListener(event -> storeAdherence());

        subjective = soapText("Subjective:", PlanWidgetIds.SUBJECTIVE, ClinicalPackage.Literals.SOAP_NOTE__SUBJECTIVE);
        objective = soapText("Objective:", PlanWidgetIds.OBJECTIVE, ClinicalPackage.Literals.SOAP_NOTE__OBJECTIVE);
        assessment = soapText("Assessment:", PlanWidgetIds.ASSESSMENT, ClinicalPackage.Literals.SOAP_NOTE__ASSESSMENT);
        plan = soapText("Plan:", PlanWidgetIds.PLAN, ClinicalPackage.Literals.SOAP_NOTE__PLAN);

        Label deliveredTitle = toolkit.createLabel(detail, "Interventions delivered (dosage as given):");
        deliveredTitle.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
        deliveredTitle.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1));
        deliveredArea = toolkit.createComposite(detail);
        deliveredArea.setLayout(new GridLayout(1, false));
        deliveredArea.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1));

        ModelWatcher watcher = new ModelWatcher(form, this::refresh);
        watcher.watch(episode);
        refresh();
    }

    private Combo painChoice(String id, EStructuralFeature feature) {
        Combo combo = FormParts.id(new Combo(detail, SWT.READ_ONLY), id);
        combo.add(NOT_ASKED);
        for (int value = 0; value <= NPRS_MAX; value++) {
            combo.add(Integer.toString(value));
        }
        GridData data = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        data.widthHint = 110;
        combo.setLayoutData(data);
        combo.addListener(SWT.Selection, event -> {
            int index = combo.getSelectionIndex();
            set(feature, index <= 0 ? null : index - 1);
        });
        return combo;
    }

    private Text soapText(String label, String id, EStructuralFeature feature) {
        Text text = FormParts.multiLineText(toolkit, detail, label, id, 3, 40);
        text.addModifyListener(event -> setSoap(feature, blankToNull(text.getText())));
        return text;
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }

    public Control getControl() {
        return form;
    }

    public void setActor(Supplier<String> actor) {
        this.actor = Objects.requireNonNull(actor);
    }

    public void setClock(Clock clock) {
        this.clock = Objects.requireNonNull(clock);
    }

    public Optional<Session> selectedSession() {
        return Optional.ofNullable(shown);
    }

    private List<Session> sessionsByDate() {
        return episode.getSessions().stream()
                .sorted(Comparator.comparing(Session::getDate, Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
    }

    /** The revision in force of the last draft or active plan, if any. */
    private Optional<PlanRevision> planInForce() {
        return PlanInForce.revision(episode);
    }

    private void newSession() {
        Session[] created = new Session[1];
        Optional<PlanRevision> revision = planInForce();
        ChangeCommand command = new ChangeCommand(episode) {
            @Override
            protected void doExecute() {
                Session session = ClinicalRecords.newSession(episode, LocalDate.now(clock), actor.get());
                revision.ifPresent(planned -> planned.getInterventions().forEach(intervention -> {
                    session.getInterventions().add(delivered(intervention));
                }));
                created[0] = session;
            }
        };
        command.setLabel("New session");
        domain.getCommandStack().execute(command);
        refresh();
        select(created[0]);
    }

    /**
     * Deletes the selected session after the therapist confirmed. Undo brings it back until the
     * record is saved; the question says so, since a saved record keeps no copy of it (the audit
     * trail records the save, not the note).
     */
    private void deleteSelected() {
        if (shown == null) {
            return;
        }
        Session session = shown;
        String question = "Delete the session of " + FormParts.text(session.getDate())
                + (session.getTherapistId() == null ? "" : " (" + session.getTherapistId() + ")")
                + " with its note and the interventions delivered?\n\nUntil the record is saved, Undo brings it back; "
                + "once saved, the record no longer holds it.";
        if (!confirmation.test(question)) {
            return;
        }
        Command remove = RemoveCommand.create(domain, episode, ClinicalPackage.Literals.EPISODE_OF_CARE__SESSIONS, session);
        if (remove.canExecute()) {
            domain.getCommandStack().execute(remove);
        }
        shown = null;
        refresh();
    }

    /** @param confirmation answers a yes/no question (a dialog by default; tests answer it) */
    public void setConfirmation(Predicate<String> confirmation) {
        this.confirmation = Objects.requireNonNull(confirmation);
    }

    private static DeliveredIntervention delivered(PlannedIntervention planned) {
        DeliveredIntervention delivered = ClinicalFactory.eINSTANCE.createDeliveredIntervention();
        delivered.setId(ClinicalIds.newId());
        delivered.setModalityId(planned.getModalityId());
        delivered.setPlanned(planned);
        delivered.getParameters().addAll(EcoreUtil.copyAll(planned.getParameters()));
        return delivered;
    }

    public void select(Session session) {
        List<Session> ordered = sessionsByDate();
        int index = ordered.indexOf(session);
        if (index >= 0) {
            sessions.setSelection(index);
        }
        show(session);
    }

    private void showSelected() {
        int index = sessions.getSelectionIndex();
        show(index < 0 ? null : (Session) sessions.getItem(index).getData());
    }

    private void execute(Command command) {
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
        }
    }

    private void set(EStructuralFeature feature, Object value) {
        if (refreshing || shown == null || Objects.equals(shown.eGet(feature), value)) {
            return;
        }
        execute(SetCommand.create(domain, shown, feature, value));
    }

    private void setSoap(EStructuralFeature feature, String value) {
        if (refreshing || shown == null) {
            return;
        }
        SoapNote soap = shown.getSoap();
        if (soap == null) {
            SoapNote created = ClinicalFactory.eINSTANCE.createSoapNote();
            created.eSet(feature, value);
            execute(SetCommand.create(domain, shown, ClinicalPackage.Literals.SESSION__SOAP, created));
        } else if (!Objects.equals(soap.eGet(feature), value)) {
            execute(SetCommand.create(domain, soap, feature, value));
        }
    }

    private void storeAdherence() {
        adherence.setEnabled(adherenceAsked.getSelection() && shown != null);
        set(ClinicalPackage.Literals.SESSION__HOME_PROGRAMME_ADHERENCE_PERCENT,
                adherenceAsked.getSelection() ? adherence.getSelection() : null);
    }

    public void refresh() {
        if (form.isDisposed()) {
            return;
        }
        sessions.removeAll();
        List<Session> ordered = sessionsByDate();
        for (Session session : ordered) {
            TableItem item = new TableItem(sessions, 0);
            item.setData(session);
            item.setText(new String[] { FormParts.text(session.getDate()), pain(session),
                    session.getHomeProgrammeAdherencePercent() == null ? "" : session.getHomeProgrammeAdherencePercent() + " %",
                    Integer.toString(session.getInterventions().size()) });
        }
        if (shown != null && !ordered.contains(shown)) {
            shown = null;
        }
        if (shown != null) {
            sessions.setSelection(ordered.indexOf(shown));
        }
        show(shown);
    }

    private static String pain(Session session) {
        if (session.getPainBefore() == null && session.getPainAfter() == null) {
            return "";
        }
        return FormParts.text(session.getPainBefore() == null ? "-" : session.getPainBefore()) + " \u2192 "
                + FormParts.text(session.getPainAfter() == null ? "-" : session.getPainAfter());
    }

    private void show(Session session) {
        boolean changed = session != shown;
        shown = session;
        refreshing = true;
        try {
            setEnabled(session != null);
            LocalDate day = session == null || session.getDate() == null ? LocalDate.now(clock) : session.getDate();
            date.setDate(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
            setText(therapist, session == null ? null : session.getTherapistId());
            painBefore.select(session == null || session.getPainBefore() == null ? 0 : session.getPainBefore() + 1);
            painAfter.select(session == null || session.getPainAfter() == null ? 0 : session.getPainAfter() + 1);
            Integer percent = session == null ? null : session.getHomeProgrammeAdherencePercent();
            adherenceAsked.setSelection(percent != null);
            adherence.setSelection(percent == null ? 0 : percent);
            adherence.setEnabled(percent != null);
            SoapNote soap = session == null ? null : session.getSoap();
            setText(subjective, soap == null ? null : soap.getSubjective());
            setText(objective, soap == null ? null : soap.getObjective());
            setText(assessment, soap == null ? null : soap.getAssessment());
            setText(plan, soap == null ? null : soap.getPlan());
            if (changed || deliveredChanged()) {
                showDelivered();
            }
        } finally {
            refreshing = false;
        }
        form.reflow(true);
    }

    private void setEnabled(boolean enabled) {
        for (Control control : List.of(date, therapist, painBefore, painAfter, adherenceAsked, subjective, objective,
                assessment, plan, deleteSession)) {
            control.setEnabled(enabled);
        }
    }

    /** Sets the text only when it differs, so the caret of the field being typed in stays put. */
    private static void setText(Text text, String value) {
        String shownValue = FormParts.text(value);
        if (!text.getText().equals(shownValue)) {
            text.setText(shownValue);
        }
    }

    private boolean deliveredChanged() {
        List<DeliveredIntervention> now = shown == null ? List.of() : shown.getInterventions();
        if (now.size() != deliveredEditors.size()) {
            return true;
        }
        for (int i = 0; i < now.size(); i++) {
            if (!deliveredEditors.get(i).showsCurrent(now.get(i))) {
                return true;
            }
        }
        return false;
    }

    private void showDelivered() {
        for (Control child : deliveredArea.getChildren()) {
            child.dispose();
        }
        deliveredEditors.clear();
        if (shown != null) {
            if (shown.getInterventions().isEmpty()) {
                toolkit.createLabel(deliveredArea, planInForce().isPresent() ? "None recorded for this visit."
                        : "None: the episode has no plan in force.");
            }
            for (DeliveredIntervention delivered : shown.getInterventions()) {
                deliveredEditors.add(new DeliveredEditor(toolkit, deliveredArea, domain, delivered, registry));
            }
        }
        deliveredArea.requestLayout();
    }
}
