package org.physiobench.clinical.internal;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.physiobench.clinical.api.Instrument;
import org.physiobench.clinical.api.InstrumentScorer;
import org.physiobench.clinical.api.InstrumentUnavailableException;
import org.physiobench.clinical.api.InvalidAnswersException;
import org.physiobench.clinical.api.ScoreResult;

/**
 * The {@code class} of an instrument: created on first use (so listing instruments loads no
 * contributed code), and treated as untrusted. A class that cannot be created or is not an
 * {@link InstrumentScorer} is logged once and the instrument is taken out of the registry; a
 * scorer that throws is logged and the call fails with {@link InstrumentUnavailableException}.
 */
final class ContributedScorer implements InstrumentDefinition.ScorerSource {

    private final IConfigurationElement element;
    private final String instrumentId;
    private final ContributionProblems problems;
    private final Consumer<String> onBroken;
    private InstrumentScorer scorer;
    private InstrumentUnavailableException failure;

    /**
     * @param onBroken told the instrument id when the class cannot be created, so the registry
     *        drops the instrument
     */
    ContributedScorer(IConfigurationElement element, String instrumentId, ContributionProblems problems,
            Consumer<String> onBroken) {
        this.element = element;
        this.instrumentId = instrumentId;
        this.problems = problems;
        this.onBroken = onBroken;
    }

    @Override
    public synchronized InstrumentScorer scorer() {
        if (failure != null) {
            throw failure;
        }
        if (scorer == null) {
            scorer = guarded(create());
        }
        return scorer;
    }

    private InstrumentScorer create() {
        String className = element.getAttribute(InstrumentSchema.ATT_CLASS);
        try {
            Object created = element.createExecutableExtension(InstrumentSchema.ATT_CLASS);
            if (created instanceof InstrumentScorer contributed) {
                return contributed;
            }
            throw broken(className + " is a " + created.getClass().getName() + ", not an "
                    + InstrumentScorer.class.getName(), null);
        } catch (CoreException | RuntimeException | LinkageError e) {
            if (e instanceof InstrumentUnavailableException alreadyReported) {
                throw alreadyReported;
            }
            throw broken("its scorer " + className + " cannot be created: " + e, e);
        }
    }

    private InstrumentUnavailableException broken(String problem, Throwable cause) {
        problems.skipped(element.getDeclaringExtension(), instrumentId, problem, cause);
        failure = new InstrumentUnavailableException("instrument " + instrumentId + " is unavailable: " + problem
                + " (contributed by " + ContributionProblems.contributor(element.getDeclaringExtension()) + ")", cause);
        onBroken.accept(instrumentId);
        return failure;
    }

    private InstrumentScorer guarded(InstrumentScorer contributed) {
        return new InstrumentScorer() {
            @Override
            public ScoreResult score(Instrument instrument, List<Integer> answers) {
                try {
                    ScoreResult result = contributed.score(instrument, answers);
                    if (result == null || !instrument.id().equals(result.instrumentId())) {
                        throw new IllegalStateException("the scorer returned " + result + " for " + instrument.id());
                    }
                    return result;
                } catch (InvalidAnswersException e) {
                    throw e;
                } catch (RuntimeException | LinkageError e) {
                    // Not "broken" for good: the failure may depend on these answers.
                    problems.failed(element.getDeclaringExtension(), instrumentId, e);
                    throw new InstrumentUnavailableException("instrument " + instrumentId + " failed to score: " + e
                            + " (contributed by " + ContributionProblems.contributor(element.getDeclaringExtension())
                            + ")", e);
                }
            }
        };
    }
}
