package org.physiobench.ui.editor.internal;

import java.util.List;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * A full-width bar at the top of the patient editor that says whether the patient has red
 * flags. Red with the flags and "refer before treatment" when any is raised; amber when the
 * current episode has no screening yet (not screened is not the same as no flags); quiet
 * green only after a screening found nothing.
 */
public final class RedFlagBanner extends Composite {

    /** How the banner looks; tests read it. */
    public enum Level {
        FLAGS, NOT_SCREENED, CLEAR
    }

    private static final RGB RED = new RGB(176, 0, 32);
    private static final RGB AMBER = new RGB(255, 214, 102);
    private static final RGB GREEN = new RGB(220, 239, 220);

    private final Label headline;
    private final Label detail;
    private Level level;

    RedFlagBanner(Composite parent) {
        super(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 10;
        layout.marginHeight = 6;
        setLayout(layout);
        headline = new Label(this, SWT.WRAP);
        headline.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.HEADER_FONT));
        headline.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        detail = new Label(this, SWT.WRAP);
        detail.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    }

    /** @return whether the banner changed (its level or words) */
    boolean show(PatientRedFlags flags) {
        if (flags.raised()) {
            // the same words as the assessment form's banner: first line headline, then the flags
            String text = flags.status().orElseThrow().bannerText();
            int firstBreak = text.indexOf('\n');
            String when = flags.screenedOn().map(date -> "\nScreening of " + date + ".").orElse("");
            return paint(Level.FLAGS, RED, text.substring(0, firstBreak), text.substring(firstBreak + 1) + when
                    + (flags.referred() ? "" : " Not yet referred."));
        } else if (!flags.screened()) {
            return paint(Level.NOT_SCREENED, AMBER, "Red flags not screened",
                    "This episode has no red-flag screening yet. Screen in an assessment before treatment.");
        } else {
            return paint(Level.CLEAR, GREEN, "No red flags",
                    "Screening of " + flags.screenedOn().map(Object::toString).orElse("unknown date") + " raised none."
                            + (flags.referred() ? " Referred for medical review." : ""));
        }
    }

    public Level getLevel() {
        return level;
    }

    public String getHeadline() {
        return headline.getText();
    }

    public String getDetail() {
        return detail.getText();
    }

    private boolean paint(Level newLevel, RGB background, String title, String text) {
        if (newLevel == level && title.equals(headline.getText()) && text.equals(detail.getText())) {
            return false;
        }
        level = newLevel;
        Color color = new Color(background);
        Color foreground = getDisplay().getSystemColor(newLevel == Level.FLAGS ? SWT.COLOR_WHITE : SWT.COLOR_BLACK);
        for (var control : List.of(this, headline, detail)) {
            control.setBackground(color);
            control.setForeground(foreground);
        }
        headline.setText(title);
        detail.setText(text);
        requestLayout();
        return true;
    }
}
