package org.physiobench.ui.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/** Saves what a control shows on screen as a PNG in the build's screenshots folder, for people to look at. */
public final class Screenshots {

    private Screenshots() {
    }

    /**
     * @return the number of distinct colours in the capture, so a test can tell a drawn
     *         control from a blank one
     */
    public static int save(Control control, String name) throws IOException {
        Display display = control.getDisplay();
        UiTesting.flush();
        control.update();
        Rectangle size = control.getBounds();
        Image image = new Image(display, size.width, size.height);
        // the control paints itself into the image: independent of what else is on the screen
        GC gc = new GC(image);
        try {
            control.print(gc);
            ImageData data = image.getImageData();
            Path folder = Path.of(System.getProperty("physiobench.screenshots", "target/screenshots"));
            Files.createDirectories(folder);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { data };
            loader.save(folder.resolve(name).toString(), SWT.IMAGE_PNG);
            Set<Integer> colours = new HashSet<>();
            for (int y = 0; y < data.height; y += 2) {
                for (int x = 0; x < data.width; x += 2) {
                    colours.add(data.getPixel(x, y));
                }
            }
            return colours.size();
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
