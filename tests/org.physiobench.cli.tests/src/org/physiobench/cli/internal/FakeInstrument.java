package org.physiobench.cli.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.physiobench.clinical.api.Band;
import org.physiobench.clinical.api.Direction;
import org.physiobench.clinical.api.Instrument;
import org.physiobench.clinical.api.InstrumentItem;
import org.physiobench.clinical.api.InstrumentRegistry;
import org.physiobench.clinical.api.InstrumentUnavailableException;
import org.physiobench.clinical.api.Mcid;
import org.physiobench.clinical.api.ScoreResult;
import org.physiobench.clinical.api.Scoring;
import org.physiobench.clinical.api.ScoringMethod;
import org.physiobench.clinical.api.Subscale;

/** One-item instruments for command-line tests: one that scores its answer, one whose plug-in is broken. */
final class FakeInstrument implements Instrument {

    private final String id;
    private final boolean broken;

    FakeInstrument(String id, boolean broken) {
        this.id = id;
        this.broken = broken;
    }

    static InstrumentRegistry registry(Instrument... instruments) {
        return new InstrumentRegistry() {
            @Override
            public List<Instrument> instruments() {
                return List.of(instruments);
            }

            @Override
            public Optional<Instrument> find(String wanted) {
                return instruments().stream().filter(instrument -> instrument.id().equals(wanted)).findFirst();
            }
        };
    }

    @Override
    public ScoreResult score(List<Integer> answers) {
        if (broken) {
            throw new InstrumentUnavailableException("instrument " + id + " is unavailable: test", null);
        }
        return ScoreResult.valid(id, BigDecimal.valueOf(answers.get(0)), null, Map.of(), Map.of());
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String name() {
        return "Fake " + id;
    }

    @Override
    public String version() {
        return "";
    }

    @Override
    public List<InstrumentItem> items() {
        return List.of(new InstrumentItem(1, "only item", null, 0, 10, false, List.of()));
    }

    @Override
    public Direction direction() {
        return Direction.DECREASE;
    }

    @Override
    public Scoring scoring() {
        return new Scoring(ScoringMethod.SUM, 0, 0, null);
    }

    @Override
    public List<Subscale> subscales() {
        return List.of();
    }

    @Override
    public List<Band> bands() {
        return List.of();
    }

    @Override
    public List<Mcid> mcids() {
        return List.of();
    }

    @Override
    public String licence() {
        return "test";
    }

    @Override
    public String source() {
        return "test";
    }

    @Override
    public String contributor() {
        return "org.example.test";
    }

    @Override
    public Optional<Mcid> mcid(String subscale) {
        return Optional.empty();
    }
}
