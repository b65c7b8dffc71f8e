package org.physiobench.ui.assessment.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.physiobench.clinical.api.Instrument;
import org.physiobench.clinical.api.InstrumentItem;
import org.physiobench.clinical.api.RecordedAnswers;
import org.physiobench.clinical.api.ScoreResult;
import org.physiobench.clinical.api.ScoringMethod;
import org.physiobench.clinical.api.Subscale;
import org.physiobench.model.api.ClinicalLabels;
import org.physiobench.model.api.ClinicalPackage.Literals;
import org.physiobench.model.api.InstrumentAdministration;
import org.physiobench.model.api.ItemAnswer;
import org.physiobench.ui.assessment.api.AssessmentWidgetIds;

/**
 * The form of one administration of an instrument, generated from the instrument's item
 * descriptors: one row per item (label, answer control by {@link AnswerKind}, a note), and the
 * live score, band and validation message of the clinical rules below.
 */
final class AdministrationPart {

    private final FormContext context;
    private final InstrumentAdministration administration;
    private final Instrument instrument;
    private final String key;
    private Label score;
    private Label band;
    private Label validation;

    /**
     * @param key names the administration in widget ids: the instrument id, with {@code #2}...
     *        for a second administration of the same instrument
     */
    AdministrationPart(FormContext context, InstrumentAdministration administration, Instrument instrument, String key) {
        this.context = context;
        this.administration = administration;
        this.instrument = instrument;
        this.key = key;
    }

    /** @return the top control of the administration's form */
    Control create(Composite parent) {
        String title = instrument.name() + (instrument.version().isEmpty() ? "" : " " + instrument.version())
                + (administration.getDate() == null ? "" : " - " + administration.getDate());
        Composite client = Sections.create(context, parent, title, null, 3);
        client.getParent().setToolTipText(instrument.source());
        for (InstrumentItem item : instrument.items()) {
            item(client, item);
        }
        Composite result = Sections.group(context, client, 3, 4);
        Label caption = context.toolkit().createLabel(result, "Score");
        caption.setFont(JFaceResources.getBannerFont());
        score = FormContext.tag(context.toolkit().createLabel(result, ""), AssessmentWidgetIds.score(key));
        score.setFont(JFaceResources.getHeaderFont());
        band = FormContext.tag(context.toolkit().createLabel(result, ""), AssessmentWidgetIds.band(key));
        band.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button remove = FormContext.tag(context.toolkit().createButton(result, "Remove", SWT.PUSH),
                AssessmentWidgetIds.removeAdministration(key));
        remove.setToolTipText("Remove this administration of the " + instrument.name() + " (undo brings it back)");
        remove.addListener(SWT.Selection, event -> remove(context, administration));
        validation = FormContext.tag(context.toolkit().createLabel(result, "", SWT.WRAP), AssessmentWidgetIds.validation(key));
        validation.setForeground(validation.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        validation.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
        context.onRefresh(score, this::showScore);
        showScore();
        return client.getParent();
    }

    static void remove(FormContext context, InstrumentAdministration administration) {
        ModelEdit edit = new ModelEdit(context.domain(), "Remove " + ClinicalLabels.describe(administration));
        edit.remove(administration.eContainer(), Literals.ASSESSMENT__ADMINISTRATIONS, administration);
        edit.apply();
    }

    private void item(Composite client, InstrumentItem item) {
        Label label = context.label(client, item.number() + ". " + item.label());
        ((GridData) label.getLayoutData()).widthHint = 280;
        item.publishedText().ifPresent(label::setToolTipText);
        String itemId = RecordedAnswers.itemId(instrument.id(), item.number());
        Owner answer = AdministrationScoring.itemAnswer(administration, itemId);
        String id = AssessmentWidgetIds.item(key, item.number());
        switch (AnswerKind.of(item)) {
            case RADIO -> radio(client, item, answer, id);
            case COMBO -> combo(client, item, answer, id);
            case NUMBER -> number(client, item, answer, id);
        }
        Text note = context.text(client, answer, Literals.ITEM_ANSWER__TEXT, AssessmentWidgetIds.itemNote(key, item.number()),
                SWT.NONE);
        note.setMessage(item.optional() || instrument.items().size() <= 5 ? "activity / note" : "note");
        ((GridData) note.getLayoutData()).widthHint = 140;
    }

    private void record(InstrumentItem item, Integer value) {
        if (!context.inRecord(administration)) {
            return; // removed (e.g. by undo) while its form was still on screen
        }
        ModelEdit edit = new ModelEdit(context.domain(), "Answer " + instrument.id().toUpperCase() + " item " + item.number());
        AdministrationScoring.answer(edit, administration, instrument, item.number(), value);
        edit.apply();
    }

    private static Integer recorded(Owner answer) {
        ItemAnswer recorded = (ItemAnswer) answer.find();
        return recorded == null ? null : recorded.getValue();
    }

    private void radio(Composite client, InstrumentItem item, Owner answer, String id) {
        RadioChoice<Integer> choice = new RadioChoice<>(context, client, id, value -> record(item, value));
        for (int value = item.min(); value <= item.max(); value++) {
            choice.add(AnswerKind.choiceLabel(item, value), String.valueOf(value), value);
        }
        choice.add("skip", AssessmentWidgetIds.UNANSWERED, null).setToolTipText("Not answered (skipped)");
        Runnable show = () -> choice.select(recorded(answer));
        context.onRefresh(choice.control(), show);
        show.run();
    }

    private void combo(Composite client, InstrumentItem item, Owner answer, String id) {
        Combo combo = FormContext.tag(new Combo(client, SWT.READ_ONLY | SWT.DROP_DOWN), id);
        context.toolkit().adapt(combo);
        combo.add("- not answered");
        for (int value = item.min(); value <= item.max(); value++) {
            combo.add(AnswerKind.choiceLabel(item, value));
        }
        combo.addListener(SWT.Selection, event -> {
            int index = combo.getSelectionIndex();
            record(item, index <= 0 ? null : item.min() + index - 1);
        });
        Runnable show = () -> {
            Integer value = recorded(answer);
            combo.select(value == null || !item.accepts(value) ? 0 : value - item.min() + 1);
        };
        context.onRefresh(combo, show);
        show.run();
    }

    /** A wide scale: a number field limited to the item's range, with the instrument's anchors beside it. */
    private void number(Composite client, InstrumentItem item, Owner answer, String id) {
        Composite cell = Sections.group(context, client, 1, 2);
        context.number(cell, id, item.min(), item.max(), () -> recorded(answer), value -> record(item, value));
        String anchors = item.options().stream().map(option -> option.value() + " = " + option.label())
                .collect(Collectors.joining(", "));
        context.toolkit().createLabel(cell, anchors.isEmpty() ? item.min() + " to " + item.max() : anchors);
    }

    /** Shows the clinical rules' result for the answers as recorded now; lays out only what changed. */
    private void showScore() {
        ScoreResult result = AdministrationScoring.score(instrument, AdministrationScoring.answers(administration));
        boolean changed = show(score, result.isValid() ? result.score().toPlainString() + unit() : "-");
        changed |= show(band, result.isValid() ? interpretation(result) : "");
        changed |= show(validation, result.isValid() ? "" : "No score: " + result.reason());
        if (changed) {
            score.getParent().layout(true);
        }
    }

    private String unit() {
        return instrument.scoring().method() == ScoringMethod.PERCENT_OF_ANSWERED_MAXIMUM ? " %" : "";
    }

    /** @return the band of the score and each subscore with its band, e.g. {@code medium; Psychosocial subscale 2} */
    private String interpretation(ScoreResult result) {
        List<String> details = new ArrayList<>();
        result.bandId().ifPresent(id -> details.add(RecordedAnswers.bandLabel(instrument, null, id)));
        for (Subscale subscale : instrument.subscales()) {
            BigDecimal value = result.subscores().get(subscale.id());
            if (value != null) {
                String subscaleBand = result.subscoreBands().get(subscale.id());
                details.add(subscale.name() + " " + value.toPlainString() + (subscaleBand == null ? ""
                        : " (" + RecordedAnswers.bandLabel(instrument, subscale.id(), subscaleBand) + ")"));
            }
        }
        return String.join("; ", details);
    }

    private static boolean show(Label label, String text) {
        if (label.getText().equals(text)) {
            return false;
        }
        label.setText(text);
        return true;
    }
}
