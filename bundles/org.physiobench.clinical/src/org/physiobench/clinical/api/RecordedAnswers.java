package org.physiobench.clinical.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Item answers as a clinical record keeps them: keyed by an item id of the form
 * {@code <instrument id>-<item number>} (e.g. {@code odi-3}), the convention of the PhysioBench
 * model ({@code ItemAnswer.itemId}), the demo data and the editors. This class turns such keyed
 * answers into the list {@link Instrument#score(List)} takes, so every caller scores a record the
 * same way.
 */
public final class RecordedAnswers {

    private RecordedAnswers() {
    }

    /** @return the item id of item {@code itemNumber} of {@code instrumentId}, e.g. {@code odi-3} */
    public static String itemId(String instrumentId, int itemNumber) {
        return instrumentId + "-" + itemNumber;
    }

    /**
     * @param answers item id to the coded answer ({@code null} or absent = unanswered)
     * @return the answers in item order for {@link Instrument#score(List)}: an unanswered item is
     *         {@code null}, and unanswered trailing optional items (PSFS activities 2-5) are left
     *         out, because they were not asked rather than skipped
     * @throws InvalidAnswersException if a key is not an item id of {@code instrument}: a misfiled
     *         answer must not silently drop out of the score
     */
    public static List<Integer> inItemOrder(Instrument instrument, Map<String, Integer> answers) {
        List<InstrumentItem> items = instrument.items();
        for (String key : answers.keySet()) {
            if (items.stream().noneMatch(item -> itemId(instrument.id(), item.number()).equals(key))) {
                throw new InvalidAnswersException(instrument.id() + ": '" + key + "' is not one of its items");
            }
        }
        List<Integer> ordered = new ArrayList<>(items.size());
        for (InstrumentItem item : items) {
            ordered.add(answers.get(itemId(instrument.id(), item.number())));
        }
        int size = ordered.size();
        while (size > 0 && ordered.get(size - 1) == null && items.get(size - 1).optional()) {
            size--;
        }
        return Collections.unmodifiableList(new ArrayList<>(ordered.subList(0, size)));
    }

    /**
     * @param subscale the subscale id, or {@code null} for the score itself
     * @param bandId a band id from a {@link ScoreResult}
     * @return the label a therapist reads for the band (e.g. {@code Moderate disability}), or the
     *         id itself where the instrument names its groups only by id (STarT Back: {@code medium})
     */
    public static String bandLabel(Instrument instrument, String subscale, String bandId) {
        return instrument.bands().stream()
                .filter(band -> band.id().equals(bandId) && Objects.equals(band.subscale(), subscale))
                .map(Band::label).findFirst().orElse(bandId);
    }
}
