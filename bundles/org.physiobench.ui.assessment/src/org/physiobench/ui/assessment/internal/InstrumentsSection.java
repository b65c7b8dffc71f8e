package org.physiobench.ui.assessment.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.physiobench.clinical.api.Instrument;
import org.physiobench.clinical.api.InstrumentRegistry;
import org.physiobench.model.api.Assessment;
import org.physiobench.model.api.ClinicalFactory;
import org.physiobench.model.api.ClinicalIds;
import org.physiobench.model.api.ClinicalPackage.Literals;
import org.physiobench.model.api.InstrumentAdministration;
import org.physiobench.ui.assessment.api.AssessmentWidgetIds;

/**
 * Outcome measures: an administration of any installed instrument (built-in or contributed by
 * a plug-in) is added from a choice, and each administration of the assessment gets its form.
 * Administrations of an instrument that is not installed keep their answers and say so.
 */
final class InstrumentsSection {

    private final FormContext context;
    private final Assessment assessment;
    private final InstrumentRegistry registry;
    private Composite administrations;
    private List<InstrumentAdministration> shown = List.of();
    private final Map<InstrumentAdministration, Part> parts = new HashMap<>();

    InstrumentsSection(FormContext context, Assessment assessment, InstrumentRegistry registry) {
        this.context = context;
        this.assessment = assessment;
        this.registry = registry;
    }

    void create(Composite parent) {
        Composite client = Sections.create(context, parent, "Outcome measures",
                "Scores, bands and validation come from the instrument definitions, live as answers are entered", 3);
        context.label(client, "Add instrument");
        Combo choice = FormContext.tag(new Combo(client, SWT.READ_ONLY | SWT.DROP_DOWN), AssessmentWidgetIds.INSTRUMENT_CHOICE);
        context.toolkit().adapt(choice);
        List<Instrument> installed = registry.instruments();
        installed.forEach(instrument -> choice.add(instrument.name() + " (" + instrument.id() + ")"));
        if (!installed.isEmpty()) {
            choice.select(0);
        }
        Button add = FormContext.tag(context.toolkit().createButton(client, "Add", SWT.PUSH), AssessmentWidgetIds.ADD_ADMINISTRATION);
        add.addListener(SWT.Selection, event -> {
            if (choice.getSelectionIndex() >= 0) {
                add(installed.get(choice.getSelectionIndex()));
            }
        });
        administrations = Sections.group(context, client, 3, 1);
        context.onRefresh(administrations, this::refresh);
        refresh();
    }

    private void add(Instrument instrument) {
        InstrumentAdministration administration = ClinicalFactory.eINSTANCE.createInstrumentAdministration();
        administration.setId(ClinicalIds.newId());
        administration.setInstrumentId(instrument.id());
        administration.setDate(assessment.getDate() != null ? assessment.getDate() : LocalDate.now());
        ModelEdit edit = new ModelEdit(context.domain(), "Add " + instrument.name());
        edit.add(assessment, Literals.ASSESSMENT__ADMINISTRATIONS, administration);
        edit.apply();
    }

    /**
     * Shows a form for each administration, in record order: forms of administrations added
     * (also by undo) are created, those of removed ones disposed, the others kept as they are.
     */
    private void refresh() {
        List<InstrumentAdministration> current = new ArrayList<>(assessment.getAdministrations());
        if (current.equals(shown)) {
            return;
        }
        shown = current;
        Map<InstrumentAdministration, String> keys = keys(current);
        parts.entrySet().removeIf(part -> {
            boolean stale = !part.getValue().key().equals(keys.get(part.getKey()));
            if (stale) {
                part.getValue().control().dispose();
            }
            return stale;
        });
        Control previous = null;
        for (InstrumentAdministration administration : current) {
            Part part = parts.computeIfAbsent(administration, created -> create(created, keys.get(created)));
            if (previous == null) {
                part.control().moveAbove(null);
            } else {
                part.control().moveBelow(previous);
            }
            previous = part.control();
        }
        context.reflow(administrations);
    }

    /** @return the widget-id key of each administration: its instrument id, {@code #2}... for a repeated one */
    private static Map<InstrumentAdministration, String> keys(List<InstrumentAdministration> current) {
        Map<String, Integer> seen = new HashMap<>();
        Map<InstrumentAdministration, String> keys = new HashMap<>();
        for (InstrumentAdministration administration : current) {
            String instrumentId = String.valueOf(administration.getInstrumentId());
            int count = seen.merge(instrumentId, 1, Integer::sum);
            keys.put(administration, count == 1 ? instrumentId : instrumentId + "#" + count);
        }
        return keys;
    }

    private Part create(InstrumentAdministration administration, String key) {
        Optional<Instrument> instrument = registry.find(String.valueOf(administration.getInstrumentId()));
        Control control = instrument.isPresent()
                ? new AdministrationPart(context, administration, instrument.get(), key).create(administrations)
                : notInstalled(administration, key);
        return new Part(key, control);
    }

    /** The form shown for one administration and the key its widget ids were made with. */
    private record Part(String key, Control control) {
    }

    private Control notInstalled(InstrumentAdministration administration, String key) {
        Composite row = Sections.group(context, administrations, 1, 2);
        Label label = FormContext.tag(context.toolkit().createLabel(row, "Instrument '" + administration.getInstrumentId()
                + "' is not installed: its " + administration.getAnswers().size()
                + " answers are kept, but cannot be shown or scored here.", SWT.WRAP), AssessmentWidgetIds.validation(key));
        label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button remove = FormContext.tag(context.toolkit().createButton(row, "Remove", SWT.PUSH),
                AssessmentWidgetIds.removeAdministration(key));
        remove.addListener(SWT.Selection, event -> AdministrationPart.remove(context, administration));
        return row;
    }
}
