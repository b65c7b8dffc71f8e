package org.physiobench.clinical.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.physiobench.clinical.api.Band;
import org.physiobench.clinical.api.Direction;
import org.physiobench.clinical.api.Instrument;
import org.physiobench.clinical.api.InstrumentItem;
import org.physiobench.clinical.api.InstrumentScorer;
import org.physiobench.clinical.api.InstrumentUnavailableException;
import org.physiobench.clinical.api.Mcid;
import org.physiobench.clinical.api.Mdc;
import org.physiobench.clinical.api.ScoreResult;
import org.physiobench.clinical.api.Scoring;
import org.physiobench.clinical.api.Subscale;

/**
 * An instrument as read from its definition. Scoring checks the answers, then hands them to the
 * scorer: the declarative one, or the contributed class, created on first use by a
 * {@link ScorerSource}.
 */
public final class InstrumentDefinition implements Instrument {

    /** Supplies the scorer of an instrument; may fail if a contributed class is broken. */
    public interface ScorerSource {
        InstrumentScorer scorer() throws InstrumentUnavailableException;
    }

    /** The definition's content, as read (a record so the reader stays readable). */
    public record Content(String id, String name, String version, Direction direction, List<InstrumentItem> items,
            Scoring scoring, List<Subscale> subscales, List<Band> bands, List<Mcid> mcids, List<Mdc> mdcs,
            String licence, String source, String contributor) {

        public Content {
            items = List.copyOf(items);
            subscales = List.copyOf(subscales);
            bands = List.copyOf(bands);
            mcids = List.copyOf(mcids);
            mdcs = List.copyOf(mdcs);
        }
    }

    private final Content content;
    private final ScorerSource scorerSource;

    public InstrumentDefinition(Content content, ScorerSource scorerSource) {
        this.content = Objects.requireNonNull(content, "content");
        this.scorerSource = Objects.requireNonNull(scorerSource, "scorerSource");
    }

    @Override
    public ScoreResult score(List<Integer> answers) {
        AnswerValidator.check(this, answers);
        return scorerSource.scorer().score(this, answers);
    }

    @Override
    public Optional<Mcid> mcid(String subscale) {
        String target = subscale != null ? subscale : content.scoring().primarySubscale();
        return content.mcids().stream().filter(mcid -> Objects.equals(mcid.subscale(), target)).findFirst();
    }

    @Override
    public String id() {
        return content.id();
    }

    @Override
    public String name() {
        return content.name();
    }

    @Override
    public String version() {
        return content.version();
    }

    @Override
    public List<InstrumentItem> items() {
        return content.items();
    }

    @Override
    public Direction direction() {
        return content.direction();
    }

    @Override
    public Scoring scoring() {
        return content.scoring();
    }

    @Override
    public List<Subscale> subscales() {
        return content.subscales();
    }

    @Override
    public List<Band> bands() {
        return content.bands();
    }

    @Override
    public List<Mcid> mcids() {
        return content.mcids();
    }

    @Override
    public List<Mdc> mdcs() {
        return content.mdcs();
    }

    @Override
    public String licence() {
        return content.licence();
    }

    @Override
    public String source() {
        return content.source();
    }

    @Override
    public String contributor() {
        return content.contributor();
    }

    @Override
    public String toString() {
        return "Instrument " + content.id() + " from " + content.contributor();
    }
}
