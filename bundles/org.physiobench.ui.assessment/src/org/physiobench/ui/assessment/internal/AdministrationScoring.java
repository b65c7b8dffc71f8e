package org.physiobench.ui.assessment.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.physiobench.clinical.api.Instrument;
import org.physiobench.clinical.api.InstrumentUnavailableException;
import org.physiobench.clinical.api.InvalidAnswersException;
import org.physiobench.clinical.api.RecordedAnswers;
import org.physiobench.clinical.api.ScoreResult;
import org.physiobench.model.api.ClinicalFactory;
import org.physiobench.model.api.ClinicalPackage.Literals;
import org.physiobench.model.api.InstrumentAdministration;
import org.physiobench.model.api.ItemAnswer;
import org.physiobench.model.api.Score;

/**
 * Answers an item of an administration and keeps its scores those of the clinical rules: the
 * answer and the new scores are one command, so undo restores both. The scores are never
 * computed here: the instrument ({@link Instrument#score(List)}) computes them from the answers
 * as they will be after the change; the record keeps the score as {@code total} and each
 * subscore under its subscale id, with the band's label as interpretation. An administration
 * that cannot be scored (too many items skipped) keeps no score.
 */
public final class AdministrationScoring {

    /** The id of the instrument's reported score in the record, as the store and progress views read it. */
    public static final String TOTAL = "total";

    private AdministrationScoring() {
    }

    /** @return the recorded answers by item id; the first answer to an item counts */
    public static Map<String, Integer> answers(InstrumentAdministration administration) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (ItemAnswer answer : administration.getAnswers()) {
            if (answer.getItemId() != null && !answers.containsKey(answer.getItemId())) {
                answers.put(answer.getItemId(), answer.getValue());
            }
        }
        return answers;
    }

    /**
     * @return the instrument's result for {@code answers}; answers the instrument refuses (out of
     *         range, an unknown item, a broken contributed scorer) give an invalid result saying why
     */
    public static ScoreResult score(Instrument instrument, Map<String, Integer> answers) {
        try {
            return instrument.score(RecordedAnswers.inItemOrder(instrument, answers));
        } catch (InvalidAnswersException | InstrumentUnavailableException e) {
            return ScoreResult.invalid(instrument.id(), e.getMessage());
        }
    }

    /** Records {@code value} (null = unanswered) for item {@code itemNumber} and the scores that follow, as steps of {@code edit}. */
    public static void answer(ModelEdit edit, InstrumentAdministration administration, Instrument instrument, int itemNumber,
            Integer value) {
        String itemId = RecordedAnswers.itemId(instrument.id(), itemNumber);
        Owner answer = itemAnswer(administration, itemId);
        edit.set(answer.ensure(edit), Literals.ITEM_ANSWER__VALUE, value);
        Map<String, Integer> after = answers(administration);
        after.put(itemId, value);
        List<Score> scores = scores(instrument, score(instrument, after));
        if (!sameScores(scores, administration.getScores())) {
            edit.set(administration, Literals.INSTRUMENT_ADMINISTRATION__SCORES, scores);
        }
    }

    /** @return where the answer to {@code itemId} is recorded (created on the first answer) */
    public static Owner itemAnswer(InstrumentAdministration administration, String itemId) {
        return Owner.of(administration).entry(Literals.INSTRUMENT_ADMINISTRATION__ANSWERS,
                entry -> itemId.equals(((ItemAnswer) entry).getItemId()), () -> {
                    ItemAnswer created = ClinicalFactory.eINSTANCE.createItemAnswer();
                    created.setItemId(itemId);
                    return created;
                });
    }

    /** @return the scores to record for {@code result}: none when it is invalid */
    static List<Score> scores(Instrument instrument, ScoreResult result) {
        List<Score> scores = new ArrayList<>();
        if (!result.isValid()) {
            return scores;
        }
        scores.add(score(TOTAL, result.score(),
                result.bandId().map(band -> RecordedAnswers.bandLabel(instrument, null, band)).orElse(null)));
        result.subscores().forEach((subscale, value) -> {
            String band = result.subscoreBands().get(subscale);
            scores.add(score(subscale, value, band == null ? null : RecordedAnswers.bandLabel(instrument, subscale, band)));
        });
        return scores;
    }

    private static Score score(String id, BigDecimal value, String interpretation) {
        Score score = ClinicalFactory.eINSTANCE.createScore();
        score.setScoreId(id);
        score.setValue(value.doubleValue());
        score.setInterpretation(interpretation);
        return score;
    }

    private static boolean sameScores(List<Score> computed, List<Score> recorded) {
        if (computed.size() != recorded.size()) {
            return false;
        }
        for (int i = 0; i < computed.size(); i++) {
            Score a = computed.get(i);
            Score b = recorded.get(i);
            if (!Objects.equals(a.getScoreId(), b.getScoreId()) || !Objects.equals(a.getValue(), b.getValue())
                    || !Objects.equals(a.getInterpretation(), b.getInterpretation())) {
                return false;
            }
        }
        return true;
    }
}
