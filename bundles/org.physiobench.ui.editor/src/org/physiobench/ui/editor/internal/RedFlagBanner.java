package org.physiobench.ui.editor.internal;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.physiobench.core.api.TriageLevel;
import org.physiobench.plan.api.RedFlagStatus;
import org.physiobench.ui.assessment.api.TriageStyle;

/**
 * A full-width bar at the top of the patient editor that says the patient's red-flag triage
 * level and what to do, coloured by the level ({@link TriageStyle}): dark red for an emergency,
 * red for urgent, orange for non-urgent, each with its findings; pale amber for a risk factor
 * only (age, night pain) or when the current episode has no screening yet (not screened is not
 * the same as no flags); quiet green only after a screening found nothing.
 */
public final class RedFlagBanner extends Composite {

    /** How the banner looks; tests read it. */
    public enum Level {
        /** A finding at non-urgent or above: refer. */
        FLAGS,
        /** Risk factors only: screen further and safety-net. */
        RISK_FACTOR,
        /** The current episode has no screening yet. */
        NOT_SCREENED,
        /** A screening found nothing. */
        CLEAR
    }

    private static final RGB NOT_SCREENED = new RGB(255, 214, 102);

    private static final int WRAP_HINT = 200;

    private final Composite text;
    private final Label headline;
    private final Label detail;
    private final Button review;
    private Level level;
    private TriageLevel triageLevel;

    /**
     * @param onReview what "Record Medical Review..." does: shown while a finding answered "yes"
     *            is active
     */
    RedFlagBanner(Composite parent, Runnable onReview) {
        super(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 10;
        layout.marginHeight = 6;
        setLayout(layout);
        text = new Composite(this, SWT.NONE);
        GridLayout textLayout = new GridLayout(1, false);
        textLayout.marginWidth = 0;
        textLayout.marginHeight = 0;
        text.setLayout(textLayout);
        // a small width hint: the labels take the width the page gives and wrap in it, instead
        // of asking for one line as wide as the longest finding (cut off on a narrow editor)
        text.setLayoutData(GridDataFactory.fillDefaults().grab(true, false).hint(WRAP_HINT, SWT.DEFAULT).create());
        headline = new Label(text, SWT.WRAP);
        headline.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.HEADER_FONT));
        headline.setLayoutData(GridDataFactory.fillDefaults().grab(true, false).hint(WRAP_HINT, SWT.DEFAULT).create());
        detail = new Label(text, SWT.WRAP);
        detail.setLayoutData(GridDataFactory.fillDefaults().grab(true, false).hint(WRAP_HINT, SWT.DEFAULT).create());
        review = new Button(this, SWT.PUSH);
        review.setText("Record Medical Review...");
        review.setData("id", "record-medical-review");
        review.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
        review.addListener(SWT.Selection, event -> onReview.run());
    }

    /** @return the button that records a medical review (hidden while no answered finding is active) */
    public Button getReviewButton() {
        return review;
    }

    /** @return whether the banner changed (its level or words) */
    boolean show(PatientRedFlags flags) {
        RedFlagStatus status = flags.status();
        TriageLevel triage = status.level();
        boolean reviewable = !status.active().isEmpty();
        if (review.getVisible() != reviewable) {
            review.setVisible(reviewable);
            ((GridData) review.getLayoutData()).exclude = !reviewable;
            requestLayout();
        }
        // the same words as the assessment form's banner: the level's action, then the findings
        String findings = String.join("\n", status.detailLines());
        String when = flags.screenedOn().map(date -> "Screening of " + date + ".").orElse("");
        if (triage.suspectsPathology()) {
            String referral = status.referred() ? "" : " Not yet referred.";
            return paint(Level.FLAGS, triage, TriageStyle.background(triage), triage.label() + " - " + triage.action(),
                    join(findings, when + referral));
        }
        if (!flags.screened()) {
            return paint(Level.NOT_SCREENED, triage, NOT_SCREENED, "Red flags not screened",
                    join("This episode has no red-flag screening yet. Screen in an assessment before treatment.",
                            findings));
        }
        if (triage == TriageLevel.SCREEN) {
            return paint(Level.RISK_FACTOR, triage, TriageStyle.background(triage),
                    triage.label() + " - " + triage.action(), join(findings, when));
        }
        return paint(Level.CLEAR, triage, TriageStyle.background(TriageLevel.NONE), "No red flags",
                join(findings, when + " No active red flag." + (status.referred() ? " Referred for medical review." : "")));
    }

    public Level getLevel() {
        return level;
    }

    /** @return the triage level shown */
    public TriageLevel getTriageLevel() {
        return triageLevel;
    }

    public String getHeadline() {
        return headline.getText();
    }

    public String getDetail() {
        return detail.getText();
    }

    private static String join(String first, String second) {
        if (first.isBlank()) {
            return second.strip();
        }
        return second.isBlank() ? first : first + "\n" + second.strip();
    }

    private boolean paint(Level newLevel, TriageLevel newTriage, RGB background, String title, String words) {
        if (newLevel == level && newTriage == triageLevel && title.equals(headline.getText())
                && words.equals(detail.getText())) {
            return false;
        }
        level = newLevel;
        triageLevel = newTriage;
        Color color = new Color(background);
        boolean white = newLevel == Level.FLAGS && TriageStyle.whiteText(newTriage);
        Color foreground = getDisplay().getSystemColor(white ? SWT.COLOR_WHITE : SWT.COLOR_BLACK);
        for (var control : List.of(this, text, headline, detail)) {
            control.setBackground(color);
            control.setForeground(foreground);
        }
        headline.setText(title);
        detail.setText(words);
        requestLayout();
        return true;
    }
}
