package org.physiobench.ui.assessment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.physiobench.clinical.api.Instruments;
import org.physiobench.model.api.Assessment;
import org.physiobench.model.api.Patient;
import org.physiobench.model.testing.ClinicalExamples;
import org.physiobench.ui.testing.Screenshots;
import org.physiobench.ui.testing.UiTesting;

/** The form with the example patient's assessment, saved as a picture for people to look at. */
class AssessmentFormScreenshotTest {

    private FormFixture fixture;

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void screenshotOfTheExampleAssessment() throws Exception {
        Patient patient = ClinicalExamples.fullyPopulatedPatient();
        Assessment assessment = patient.getEpisodes().get(0).getAssessments().get(0);
        long start = System.nanoTime();
        fixture = new FormFixture(patient, assessment, Instruments.registry());
        long built = System.nanoTime();
        fixture.shell.setSize(1280, 1000);
        fixture.page.addInstrument("startback");
        long added = System.nanoTime();
        fixture.page.answerAll("startback", 1, 1, 1, 0, 1, 1, 0, 0, 2);
        long answered = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            fixture.form.refresh();
        }
        long refreshed = System.nanoTime();
        // figures for people (no assertion on time): building the form, adding an instrument, one answer with its
        // refresh and repaint, and the form re-reading the whole record (what follows every change)
        System.out.printf("assessment form: built and shown in %d ms, STarT Back added in %d ms, %d ms per answer,"
                + " %d ms per refresh%n", (built - start) / 1_000_000, (added - built) / 1_000_000,
                (answered - added) / 9_000_000, (refreshed - answered) / 10_000_000);
        // the example records a "yes" under an id the checklist does not know: it must still show
        assertTrue(fixture.page.redFlagBanner().contains("minor-trauma-osteoporosis"), fixture.page.redFlagBanner());
        assertEquals("medium; Psychosocial subscale 2", fixture.page.band("startback"));

        assertTrue(Screenshots.save(fixture.form.getControl(), "assessment-form.png") > 8, "the form looks blank");
        // the whole form at once, for reviewing every section
        Composite body = ((ScrolledForm) fixture.form.getControl()).getBody();
        fixture.shell.setSize(1280, body.computeSize(1260, SWT.DEFAULT).y + 60);
        UiTesting.flush();
        fixture.form.getControl().getParent().layout(true, true);
        assertTrue(Screenshots.save(fixture.form.getControl(), "assessment-form-full.png") > 8);
    }
}
