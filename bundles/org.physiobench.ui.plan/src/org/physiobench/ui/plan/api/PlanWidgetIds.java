package org.physiobench.ui.plan.api;

/**
 * The ids the plan and session forms put on their controls ({@code control.getData(KEY)}), so
 * page objects and end-to-end tests find a control by what it is for rather than by position.
 */
public final class PlanWidgetIds {

    /** The widget data key under which a control carries its id. */
    public static final String KEY = "org.physiobench.ui.plan.widgetId";

    /** Button: writes the goal fields into the selected goal (selecting a goal fills them). */
    public static final String UPDATE_GOAL = "plan.updateGoal";

    /** Plan form: the live contraindication warnings. */
    public static final String PLAN_WARNINGS = "plan.warnings";
    /** Plan form: the treatment component the modality picker lists. */
    public static final String COMPONENT_PICKER = "plan.componentPicker";
    /** Plan form: the modality picker (modalities of the chosen component). */
    public static final String MODALITY_PICKER = "plan.modalityPicker";
    /** Plan form: the verdict of the contraindication check for the picked modality. */
    public static final String PICKED_VERDICT = "plan.pickedVerdict";
    /** Plan form: adds the picked modality to the plan. */
    public static final String ADD_INTERVENTION = "plan.addIntervention";
    /** Plan form: removes the selected intervention. */
    public static final String REMOVE_INTERVENTION = "plan.removeIntervention";
    /** Plan form: the table of planned interventions of the current revision. */
    public static final String INTERVENTIONS = "plan.interventions";
    /** Plan form: the selected intervention's dosage, frequency and rationale. */
    public static final String INTERVENTION_DETAIL = "plan.interventionDetail";
    /** Plan form: times per week of the selected intervention. */
    public static final String TIMES_PER_WEEK = "plan.timesPerWeek";
    /** Plan form: duration in weeks of the selected intervention. */
    public static final String INTERVENTION_WEEKS = "plan.interventionWeeks";
    /** Plan form: the rationale of the selected intervention. */
    public static final String RATIONALE = "plan.rationale";
    /** Plan form: visits per week of the plan. */
    public static final String VISITS_PER_WEEK = "plan.visitsPerWeek";
    /** Plan form: duration of the plan in weeks. */
    public static final String PLAN_WEEKS = "plan.durationWeeks";
    /** Plan form: the table of goals. */
    public static final String GOALS = "plan.goals";
    /** Plan form: description of a new goal. */
    public static final String GOAL_DESCRIPTION = "plan.goalDescription";
    /** Plan form: target value of a new goal. */
    public static final String GOAL_TARGET = "plan.goalTarget";
    /** Plan form: unit of a new goal. */
    public static final String GOAL_UNIT = "plan.goalUnit";
    /** Plan form: target date of a new goal. */
    public static final String GOAL_DATE = "plan.goalDate";
    /** Plan form: adds the goal entered. */
    public static final String ADD_GOAL = "plan.addGoal";
    /** Plan form: removes the selected goal. */
    public static final String REMOVE_GOAL = "plan.removeGoal";
    /** Plan form: the status of the selected goal. */
    public static final String GOAL_STATUS = "plan.goalStatus";
    /** Plan form: the revision history table. */
    public static final String REVISIONS = "plan.revisions";
    /** Plan form: the heading of the revision in force. */
    public static final String REVISION_HEADING = "plan.revisionHeading";
    /** Plan form: overrides or acknowledges the contraindication of the selected intervention. */
    public static final String OVERRIDE_INTERVENTION = "plan.overrideIntervention";
    /** Plan form: the table of contraindication overrides and acknowledgements of the current revision. */
    public static final String OVERRIDES = "plan.overrides";
    /** Override dialog: one contraindication the check found. */
    public static final String OVERRIDE_CONTRAINDICATION = "plan.overrideContraindication";
    /** Override dialog: the reason for overriding a block (required) or the note on a precaution. */
    public static final String OVERRIDE_REASON = "plan.overrideReason";
    /** Override dialog: the acknowledgement of a precaution. */
    public static final String OVERRIDE_ACKNOWLEDGED = "plan.overrideAcknowledged";
    /** Plan form: the composite of one suggestion; its data {@code SUGGESTION_ID_KEY} is the suggestion id. */
    public static final String SUGGESTION = "plan.suggestion";
    /** Widget data key of a suggestion row: the suggestion's id (e.g. core.bird-dog). */
    public static final String SUGGESTION_ID_KEY = "org.physiobench.ui.plan.suggestionId";
    /** Plan form, inside a suggestion row: the editable rationale. */
    public static final String SUGGESTION_RATIONALE = "plan.suggestionRationale";
    /** Plan form, inside a suggestion row: accept. */
    public static final String ACCEPT_SUGGESTION = "plan.acceptSuggestion";
    /** Plan form, inside a suggestion row: reject. */
    public static final String REJECT_SUGGESTION = "plan.rejectSuggestion";

    /** Session form: the table of sessions. */
    public static final String SESSIONS = "session.sessions";
    /** Session form: records a new session with the plan's interventions. */
    public static final String NEW_SESSION = "session.new";
    /** Session form: the date of the selected session. */
    public static final String SESSION_DATE = "session.date";
    /** Session form: the therapist of the selected session. */
    public static final String THERAPIST = "session.therapist";
    /** Session form: pain before (a read-only choice: not asked, 0..10). */
    public static final String PAIN_BEFORE = "session.painBefore";
    /** Session form: pain after (a read-only choice: not asked, 0..10). */
    public static final String PAIN_AFTER = "session.painAfter";
    /** Session form: whether home-programme adherence was asked. */
    public static final String ADHERENCE_ASKED = "session.adherenceAsked";
    /** Session form: home-programme adherence, 0..100 %. */
    public static final String ADHERENCE = "session.adherence";
    /** Session form: SOAP subjective. */
    public static final String SUBJECTIVE = "session.subjective";
    /** Session form: SOAP objective. */
    public static final String OBJECTIVE = "session.objective";
    /** Session form: SOAP assessment. */
    public static final String ASSESSMENT = "session.assessment";
    /** Session form: SOAP plan. */
    public static final String PLAN = "session.plan";
    /** Session form: the group of one delivered intervention; its data {@code MODALITY_KEY} is the modality id. */
    public static final String DELIVERED = "session.delivered";
    /** Widget data key of a delivered-intervention group: the modality id. */
    public static final String MODALITY_KEY = "org.physiobench.ui.plan.modalityId";
    /** Session form, inside a delivered intervention: the patient's response. */
    public static final String RESPONSE = "session.response";

    private PlanWidgetIds() {
    }

    /** Label: the home programme's state (none, given on, new and not saved). */
    public static final String HOME_PROGRAMME_STATUS = "plan.homeProgrammeStatus";

    /** Table: the exercises of the latest home programme. */
    public static final String HOME_EXERCISES = "plan.homeExercises";

    /** Button: issues a new home programme from the plan's exercises. */
    public static final String ISSUE_HOME_PROGRAMME = "plan.issueHomeProgramme";

    /** Button: issues a new home programme that starts as a copy of the current one. */
    public static final String REVISE_HOME_PROGRAMME = "plan.reviseHomeProgramme";

    /** Button: removes the selected exercise from a programme not saved yet. */
    public static final String REMOVE_HOME_EXERCISE = "plan.removeHomeExercise";

    /** Spinner: times a day of the selected home exercise. */
    public static final String HOME_TIMES_PER_DAY = "plan.homeTimesPerDay";

    /** Spinner: days a week of the selected home exercise. */
    public static final String HOME_DAYS_PER_WEEK = "plan.homeDaysPerWeek";

    /** Text: the selected home exercise's instructions in the patient's words. */
    public static final String HOME_INSTRUCTIONS = "plan.homeInstructions";

    /** Text: notes for the whole home programme. */
    public static final String HOME_NOTES = "plan.homeNotes";

    /** Button: deletes the selected session (after the therapist confirmed). */
    public static final String DELETE_SESSION = "plan.deleteSession";
}
