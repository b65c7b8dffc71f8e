package org.physiobench.clinical.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.physiobench.clinical.api.Instrument;
import org.physiobench.clinical.api.InstrumentScorer;
import org.physiobench.clinical.api.ScoreResult;
import org.physiobench.clinical.api.StartBackGroup;

/**
 * The STarT Back Screening Tool (Hill et al. 2008, Arthritis Rheum 59:632-641; Keele item order).
 *
 * <ul>
 * <li>Items 1-8 are answered 0 (disagree) or 1 (agree) and score as answered.</li>
 * <li>Item 9 (bothersomeness) is answered 0-4 (not at all, slightly, moderately, very much,
 * extremely) and scores 1 only for 3 or 4.</li>
 * <li>Total = sum of the nine item scores (0-9); psychosocial subscale = items 5-9 (0-5).</li>
 * <li>Risk group: total &lt;= 3 low; total &gt;= 4 and psychosocial &lt;= 3 medium; psychosocial
 * &gt;= 4 high ({@link StartBackGroup#of(int, int)}).</li>
 * </ul>
 * The item-9 rule and the two-score group rule cannot be declared in plugin.xml, hence this class;
 * the sums themselves are left to the declarative rule.
 */
public final class StartBackScorer implements InstrumentScorer {

    /** 1-based number of the bothersomeness item. */
    static final int BOTHERSOMENESS_ITEM = 9;

    /** "Very much" (3) and "extremely" (4) are the answers of item 9 that score 1. */
    static final int BOTHERSOMENESS_SCORING_FROM = 3;

    static final String PSYCHOSOCIAL = "psychosocial";

    private final DeclarativeScorer sums = new DeclarativeScorer();

    @Override
    public ScoreResult score(Instrument instrument, List<Integer> answers) {
        List<Integer> itemScores = new ArrayList<>(answers);
        Integer bothersomeness = itemScores.get(BOTHERSOMENESS_ITEM - 1);
        if (bothersomeness != null) {
            itemScores.set(BOTHERSOMENESS_ITEM - 1, bothersomeness >= BOTHERSOMENESS_SCORING_FROM ? 1 : 0);
        }
        ScoreResult sumsOnly = sums.score(instrument, itemScores);
        if (!sumsOnly.isValid()) {
            return sumsOnly;
        }
        BigDecimal psychosocial = sumsOnly.subscores().get(PSYCHOSOCIAL);
        if (psychosocial == null) {
            return ScoreResult.invalid(instrument.id(), "the psychosocial items 5-9 are not all answered");
        }
        StartBackGroup group = StartBackGroup.of(sumsOnly.score().intValueExact(), psychosocial.intValueExact());
        return ScoreResult.valid(instrument.id(), sumsOnly.score(), group.id(), sumsOnly.subscores(), Map.of());
    }
}
