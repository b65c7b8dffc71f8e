package org.physiobench.clinical.internal;

import java.util.List;

import org.physiobench.clinical.api.Instrument;
import org.physiobench.clinical.api.InstrumentScorer;
import org.physiobench.clinical.api.ScoreResult;

/** Contributed scorer classes for {@link BrokenContributionTest}. */
final class TestScorers {

    private TestScorers() {
    }

    /** Named as an instrument's class but is no InstrumentScorer. */
    public static final class NotAScorer {
        public NotAScorer() {
        }
    }

    /** A scorer with a bug. */
    public static final class CrashingScorer implements InstrumentScorer {
        public CrashingScorer() {
        }

        @Override
        public ScoreResult score(Instrument instrument, List<Integer> answers) {
            throw new ArithmeticException("division by zero in a contributed scorer");
        }
    }

    /** Cannot be instantiated. */
    public static final class ThrowingConstructorScorer implements InstrumentScorer {
        public ThrowingConstructorScorer() {
            throw new IllegalStateException("cannot start");
        }

        @Override
        public ScoreResult score(Instrument instrument, List<Integer> answers) {
            return ScoreResult.invalid(instrument.id(), "never reached");
        }
    }
}
