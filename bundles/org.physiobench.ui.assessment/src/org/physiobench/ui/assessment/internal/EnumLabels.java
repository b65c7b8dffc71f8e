package org.physiobench.ui.assessment.internal;

import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EEnumLiteral;

/** Enumeration values as a therapist reads them: {@code worse-in-morning} is "Worse in morning". */
public final class EnumLabels {

    private EnumLabels() {
    }

    public static String label(EEnumLiteral literal) {
        return label(literal.getLiteral());
    }

    public static String label(Enumerator value) {
        return label(value.getLiteral());
    }

    /** @return the literal with dashes as spaces and a capital first letter */
    public static String label(String literal) {
        String words = literal.replace('-', ' ').toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
