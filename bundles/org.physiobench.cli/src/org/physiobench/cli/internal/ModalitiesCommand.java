package org.physiobench.cli.internal;

import java.util.List;
import java.util.function.Supplier;

import org.physiobench.cli.api.ExitCodes;
import org.physiobench.cli.api.Io;
import org.physiobench.cli.api.Json;
import org.physiobench.cli.api.Subcommand;
import org.physiobench.cli.api.UsageException;
import org.physiobench.modality.api.Contraindication;
import org.physiobench.modality.api.ModalityDescriptor;
import org.physiobench.modality.api.ModalityRegistry;

/**
 * {@code physiobench modalities [--json]}: the installed treatment modalities, built-in and
 * contributed by plug-ins, from the modality registry (org.physiobench.modality.api).
 */
final class ModalitiesCommand implements Subcommand {

    static final String JSON = "--json";

    /** A supplier: the registry is a DS service, looked up only when this subcommand runs. */
    private final Supplier<ModalityRegistry> modalities;

    ModalitiesCommand(Supplier<ModalityRegistry> modalities) {
        this.modalities = modalities;
    }

    @Override
    public String name() {
        return "modalities";
    }

    @Override
    public int run(List<String> arguments, Io io) {
        boolean json = arguments.contains(JSON);
        List<String> unknown = arguments.stream().filter(argument -> !argument.equals(JSON)).toList();
        if (!unknown.isEmpty()) {
            throw new UsageException("modalities takes only --json, but got: " + String.join(" ", unknown));
        }
        List<ModalityDescriptor> installed = modalities.get().modalities();
        if (json) {
            io.out().println(Json.write(installed.stream().map(ModalitiesCommand::describe).toList()));
        } else {
            installed.forEach(modality -> io.out().println(String.format("%-40s %-40s %s (%s)", modality.id(),
                    modality.name(), modality.component().id(), modality.contributorBundle())));
        }
        return ExitCodes.OK;
    }

    private static Json describe(ModalityDescriptor modality) {
        return Json.object().put("id", modality.id()).put("name", modality.name())
                .put("component", modality.component().id())
                .put("parameters", modality.parameters().stream().map(parameter -> parameter.name()).toList())
                .put("contraindications", modality.contraindications().stream().map(ModalitiesCommand::describe).toList())
                .put("contributor", modality.contributorBundle());
    }

    private static Json describe(Contraindication contraindication) {
        return Json.object().put("trigger", contraindication.triggerId())
                .put("severity", contraindication.severity().name().toLowerCase())
                .put("reason", contraindication.reason());
    }

    @Override
    public String help() {
        return """
                modalities [--json]
                    Lists the installed treatment modalities, including those contributed by plug-ins:
                    id, name, treatment component, contributing plug-in. With --json: a JSON array with
                    each modality's dosage parameters and contraindications (red flag or condition id,
                    severity, reason).""";
    }
}
