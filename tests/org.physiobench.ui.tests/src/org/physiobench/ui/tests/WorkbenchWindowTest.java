package org.physiobench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.physiobench.core.api.ProductInfo;
import org.physiobench.ui.internal.AboutDialog;
import org.physiobench.ui.internal.ClinicalPerspective;
import org.physiobench.ui.internal.WelcomeView;

/** Runs inside the real PhysioBench workbench, started by the UI test harness. */
class WorkbenchWindowTest {

    private static IWorkbenchWindow window() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window, "the workbench has no active window");
        return window;
    }

    @Test
    void runsAsThePhysioBenchProduct() {
        assertNotNull(Platform.getProduct(), "no product");
        assertEquals("org.physiobench.ui.product", Platform.getProduct().getId());
        assertEquals("PhysioBench", Platform.getProduct().getName());
    }

    @Test
    void windowIsTitledPhysioBench() {
        Shell shell = window().getShell();
        assertTrue(shell.isVisible(), "the window is not shown");
        assertEquals("PhysioBench", shell.getText());
    }

    @Test
    void opensInTheClinicalPerspective() {
        IWorkbenchPage page = window().getActivePage();
        assertEquals(ClinicalPerspective.ID, page.getPerspective().getId());
    }

    @Test
    void welcomeViewShowsVersionAndDataFolder() {
        IViewPart view = window().getActivePage().findView(WelcomeView.ID);
        assertNotNull(view, "the welcome view is not open");
        List<String> texts = new ArrayList<>();
        collectLabels(window().getShell(), texts);
        assertTrue(texts.contains(ProductInfo.nameAndVersion()), texts.toString());
        assertTrue(texts.stream().anyMatch(text -> text.startsWith("Data folder: /")), texts.toString());
    }

    @Test
    void aboutDialogNamesTheVersion() {
        AboutDialog dialog = new AboutDialog(window().getShell());
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            assertEquals("About PhysioBench", dialog.getShell().getText());
            List<String> texts = new ArrayList<>();
            collectLabels(dialog.getShell(), texts);
            String all = String.join("\n", texts);
            assertTrue(all.contains("Version: " + ProductInfo.version()), all);
            assertTrue(all.contains("Data folder: /"), all);
            assertFalse(ProductInfo.version().equals("0.0.0"), "the version comes from the bundle, not a default");
        } finally {
            dialog.close();
        }
    }

    /** Texts of all labels and text fields below {@code control}. */
    private static void collectLabels(Control control, List<String> texts) {
        if (control instanceof Label label) {
            texts.add(label.getText());
        }
        if (control instanceof Text text) {
            texts.add(text.getText());
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collectLabels(child, texts);
            }
        }
    }
}
