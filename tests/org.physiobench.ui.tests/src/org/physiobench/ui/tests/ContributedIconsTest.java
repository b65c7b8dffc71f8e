package org.physiobench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/**
 * Every view and toolbar command PhysioBench contributes carries its own PNG icon (with a
 * {@code @2x} variant for high-density screens). A view without an icon gets the platform's
 * default view image, an SVG: rasterising it on the first paint of the window loaded jsvg and
 * Java2D (~800 classes, a tenth of the workbench's start-up) - and a tab without its own
 * picture is harder to find.
 */
class ContributedIconsTest {

    private static final String VIEWS = "org.eclipse.ui.views";
    private static final String MENUS = "org.eclipse.ui.menus";

    @Test
    void everyPhysioBenchViewHasARasterIcon() {
        Set<String> views = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (IConfigurationElement view : physioBench(VIEWS)) {
            if (!"view".equals(view.getName())) {
                continue;
            }
            views.add(view.getAttribute("id"));
            checkIcon(view, view.getAttribute("id"), problems);
        }
        assertTrue(views.containsAll(Set.of("org.physiobench.ui.views.welcome", "org.physiobench.ui.views.patients",
                "org.physiobench.ui.views.progress", "org.physiobench.ui.views.homeProgramme")),
                "views found: " + views);
        assertEquals(List.of(), problems);
    }

    @Test
    void thePatientsToolbarCommandsHaveRasterIcons() {
        List<String> problems = new ArrayList<>();
        int commands = 0;
        for (IConfigurationElement contribution : physioBench(MENUS)) {
            if (!"toolbar:org.physiobench.ui.views.patients".equals(contribution.getAttribute("locationURI"))) {
                continue;
            }
            for (IConfigurationElement command : contribution.getChildren("command")) {
                commands++;
                checkIcon(command, command.getAttribute("commandId"), problems);
            }
        }
        assertEquals(3, commands, "commands on the Patients view's toolbar");
        assertEquals(List.of(), problems);
    }

    private static List<IConfigurationElement> physioBench(String extensionPoint) {
        List<IConfigurationElement> elements = new ArrayList<>();
        for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(extensionPoint)) {
            if (element.getContributor().getName().startsWith("org.physiobench.")) {
                elements.add(element);
            }
        }
        return elements;
    }

    private static void checkIcon(IConfigurationElement element, String what, List<String> problems) {
        String icon = element.getAttribute("icon");
        String bundleName = element.getContributor().getName();
        if (icon == null) {
            problems.add(what + " (" + bundleName + ") has no icon");
            return;
        }
        if (!icon.endsWith(".png")) {
            problems.add(what + ": " + icon + " is not a PNG");
            return;
        }
        Bundle bundle = Platform.getBundle(bundleName);
        assertNotNull(bundle, bundleName);
        if (bundle.getEntry(icon) == null) {
            problems.add(what + ": " + icon + " is missing from " + bundleName);
            return;
        }
        String highDensity = icon.substring(0, icon.length() - ".png".length()) + "@2x.png";
        if (bundle.getEntry(highDensity) == null) {
            problems.add(what + ": " + highDensity + " is missing from " + bundleName);
        }
        Image image = ImageDescriptor.createFromURL(bundle.getEntry(icon)).createImage(false, Display.getDefault());
        if (image == null) {
            problems.add(what + ": " + icon + " cannot be read as an image");
            return;
        }
        try {
            if (image.getBounds().width != 16 || image.getBounds().height != 16) {
                problems.add(what + ": " + icon + " is " + image.getBounds().width + "x" + image.getBounds().height
                        + ", not 16x16");
            }
        } finally {
            image.dispose();
        }
    }
}
