package org.physiobench.ui.assessment.api;

/**
 * The names the {@link AssessmentForm} gives its input controls and live labels, stored with
 * {@code widget.setData(KEY, id)}: for page objects of UI tests (and accessibility tools) to
 * find a field without depending on the layout. Ids are stable API.
 *
 * <p>Fields of the record are named {@code <section>.<feature>}, e.g. {@code pain.currentIntensity},
 * {@code lifestyle.occupation}, {@code history.previousEpisodes},
 * {@code exam.directionalPreference}. Choices between a few values are a group of radio buttons:
 * the group has the field's id, each button {@code <id>=<value>}.
 */
public final class AssessmentWidgetIds {

    /** The key of the id in {@code Widget.getData(String)}. */
    public static final String KEY = "org.physiobench.widgetId";

    /** The red-flag banner: empty while no flag is raised, else the flags and what to do. */
    public static final String RED_FLAG_BANNER = "redflags.banner";

    /** The body chart ({@link BodyChart}). */
    public static final String BODY_CHART = "pain.bodyChart";

    /** The read-only combo listing the installed instruments. */
    public static final String INSTRUMENT_CHOICE = "instruments.choice";

    /** The button adding an administration of the instrument chosen. */
    public static final String ADD_ADMINISTRATION = "instruments.add";

    /** The line of the form that says why the last value typed was not recorded. */
    public static final String MESSAGE = "form.message";

    /** The line listing what the record's validation finds (e.g. pain at best above pain at worst). */
    public static final String PROBLEMS = "form.problems";

    /** The value of a radio button that leaves a choice unanswered. */
    public static final String UNANSWERED = "unanswered";

    private AssessmentWidgetIds() {
    }

    /** @return the id of a field, e.g. {@code field("pain", "currentIntensity")} */
    public static String field(String section, String feature) {
        return section + "." + feature;
    }

    /** @return the id of the radio button for {@code value} in the choice {@code choiceId} */
    public static String choice(String choiceId, String value) {
        return choiceId + "=" + value;
    }

    /**
     * @return the id of the answer to red-flag question {@code questionId} (a radio group with
     *         values {@code yes}, {@code no}, {@code not-asked})
     */
    public static String redFlag(String questionId) {
        return "redflag." + questionId;
    }

    /**
     * @return the id of the answer control of item {@code itemNumber} of the (first)
     *         administration of {@code instrumentId}: a radio group (values: the item's values
     *         and {@link #UNANSWERED}), a read-only combo, or a numeric text field (empty =
     *         unanswered)
     */
    public static String item(String instrumentId, int itemNumber) {
        return "instrument." + instrumentId + ".item." + itemNumber;
    }

    /** @return the id of the free-text note of an item (the PSFS activity, why a section was skipped) */
    public static String itemNote(String instrumentId, int itemNumber) {
        return item(instrumentId, itemNumber) + ".note";
    }

    /** @return the id of the label showing the live score of the administration, e.g. {@code 35.6 %} */
    public static String score(String instrumentId) {
        return "instrument." + instrumentId + ".score";
    }

    /** @return the id of the label showing the band of the score, e.g. {@code Moderate disability} */
    public static String band(String instrumentId) {
        return "instrument." + instrumentId + ".band";
    }

    /** @return the id of the label saying why there is no score, empty while there is one */
    public static String validation(String instrumentId) {
        return "instrument." + instrumentId + ".validation";
    }

    /** @return the id of the button removing the administration */
    public static String removeAdministration(String instrumentId) {
        return "instrument." + instrumentId + ".remove";
    }

    /** @return the id of a range-of-motion field: feature {@code degrees}, {@code painful} or {@code note} */
    public static String rangeOfMotion(String movementLiteral, String feature) {
        return "exam.rom." + movementLiteral + "." + feature;
    }

    /** @return the id of a straight-leg-raise field: feature {@code angleDegrees} or {@code positive} */
    public static String straightLegRaise(String sideLiteral, String feature) {
        return "exam.slr." + sideLiteral + "." + feature;
    }

    /** @return the id of the result combo of a neurological test, e.g. {@code exam.neuro.reflex.S1.left} */
    public static String neurological(String kindLiteral, String level, String sideLiteral) {
        return "exam.neuro." + kindLiteral + "." + level + "." + sideLiteral;
    }
}
