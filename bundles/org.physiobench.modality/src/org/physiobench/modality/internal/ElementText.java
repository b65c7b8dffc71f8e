package org.physiobench.modality.internal;

import org.eclipse.core.runtime.IConfigurationElement;

/** Attribute and text access that treats blank as missing, so "" never passes as a value. */
final class ElementText {

    private ElementText() {
    }

    static String required(IConfigurationElement element, String attribute) throws InvalidContributionException {
        String value = optional(element, attribute);
        if (value == null) {
            throw new InvalidContributionException("<" + element.getName() + "> misses the attribute '" + attribute + "'");
        }
        return value;
    }

    static String optional(IConfigurationElement element, String attribute) {
        String value = element.getAttribute(attribute);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** @return the text of the single child element {@code name}, whitespace of the XML layout collapsed */
    static String requiredChildText(IConfigurationElement element, String name) throws InvalidContributionException {
        IConfigurationElement[] children = element.getChildren(name);
        if (children.length != 1) {
            throw new InvalidContributionException("needs exactly one <" + name + "> element, found " + children.length);
        }
        String text = children[0].getValue();
        if (text == null || text.isBlank()) {
            throw new InvalidContributionException("<" + name + "> is empty");
        }
        return collapse(text);
    }

    /** Text in plugin.xml is indented with the markup; a reader should see single spaces. */
    static String collapse(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
