package org.physiobench.ui.editor.internal;

import java.util.Objects;
import java.util.function.Function;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Text;

/**
 * Keeps a text field and one attribute of a model object in step. The typed text becomes one
 * {@link SetCommand} when the field is left or Enter is pressed (one undo step per edit, not
 * per keystroke); text that does not parse is marked in the field with the reason and changes
 * nothing. Changes made elsewhere (undo, another page) show up in the field.
 *
 * @param <T> the attribute's Java type
 */
final class TextFieldBinding<T> {

    /** Turns typed text into a value; throws {@link IllegalArgumentException} with a readable reason. */
    interface Parser<T> {
        T parse(String text);
    }

    private static final RGB INVALID = new RGB(255, 228, 228);

    private final Text text;
    private final EditingDomain domain;
    private final EObject owner;
    private final EStructuralFeature feature;
    private final Parser<T> parser;
    private final Function<T, String> formatter;
    private final String hint;
    private final Color normalBackground;
    private final AdapterImpl modelListener = new AdapterImpl() {
        @Override
        public void notifyChanged(Notification notification) {
            if (notification.getFeature() == feature && !text.isDisposed()) {
                show();
            }
        }
    };

    private TextFieldBinding(Text text, EditingDomain domain, EObject owner, EStructuralFeature feature, Parser<T> parser,
            Function<T, String> formatter) {
        this.text = text;
        this.domain = domain;
        this.owner = owner;
        this.feature = feature;
        this.parser = parser;
        this.formatter = formatter;
        this.hint = text.getToolTipText();
        this.normalBackground = text.getBackground();
        show();
        owner.eAdapters().add(modelListener);
        text.addListener(SWT.FocusOut, event -> commit());
        text.addListener(SWT.DefaultSelection, event -> commit());
        text.addListener(SWT.Dispose, event -> owner.eAdapters().remove(modelListener));
    }

    static <T> TextFieldBinding<T> bind(Text text, EditingDomain domain, EObject owner, EStructuralFeature feature,
            Parser<T> parser, Function<T, String> formatter) {
        return new TextFieldBinding<>(text, domain, owner, feature, parser, formatter);
    }

    static TextFieldBinding<String> bindString(Text text, EditingDomain domain, EObject owner, EStructuralFeature feature) {
        return bind(text, domain, owner, feature, typed -> typed.isBlank() ? null : typed.strip(), value -> value);
    }

    /** Applies the field's text to the model, if it parses and differs. */
    void commit() {
        if (text.isDisposed()) {
            return;
        }
        T value;
        try {
            value = parser.parse(text.getText());
        } catch (IllegalArgumentException e) {
            markInvalid(e.getMessage());
            return;
        }
        markValid();
        if (!Objects.equals(value, owner.eGet(feature))) {
            domain.getCommandStack().execute(SetCommand.create(domain, owner, feature, value == null ? SetCommand.UNSET_VALUE : value));
        }
    }

    /** @return whether the field currently shows text that could not be applied */
    boolean isInvalid() {
        return INVALID.equals(text.getBackground().getRGB());
    }

    @SuppressWarnings("unchecked")
    private void show() {
        Object value = owner.eGet(feature);
        String shown = value == null ? "" : formatter.apply((T) value);
        if (!shown.equals(text.getText())) {
            text.setText(shown);
        }
        markValid();
    }

    private void markInvalid(String reason) {
        text.setBackground(new Color(INVALID));
        text.setToolTipText(reason);
    }

    private void markValid() {
        text.setBackground(normalBackground);
        text.setToolTipText(hint);
    }
}
