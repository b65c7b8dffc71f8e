package org.physiobench.ui.assessment.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.physiobench.model.api.ClinicalLabels;
import org.physiobench.ui.assessment.api.AssessmentWidgetIds;

/**
 * The fields of the assessment form, bound to the record: each one shows its feature, turns
 * what the therapist enters into a command on the editing domain, and follows changes made
 * elsewhere (undo, another page) when the form {@linkplain #refresh() refreshes}.
 *
 * <p>A field is overwritten on refresh only when its feature changed in the model since the
 * field last showed or wrote it, so a value still being typed (or typed out of range and shown
 * as a problem) survives changes to other fields. Free text is recorded when the field loses
 * the focus or on Enter (one undo step per entry, not per key); numbers, dates, choices and
 * check boxes as soon as they are valid, so scores and flags follow them live.
 */
public final class FormContext {

    private static final Object NOT_SHOWN = new Object();

    private final FormToolkit toolkit;
    private final EditingDomain domain;
    private final EObject root;
    private final List<Runnable> refreshers = new ArrayList<>();
    private Label message;
    private Consumer<Control> reflow = changed -> {
    };
    private Color problemBackground;

    /** @param root the record the form edits: a field of an object no longer in it records nothing */
    public FormContext(FormToolkit toolkit, EditingDomain domain, EObject root) {
        this.toolkit = Objects.requireNonNull(toolkit, "toolkit");
        this.domain = Objects.requireNonNull(domain, "domain");
        this.root = Objects.requireNonNull(root, "root");
    }

    /**
     * @return whether {@code object} is (still) part of the record; a field whose entry was
     *         removed (by undo, say) can lose the focus as its row goes, and must not record into
     *         the removed entry
     */
    public boolean inRecord(EObject object) {
        return EcoreUtil.isAncestor(root, object);
    }

    public FormToolkit toolkit() {
        return toolkit;
    }

    public EditingDomain domain() {
        return domain;
    }

    /** Shows the form's problems (values not recorded) in {@code line}. */
    public void setMessageLine(Label line) {
        message = line;
        tag(line, AssessmentWidgetIds.MESSAGE);
        problemBackground = new Color(line.getDisplay(), 255, 220, 220);
        line.addListener(SWT.Dispose, event -> problemBackground.dispose());
    }

    /**
     * @param layout lays the form out again after {@code changed} grew, shrank or collapsed
     *        (only the sizes of {@code changed} and its ancestors are computed again: a full
     *        relayout of the form takes about a second)
     */
    public void setReflow(Consumer<Control> layout) {
        reflow = layout;
    }

    /** Lays the form out again after {@code changed} changed its size. */
    public void reflow(Control changed) {
        reflow.accept(changed);
    }

    /** Re-reads every field from the record. */
    public void refresh() {
        List.copyOf(refreshers).forEach(Runnable::run);
    }

    /** @param refresher run on every refresh, until {@code widget} is disposed */
    public void onRefresh(Widget widget, Runnable refresher) {
        Runnable guarded = () -> {
            if (!widget.isDisposed()) {
                refresher.run();
            }
        };
        refreshers.add(guarded);
        widget.addListener(SWT.Dispose, event -> refreshers.remove(guarded));
    }

    public static <W extends Widget> W tag(W widget, String id) {
        widget.setData(AssessmentWidgetIds.KEY, id);
        return widget;
    }

    /** Records {@code value} as one undoable step, creating the owner if the record has none yet. */
    public void commit(Owner owner, EStructuralFeature feature, Object value) {
        EObject existing = owner.find();
        if (existing != null && (Objects.equals(existing.eGet(feature), value) || !inRecord(existing))) {
            return;
        }
        ModelEdit edit = new ModelEdit(domain, "Set " + ClinicalLabels.describe(feature));
        edit.set(owner.ensure(edit), feature, value);
        edit.apply();
    }

    /** @return a label in the form's style */
    public Label label(Composite parent, String text) {
        Label label = toolkit.createLabel(parent, text, SWT.WRAP);
        label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
        return label;
    }

    /** A free-text field, recorded on focus out and Enter. */
    public Text text(Composite parent, Owner owner, EAttribute attribute, String id, int style) {
        Text text = tag(toolkit.createText(parent, "", SWT.BORDER | style), id);
        text.setLayoutData(wideField(style));
        if ((style & SWT.MULTI) != 0) {
            ((GridData) text.getLayoutData()).heightHint = 48;
        }
        Binding binding = new Binding(owner, attribute, value -> text.setText(value == null ? "" : value.toString()));
        Runnable record = () -> binding.write(text.getText().isEmpty() ? null : text.getText());
        text.addListener(SWT.FocusOut, event -> record.run());
        text.addListener(SWT.DefaultSelection, event -> record.run());
        onRefresh(text, binding::refresh);
        return text;
    }

    /**
     * Many text values edited as one line separated by semicolons (aggravating factors,
     * sports...), recorded on focus out and Enter.
     */
    public Text textList(Composite parent, Owner owner, EAttribute attribute, String id) {
        Text text = tag(toolkit.createText(parent, "", SWT.BORDER), id);
        text.setLayoutData(wideField(SWT.NONE));
        text.setMessage("separate with ;");
        Binding binding = new Binding(owner, attribute, value -> text.setText(String.join("; ", strings(value))));
        Runnable record = () -> binding.write(Arrays.stream(text.getText().split(";")).map(String::strip)
                .filter(entry -> !entry.isEmpty()).toList());
        text.addListener(SWT.FocusOut, event -> record.run());
        text.addListener(SWT.DefaultSelection, event -> record.run());
        onRefresh(text, binding::refresh);
        return text;
    }

    /**
     * A numeric field: recorded as the therapist types while the text is a number in
     * {@code min..max}; anything else is marked in the field and on the message line and not
     * recorded. Empty records "not recorded" ({@code null}). Up and Down step by one.
     */
    public Text number(Composite parent, Owner owner, EAttribute attribute, String id, int min, int max, int decimals) {
        Class<?> type = attribute.getEAttributeType().getInstanceClass();
        boolean integer = type == Integer.class || type == int.class;
        return number(parent, id, min, max, decimals, integer, new Binding(owner, attribute));
    }

    /**
     * A whole-number field like {@link #number(Composite, Owner, EAttribute, String, int, int, int)}
     * for a value that is recorded by more than a set of one feature (an instrument item, whose
     * scores change with it).
     *
     * @param read the value recorded now, {@code null} for none
     * @param write records a value the therapist entered ({@code null}: none)
     */
    public Text number(Composite parent, String id, int min, int max, Supplier<Integer> read, Consumer<Integer> write) {
        return number(parent, id, min, max, 0, true, new Binding(read::get, value -> write.accept((Integer) value)));
    }

    private Text number(Composite parent, String id, int min, int max, int decimals, boolean integer, Binding binding) {
        Text text = tag(toolkit.createText(parent, "", SWT.BORDER | SWT.RIGHT), id);
        GridData layout = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        layout.widthHint = 56;
        text.setLayoutData(layout);
        String hint = min + " to " + max;
        text.setToolTipText(hint);
        binding.show = value -> {
            text.setText(NumberInput.format(value));
            mark(text, null, hint);
        };
        text.addListener(SWT.Modify, event -> {
            if (binding.showing) {
                return;
            }
            NumberInput input = NumberInput.parse(text.getText(), BigDecimal.valueOf(min), BigDecimal.valueOf(max),
                    decimals, integer);
            mark(text, input.problem(), hint);
            if (input.acceptable()) {
                binding.write(input.value());
            }
        });
        text.addListener(SWT.KeyDown, event -> {
            if (event.keyCode == SWT.ARROW_UP || event.keyCode == SWT.ARROW_DOWN) {
                NumberInput input = NumberInput.parse(text.getText(), BigDecimal.valueOf(min), BigDecimal.valueOf(max),
                        decimals, integer);
                int current = input.value() == null ? (event.keyCode == SWT.ARROW_UP ? min - 1 : max + 1)
                        : input.value().intValue();
                int next = Math.max(min, Math.min(max, current + (event.keyCode == SWT.ARROW_UP ? 1 : -1)));
                text.setText(String.valueOf(next));
                event.doit = false;
            }
        });
        onRefresh(text, binding::refresh);
        binding.refresh();
        return text;
    }

    /** A date field (yyyy-MM-dd), recorded as soon as the text is a date; empty records none. */
    public Text date(Composite parent, Owner owner, EAttribute attribute, String id) {
        Text text = tag(toolkit.createText(parent, "", SWT.BORDER), id);
        GridData layout = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        layout.widthHint = 96;
        text.setLayoutData(layout);
        text.setMessage("yyyy-mm-dd");
        Binding binding = new Binding(owner, attribute, value -> {
            text.setText(value == null ? "" : value.toString());
            mark(text, null, "a date: yyyy-mm-dd");
        });
        text.addListener(SWT.Modify, event -> {
            if (binding.showing) {
                return;
            }
            String entered = text.getText().strip();
            try {
                LocalDate date = entered.isEmpty() ? null : LocalDate.parse(entered);
                mark(text, null, "a date: yyyy-mm-dd");
                binding.write(date);
            } catch (DateTimeParseException e) {
                mark(text, "'" + entered + "' is not a date (yyyy-mm-dd), not recorded", "a date: yyyy-mm-dd");
            }
        });
        onRefresh(text, binding::refresh);
        return text;
    }

    /** A read-only combo of an enumeration's literals, recorded when chosen. */
    public Combo choice(Composite parent, Owner owner, EAttribute attribute, String id) {
        EEnum type = (EEnum) attribute.getEAttributeType();
        Combo combo = tag(new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN), id);
        toolkit.adapt(combo);
        // fills its cell up to its natural width, and shrinks with a narrow column rather than overflowing it
        GridData layout = new GridData(SWT.FILL, SWT.CENTER, true, false);
        layout.widthHint = 80;
        combo.setLayoutData(layout);
        List<EEnumLiteral> literals = type.getELiterals();
        literals.forEach(literal -> combo.add(EnumLabels.label(literal)));
        Binding binding = new Binding(owner, attribute, value -> {
            EEnumLiteral literal = value instanceof Enumerator enumerator ? type.getEEnumLiteral(enumerator.getValue()) : null;
            if (literal == null) {
                combo.deselectAll();
            } else {
                combo.select(literals.indexOf(literal));
            }
        });
        combo.addListener(SWT.Selection, event -> {
            if (combo.getSelectionIndex() >= 0) {
                binding.write(literals.get(combo.getSelectionIndex()).getInstance());
            }
        });
        onRefresh(combo, binding::refresh);
        return combo;
    }

    /** A check box for a yes/no feature, recorded when clicked. */
    public Button check(Composite parent, String text, Owner owner, EAttribute attribute, String id) {
        Button button = tag(toolkit.createButton(parent, text, SWT.CHECK), id);
        Binding binding = new Binding(owner, attribute, value -> button.setSelection(Boolean.TRUE.equals(value)));
        button.addListener(SWT.Selection, event -> binding.write(button.getSelection()));
        onRefresh(button, binding::refresh);
        return button;
    }

    /**
     * A text field takes the width its column has: its content must not widen the form (a long
     * note would push the right column out of view).
     */
    private static GridData wideField(int style) {
        GridData layout = new GridData(SWT.FILL, (style & SWT.MULTI) != 0 ? SWT.FILL : SWT.CENTER, true, false);
        layout.widthHint = 80;
        return layout;
    }

    /** Marks {@code text} as holding a value that is not recorded, or clears the mark. */
    void mark(Text text, String problem, String hint) {
        text.setBackground(problem == null ? null : problemBackground);
        text.setToolTipText(problem == null ? hint : problem);
        report(problem);
    }

    /** Shows {@code problem} on the message line; {@code null} clears it. */
    public void report(String problem) {
        if (message != null && !message.isDisposed() && showLine(message, problem == null ? "" : problem)) {
            reflow(message);
        }
    }

    /**
     * Shows {@code text} in a line of the form that takes no room while it is empty (the
     * message, problem and red-flag lines).
     *
     * @return whether the line changed, so the caller lays the form out again
     */
    public static boolean showLine(Label line, String text) {
        if (line.getText().equals(text) && line.getVisible() != text.isEmpty()) {
            return false;
        }
        line.setText(text);
        ((GridData) line.getLayoutData()).exclude = text.isEmpty();
        line.setVisible(!text.isEmpty());
        return true;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return value == null ? List.of() : (List<String>) value;
    }

    /** One recorded value shown in one control. */
    private final class Binding {
        private final Supplier<Object> reader;
        private final Consumer<Object> writer;
        private Consumer<Object> show;
        private Object shown = NOT_SHOWN;
        /** True while the control is set from the model, so its listeners do not write back. */
        boolean showing;

        /** Shows and records {@code feature} of {@code owner}. */
        Binding(Owner owner, EStructuralFeature feature) {
            this(() -> read(owner, feature), value -> commit(owner, feature, value));
        }

        Binding(Owner owner, EStructuralFeature feature, Consumer<Object> show) {
            this(owner, feature);
            this.show = show;
        }

        Binding(Supplier<Object> reader, Consumer<Object> writer) {
            this.reader = reader;
            this.writer = writer;
        }

        void refresh() {
            Object value = reader.get();
            if (!Objects.equals(value, shown)) {
                shown = value;
                showing = true;
                try {
                    show.accept(value);
                } finally {
                    showing = false;
                }
            }
        }

        void write(Object value) {
            Object current = reader.get();
            if (Objects.equals(current, value) || (isEmpty(current) && isEmpty(value))) {
                return;
            }
            shown = value;
            writer.accept(value);
        }

        private static Object read(Owner owner, EStructuralFeature feature) {
            EObject object = owner.find();
            Object value = object == null ? null : object.eGet(feature);
            return feature.isMany() ? List.copyOf((List<?>) value == null ? List.of() : (List<?>) value) : value;
        }

        private static boolean isEmpty(Object value) {
            return value == null || value instanceof List<?> list && list.isEmpty();
        }
    }
}
