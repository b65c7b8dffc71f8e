package org.physiobench.cli.internal;

import java.util.ArrayList;
import java.util.List;

import org.physiobench.cli.api.ExitCodes;
import org.physiobench.cli.api.Io;
import org.physiobench.cli.api.Json;
import org.physiobench.cli.api.Subcommand;
import org.physiobench.cli.api.UsageException;
import org.physiobench.clinical.api.Band;
import org.physiobench.clinical.api.Direction;
import org.physiobench.clinical.api.Instrument;
import org.physiobench.clinical.api.InstrumentRegistry;
import org.physiobench.clinical.api.Mcid;

/**
 * {@code physiobench instruments [--json]}: the installed instruments, built-in and contributed
 * by plug-ins (broken contributions are left out and logged).
 */
final class InstrumentsCommand implements Subcommand {

    static final String JSON = "--json";

    private final InstrumentRegistry instruments;

    InstrumentsCommand(InstrumentRegistry instruments) {
        this.instruments = instruments;
    }

    @Override
    public String name() {
        return "instruments";
    }

    @Override
    public int run(List<String> arguments, Io io) {
        boolean json = arguments.contains(JSON);
        List<String> unknown = arguments.stream().filter(argument -> !argument.equals(JSON)).toList();
        if (!unknown.isEmpty()) {
            throw new UsageException("instruments takes only --json, but got: " + String.join(" ", unknown));
        }
        if (json) {
            io.out().println(Json.write(instruments.instruments().stream().map(InstrumentsCommand::describe).toList()));
        } else {
            instruments.instruments().forEach(instrument -> io.out().println(line(instrument)));
        }
        return ExitCodes.OK;
    }

    private static String line(Instrument instrument) {
        String direction = instrument.direction() == Direction.DECREASE ? "lower is better" : "higher is better";
        return String.format("%-10s %-40s %2d items, %s (%s)", instrument.id(), instrument.name(),
                instrument.items().size(), direction, instrument.contributor());
    }

    private static Json describe(Instrument instrument) {
        List<Json> bands = new ArrayList<>();
        for (Band band : instrument.bands()) {
            bands.add(Json.object().putIfPresent("subscale", band.subscale()).put("id", band.id())
                    .put("label", band.label()).put("upTo", band.upTo()));
        }
        List<Json> mcids = new ArrayList<>();
        for (Mcid mcid : instrument.mcids()) {
            mcids.add(Json.object().putIfPresent("subscale", mcid.subscale()).put("points", mcid.points())
                    .put("percent", mcid.percent()).put("source", mcid.source()));
        }
        return Json.object().put("id", instrument.id()).put("name", instrument.name())
                .put("version", instrument.version()).put("items", instrument.items().size())
                .put("direction", instrument.direction().id()).put("scoring", instrument.scoring().method().id())
                .put("subscales", instrument.subscales().stream().map(subscale -> subscale.id()).toList())
                .put("bands", bands).put("mcid", mcids).put("licence", instrument.licence())
                .put("source", instrument.source()).put("contributor", instrument.contributor());
    }

    @Override
    public String help() {
        return """
                instruments [--json]
                    Lists the installed outcome instruments, including those contributed by plug-ins:
                    id, name, number of items, which direction is better, contributing plug-in. With
                    --json: a JSON array with each instrument's items count, direction, scoring,
                    subscales, bands, MCIDs, licence and sources.""";
    }
}
