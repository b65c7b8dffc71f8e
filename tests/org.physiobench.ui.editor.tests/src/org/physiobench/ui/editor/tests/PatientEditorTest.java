package org.physiobench.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.physiobench.ui.editor.tests.EditorFixture.find;
import static org.physiobench.ui.editor.tests.EditorFixture.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.physiobench.core.api.TriageLevel;
import org.physiobench.model.api.Assessment;
import org.physiobench.model.api.AssessmentKind;
import org.physiobench.model.api.ClinicalPackage;
import org.physiobench.model.api.ClinicalRecords;
import org.physiobench.model.api.EpisodeOfCare;
import org.physiobench.model.api.EpisodeStatus;
import org.physiobench.model.api.Patient;
import org.physiobench.model.api.Session;
import org.physiobench.store.api.StoredPatient;
import org.physiobench.ui.editor.api.PatientEditors;
import org.physiobench.ui.editor.internal.AssessmentsPage;
import org.physiobench.ui.editor.internal.DischargePage;
import org.physiobench.ui.editor.internal.EditorPrompts;
import org.physiobench.ui.editor.internal.MedicalReviewEntry;
import org.physiobench.ui.editor.internal.OverviewPage;
import org.physiobench.ui.editor.internal.PatientEditor;
import org.physiobench.ui.editor.internal.RedFlagBanner;
import org.physiobench.ui.editor.internal.SessionsPage;
import org.physiobench.ui.patients.api.PatientCommands;
import org.physiobench.ui.plan.api.PlanWidgetIds;
import org.physiobench.ui.progress.internal.ProgressView;
import org.physiobench.ui.testing.AssessmentFormPage;
import org.physiobench.ui.testing.Screenshots;
import org.physiobench.ui.testing.SessionFormPage;
import org.physiobench.ui.testing.UiTesting;
import org.physiobench.ui.testing.Widgets;

/** The patient editor in the real workbench, on records of its own in the workbench's store. */
class PatientEditorTest {

    private IWorkbenchPage page;
    private final ScriptedPrompts prompts = new ScriptedPrompts();

    @BeforeEach
    void activePage() {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @AfterEach
    void closeEditors() {
        page.closeAllEditors(false);
        UiTesting.flush();
    }

    @Test
    void suspectedCaudaEquinaIsAnEmergencyBannerNamingEveryFinding() throws Exception {
        PatientEditor editor = open(EditorFixture.savedScreenedPatient("Flagged",
                List.of("saddle-anaesthesia", "fever-chills"), List.of("major-trauma")));
        RedFlagBanner banner = overview(editor).getBanner();

        assertEquals(RedFlagBanner.Level.FLAGS, banner.getLevel());
        assertEquals(TriageLevel.EMERGENCY, banner.getTriageLevel());
        assertEquals("EMERGENCY - Same-day emergency assessment (emergency department); no treatment", banner.getHeadline());
        assertTrue(banner.getDetail().startsWith("Cauda equina syndrome: Saddle anaesthesia"), banner.getDetail());
        assertTrue(banner.getDetail().contains("Spinal infection: Fever or chills"), banner.getDetail());
        assertFalse(banner.getDetail().contains("Major trauma"), "a 'no' answer is not a flag: " + banner.getDetail());
        assertTrue(banner.getReviewButton().getVisible());
        assertTrue(Screenshots.save(editor.getSite().getShell(), "patient-editor-emergency.png") > 4, "the editor drew nothing");
    }

    @Test
    void theOverviewSaysWhenTheReAssessmentIsDue() throws Exception {
        Patient patient = org.physiobench.model.api.ClinicalRecords.newPatient("Dee", "Due", LocalDate.of(1980, 5, 17));
        EpisodeOfCare episode = org.physiobench.model.api.ClinicalRecords.newEpisode(patient, "Low back pain",
                LocalDate.now().minusDays(30));
        org.physiobench.model.api.ClinicalRecords.newPlan(episode, LocalDate.now().minusDays(28), "tester", "Initial plan",
                java.time.Instant.now()).getCurrentRevision().setReviewDate(LocalDate.now().minusDays(1));
        PatientEditor editor = open(EditorFixture.save(patient));

        Label followUp = find(editor.getPageContainer(), "follow-up", Label.class);
        assertEquals("Re-assessment due " + LocalDate.now().minusDays(1) + " (due now)\n"
                + "No outcome measure with an MCID recorded: progress cannot be judged.", followUp.getText());
        assertEquals(followUp.getText(), OverviewPage.followUp(editor.getPatient().getEpisodes().get(0), LocalDate.now()));
    }

    @Test
    void ageAloneIsARiskFactorNotARedBanner() throws Exception {
        // 59 years old, every question answered "no"
        LocalDate born = LocalDate.now().minusDays(9).minusYears(59).minusMonths(2);
        PatientEditor editor = open(EditorFixture.savedScreenedPatient("Fiftynine", born, List.of(),
                List.of("saddle-anaesthesia", "history-of-cancer", "fever-chills", "major-trauma")));
        RedFlagBanner banner = overview(editor).getBanner();

        assertEquals(RedFlagBanner.Level.RISK_FACTOR, banner.getLevel());
        assertEquals(TriageLevel.SCREEN, banner.getTriageLevel());
        assertEquals("Risk factor - Screen further and safety-net; treatment proceeds", banner.getHeadline());
        assertTrue(banner.getDetail().startsWith("Risk factor: Age over 50 (age 59)"), banner.getDetail());
        assertFalse(banner.getReviewButton().getVisible(), "nothing answered yes to review");
        assertTrue(Screenshots.save(editor.getSite().getShell(), "patient-editor-age-risk-factor.png") > 4,
                "the editor drew nothing");
    }

    @Test
    void aRecordedMedicalReviewLiftsTheFindingAndIsSavedWithTheRecord() throws Exception {
        PatientEditor editor = open(EditorFixture.savedScreenedPatient("Reviewed", List.of("foot-drop"), List.of()));
        RedFlagBanner banner = overview(editor).getBanner();
        assertEquals(TriageLevel.URGENT, banner.getTriageLevel());
        editor.setPrompts(prompts.reviewing(new MedicalReviewEntry(LocalDate.now(), "Dr Lee, GP",
                "L5 radiculopathy, treatment may proceed", List.of("foot-drop"))));

        click(banner.getReviewButton());

        assertEquals(Map.of("foot-drop", "Progressive neurological deficit: Foot drop"), prompts.reviewOffered);
        EditorFixture.waitFor(() -> banner.getLevel() == RedFlagBanner.Level.CLEAR, "a clear banner");
        assertTrue(banner.getDetail().contains("Medically reviewed " + LocalDate.now() + " by Dr Lee, GP: Foot drop"),
                banner.getDetail());
        assertTrue(editor.isDirty());
        assertTrue(editor.save(), "blocking problems: " + prompts.blocking);
        Patient saved = store().loadPatient(editor.getPatient().getId(), "tester").patient();
        assertEquals(1, saved.getMedicalReviews().size());
        assertEquals(List.of("foot-drop"), saved.getMedicalReviews().get(0).getFindings());
        assertEquals(TriageLevel.NONE, org.physiobench.plan.api.RedFlagStatus.of(saved).level());
    }

    @Test
    void anEpisodeWithoutScreeningIsNotShownAsFreeOfFlags() throws Exception {
        PatientEditor editor = open(EditorFixture.savedPatient("Unscreened"));

        assertEquals(RedFlagBanner.Level.NOT_SCREENED, overview(editor).getBanner().getLevel());
    }

    @Test
    void aScreeningWithOnlyNoAnswersIsClear() throws Exception {
        PatientEditor editor = open(EditorFixture.savedScreenedPatient("Clear", List.of(), List.of("saddle-anaesthesia")));

        assertEquals(RedFlagBanner.Level.CLEAR, overview(editor).getBanner().getLevel());
    }

    @Test
    void aNewYesAnswerTurnsTheBannerRedBeforeSaving() throws Exception {
        PatientEditor editor = open(EditorFixture.savedScreenedPatient("Turning", List.of(), List.of("foot-drop")));
        Assessment assessment = editor.getPatient().getEpisodes().get(0).getAssessments().get(0);

        execute(editor, SetCommand.create(editor.getEditingDomain(), assessment.getRedFlagScreening().getAnswers().get(0),
                ClinicalPackage.Literals.RED_FLAG_ANSWER__ANSWER, org.physiobench.model.api.ScreeningAnswer.YES));

        EditorFixture.waitFor(() -> overview(editor).getBanner().getLevel() == RedFlagBanner.Level.FLAGS, "a red banner");
        assertTrue(overview(editor).getBanner().getDetail().contains("Foot drop"));
    }

    @Test
    void theOverviewIsLaidOutWhenItFirstShows() throws Exception {
        // the page is filled before it has a size and laid out by its first resize, not before
        PatientEditor editor = open(EditorFixture.savedScreenedPatient("Laid Out", List.of(), List.of("foot-drop")));
        List<Link> assessments = overview(editor).getAssessmentLinks();

        assertEquals(1, assessments.size());
        assertTrue(assessments.get(0).getSize().x > 0 && assessments.get(0).getSize().y > 0,
                "the link's size: " + assessments.get(0).getSize());
        assertTrue(overview(editor).getBanner().getSize().x > 0, "the banner's size: " + overview(editor).getBanner().getSize());
        assertEquals(overview(editor).getManagedForm().getForm().getBody().getClientArea().width,
                overview(editor).getBanner().getSize().x + 2 * 5, 5, "the banner spans the page");
    }

    @Test
    void theOverviewShowsTheEpisodesStartAndStatusAndThePageTitleNamesThePatient() throws Exception {
        PatientEditor editor = open(EditorFixture.savedPatient("Started"));
        EpisodeOfCare episode = editor.getPatient().getEpisodes().get(0);
        Label started = find(editor.getPageContainer(), "started-status", Label.class);

        assertEquals(episode.getStartDate() + "\n" + episode.getStatus().getLiteral(), started.getText());
        assertTrue(started.getSize().x > 0, "the label is laid out: " + started.getSize());
        Label title = find(editor.getPageContainer(), "page-title", Label.class);
        assertTrue(title.getText().contains("Started") && title.getText().endsWith("Overview"), title.getText());
        assertTrue(title.getSize().x > 0, "the title is laid out: " + title.getSize());
    }

    @Test
    void anEditTheOverviewDoesNotShowLeavesItsListAloneAndOneItShowsIsListed() throws Exception {
        PatientEditor editor = open(EditorFixture.savedScreenedPatient("Listed", List.of(), List.of("foot-drop")));
        Link listed = overview(editor).getAssessmentLinks().get(0);
        Assessment assessment = editor.getPatient().getEpisodes().get(0).getAssessments().get(0);

        execute(editor, SetCommand.create(editor.getEditingDomain(), editor.getPatient().getEpisodes().get(0),
                ClinicalPackage.Literals.EPISODE_OF_CARE__CONDITION, "Chronic low back pain"));
        assertSame(listed, overview(editor).getAssessmentLinks().get(0), "the list was not rebuilt for a change it does not show");

        execute(editor, SetCommand.create(editor.getEditingDomain(), assessment, ClinicalPackage.Literals.ASSESSMENT__THERAPIST_ID,
                "another-therapist"));
        assertTrue(overview(editor).getAssessmentLinks().get(0).getText().endsWith("\u2013 another-therapist"),
                overview(editor).getAssessmentLinks().get(0).getText());
        editor.getEditingDomain().getCommandStack().undo();
        UiTesting.flush();
        assertTrue(overview(editor).getAssessmentLinks().get(0).getText().endsWith("\u2013 tester"),
                overview(editor).getAssessmentLinks().get(0).getText());
    }

    @Test
    void theOverviewListsTheNewestAssessmentsAndAClickOpensOneOrAllOfThem() throws Exception {
        Patient patient = ClinicalRecords.newPatient("Alex", "Reassessed", LocalDate.of(1980, 5, 17));
        EpisodeOfCare episode = ClinicalRecords.newEpisode(patient, "Low back pain", LocalDate.now().minusDays(70));
        for (int week = 0; week < 7; week++) {
            ClinicalRecords.newAssessment(episode, week == 0 ? AssessmentKind.INITIAL : AssessmentKind.REASSESSMENT,
                    LocalDate.now().minusDays(70 - 10 * week), "tester");
        }
        PatientEditor editor = open(EditorFixture.save(patient));
        List<Assessment> recorded = editor.getPatient().getEpisodes().get(0).getAssessments();
        List<Link> links = overview(editor).getAssessmentLinks();

        assertEquals(6, links.size(), "the newest five and one to all of them");
        assertTrue(links.get(0).getText().startsWith("<a>" + recorded.get(6).getDate() + " reassessment</a>"), links.get(0).getText());
        assertTrue(links.get(4).getText().startsWith("<a>" + recorded.get(2).getDate()), links.get(4).getText());
        assertEquals("<a>All 7 assessments</a>", links.get(5).getText());

        links.get(1).notifyListeners(SWT.Selection, new Event());
        AssessmentsPage page = (AssessmentsPage) editor.getActivePageInstance();
        assertSame(recorded.get(5), page.getShownAssessment().orElseThrow());

        editor.setActivePage(OverviewPage.ID);
        overview(editor).getAssessmentLinks().get(5).notifyListeners(SWT.Selection, new Event());
        assertEquals(AssessmentsPage.ID, editor.getActivePageInstance().getId());
    }

    @Test
    void typingANameIsOneUndoableStepThatMakesTheEditorDirty() throws Exception {
        PatientEditor editor = open(EditorFixture.savedPatient("Before"));
        Text family = find(editor.getPageContainer(), "family-name", Text.class);

        type(family, "After");
        assertEquals("After", editor.getPatient().getFamilyName());
        assertTrue(editor.isDirty());
        assertEquals("After, Alex", editor.getPartName());

        handlers(editor).executeCommand("org.eclipse.ui.edit.undo", null);
        UiTesting.flush();
        assertEquals("Before", editor.getPatient().getFamilyName());
        assertEquals("Before", family.getText());
        assertFalse(editor.isDirty());

        handlers(editor).executeCommand("org.eclipse.ui.edit.redo", null);
        assertEquals("After", editor.getPatient().getFamilyName());
        assertTrue(editor.isDirty());

        Combo sex = find(editor.getPageContainer(), "sex", Combo.class);
        sex.select(org.physiobench.model.api.Sex.FEMALE.getValue());
        sex.notifyListeners(SWT.Selection, new Event());
        assertEquals(org.physiobench.model.api.Sex.FEMALE, editor.getPatient().getSex());
        handlers(editor).executeCommand("org.eclipse.ui.edit.undo", null);
        UiTesting.flush();
        assertEquals(org.physiobench.model.api.Sex.UNKNOWN.getValue(), sex.getSelectionIndex(), "the combo follows the undo");
    }

    @Test
    void aSessionNoteTypedKeyByKeyIsOneUndoStep() throws Exception {
        PatientEditor editor = open(EditorFixture.savedPatient("Notes"));
        SessionsPage sessions = (SessionsPage) editor.setActivePage(SessionsPage.ID);
        UiTesting.flush();
        new SessionFormPage(sessions.getForm().orElseThrow()).newSession();
        Session session = editor.getPatient().getEpisodes().get(0).getSessions().get(0);
        Text subjective = Widgets.find(sessions.getForm().orElseThrow().getControl(), PlanWidgetIds.KEY,
                PlanWidgetIds.SUBJECTIVE, Text.class);
        subjective.setFocus();
        String note = "Slept well";
        for (int typed = 1; typed <= note.length(); typed++) {
            subjective.setText(note.substring(0, typed)); // one Modify event per key, as typing sends
        }
        UiTesting.flush();
        assertEquals(note, session.getSoap().getSubjective());

        handlers(editor).executeCommand("org.eclipse.ui.edit.undo", null);
        UiTesting.flush();

        String left = session.getSoap() == null ? null : session.getSoap().getSubjective();
        assertTrue(left == null || left.length() <= 1, "one undo takes back the typing, not one letter: " + left);
        assertTrue(editor.getPatient().getEpisodes().get(0).getSessions().contains(session), "the session stays");
    }

    @Test
    void anImpossibleBirthDateIsMarkedAndChangesNothing() throws Exception {
        PatientEditor editor = open(EditorFixture.savedPatient("Dates"));
        Text birthDate = find(editor.getPageContainer(), "birth-date", Text.class);

        type(birthDate, "17/05/1980");
        assertEquals("1980-05-17", editor.getPatient().getBirthDate().toString());
        assertFalse(editor.isDirty());
        assertTrue(birthDate.getToolTipText().contains("yyyy-mm-dd"), birthDate.getToolTipText());

        type(birthDate, "1981-02-03");
        assertEquals("1981-02-03", editor.getPatient().getBirthDate().toString());
    }

    @Test
    void saveWritesTheRecordWithTheNextVersion() throws Exception {
        StoredPatient record = EditorFixture.savedPatient("Saving");
        PatientEditor editor = open(record);
        type(givenNameField(editor), "Robin");

        assertTrue(editor.save());

        assertFalse(editor.isDirty());
        StoredPatient saved = store().loadPatient(record.id(), "tester");
        assertEquals("Robin", saved.patient().getGivenName());
        assertEquals(saved.version(), editor.getVersion());
        assertTrue(saved.version() > record.version());
    }

    @Test
    void aRecordSavedElsewhereIsAConflictAndReloadShowsTheOtherVersion() throws Exception {
        StoredPatient record = EditorFixture.savedPatient("Shared");
        PatientEditor editor = open(record);
        editor.setPrompts(prompts.answering(EditorPrompts.ConflictChoice.RELOAD));
        Patient elsewhere = store().loadPatient(record.id(), "colleague").patient();
        elsewhere.setGivenName("Changed Elsewhere");
        store().savePatient(elsewhere, record.version(), "colleague");
        type(givenNameField(editor), "Changed Here");

        assertFalse(editor.save());

        assertEquals(1, prompts.conflicts.size());
        assertTrue(prompts.conflicts.get(0).contains(record.id()), "the message names the record: " + prompts.conflicts);
        assertEquals("Changed Elsewhere", editor.getPatient().getGivenName());
        assertEquals("Changed Elsewhere", givenNameField(editor).getText());
        assertFalse(editor.isDirty());
        assertEquals("Changed Elsewhere", storedGivenName(record));
    }

    @Test
    void keepEditingAfterAConflictLosesNothing() throws Exception {
        StoredPatient record = EditorFixture.savedPatient("Kept");
        PatientEditor editor = open(record);
        editor.setPrompts(prompts.answering(EditorPrompts.ConflictChoice.KEEP_EDITING));
        Patient elsewhere = store().loadPatient(record.id(), "colleague").patient();
        store().savePatient(elsewhere, record.version(), "colleague");
        type(givenNameField(editor), "Mine");

        assertFalse(editor.save());

        assertEquals("Mine", editor.getPatient().getGivenName());
        assertTrue(editor.isDirty());
    }

    @Test
    void anInvalidRecordIsNotSavedAndTheProblemIsNamed() throws Exception {
        StoredPatient record = EditorFixture.savedPatient("Invalid");
        PatientEditor editor = open(record);
        editor.setPrompts(prompts);
        Session session = org.physiobench.model.api.ClinicalRecords.newSession(
                org.physiobench.model.api.ClinicalFactory.eINSTANCE.createEpisodeOfCare(), record.patient().getEpisodes().get(0).getStartDate(), "tester");
        session.setPainBefore(12);
        execute(editor, org.eclipse.emf.edit.command.AddCommand.create(editor.getEditingDomain(),
                editor.getPatient().getEpisodes().get(0), ClinicalPackage.Literals.EPISODE_OF_CARE__SESSIONS, session));

        assertFalse(editor.save());

        assertEquals(1, prompts.blocking.size());
        assertTrue(prompts.blocking.get(0).stream().anyMatch(problem -> problem.contains("12")), prompts.blocking.toString());
        assertTrue(store().loadPatient(record.id(), "tester").patient().getEpisodes().get(0).getSessions().isEmpty());
        assertTrue(editor.isDirty());
    }

    @Test
    void aBlockedModalityWithoutAnOverrideReasonIsNeverSaved() throws Exception {
        // foot drop is urgent: core strengthening is blocked until a medical review
        StoredPatient record = EditorFixture.savedScreenedPatient("Blocked", List.of("foot-drop"), List.of());
        PatientEditor editor = open(record);
        editor.setPrompts(prompts);
        EpisodeOfCare episode = editor.getPatient().getEpisodes().get(0);
        execute(editor, new org.eclipse.emf.edit.command.ChangeCommand(episode) {
            @Override
            protected void doExecute() {
                org.physiobench.model.api.PlanRevision revision = org.physiobench.model.api.ClinicalRecords
                        .newPlan(episode, LocalDate.now(), "tester", "Initial plan", java.time.Instant.now())
                        .getCurrentRevision();
                org.physiobench.model.api.ClinicalRecords.addIntervention(revision, "core.bird-dog");
            }
        });

        assertFalse(editor.save(), "a blocked modality without an override is not saved");
        assertEquals(1, prompts.blocking.size());
        assertTrue(prompts.blocking.get(0).stream().anyMatch(problem -> problem.contains("core.bird-dog")),
                prompts.blocking.toString());
        assertTrue(store().loadPatient(record.id(), "tester").patient().getEpisodes().get(0).getPlans().isEmpty());

        // an override without a reason does not count either
        org.physiobench.model.api.ContraindicationOverride override = org.physiobench.model.api.ClinicalFactory.eINSTANCE
                .createContraindicationOverride();
        override.setModalityId("core.bird-dog");
        override.setKind(org.physiobench.model.api.OverrideKind.BLOCK_OVERRIDDEN);
        override.getContraindications().addAll(org.physiobench.plan.api.PlanContraindications
                .verdict(org.physiobench.modality.api.Modalities.registry().find("core.bird-dog").orElseThrow(),
                        editor.getPatient()).reasons());
        override.setReason(" ");
        override.setBy("tester");
        override.setAt(java.time.Instant.now());
        execute(editor, org.eclipse.emf.edit.command.AddCommand.create(editor.getEditingDomain(),
                episode.getPlans().get(0).getCurrentRevision(), ClinicalPackage.Literals.PLAN_REVISION__OVERRIDES, override));
        assertFalse(editor.save(), "a blank reason is no reason");

        execute(editor, SetCommand.create(editor.getEditingDomain(), override,
                ClinicalPackage.Literals.CONTRAINDICATION_OVERRIDE__REASON, "GP reviewed by phone; gentle trunk control only"));
        assertTrue(editor.save(), "blocking problems: " + prompts.blocking);
        assertEquals("GP reviewed by phone; gentle trunk control only", store().loadPatient(record.id(), "tester").patient()
                .getEpisodes().get(0).getPlans().get(0).getCurrentRevision().getOverrides().get(0).getReason());
    }

    @Test
    void confirmedWarningsAreAskedBeforeSaving() throws Exception {
        StoredPatient record = EditorFixture.savedPatient("Warned");
        PatientEditor editor = open(record);
        editor.setPrompts(prompts.confirming(false));
        editor.addSaveWarnings(patient -> List.of("Spinal manipulation with osteoporosis"));
        type(givenNameField(editor), "Kim");

        assertFalse(editor.save());
        assertEquals(List.of(List.of("Spinal manipulation with osteoporosis")), prompts.warnings);
        assertEquals("Alex", storedGivenName(record));

        prompts.confirming(true);
        assertTrue(editor.save());
        assertEquals("Kim", storedGivenName(record));
    }

    @Test
    void aPatientOpensOnceAndTheProgressViewFollowsTheEditor() throws Exception {
        StoredPatient record = EditorFixture.savedPatient("Once");
        PatientEditor first = open(record);
        PatientEditor second = open(store().loadPatient(record.id(), "tester"));
        assertSame(first, second);
        assertEquals(1, page.getEditorReferences().length);

        ProgressView progress = (ProgressView) page.showView(ProgressView.ID);
        page.activate(first);
        UiTesting.flush();
        assertSame(first.getPatient(), progress.getPatient().orElseThrow());
    }

    @Test
    void openingByIdLoadsInTheBackground() throws Exception {
        StoredPatient record = EditorFixture.savedPatient("ById");

        PatientEditors.open(page, record.id()).orElseThrow().join();
        EditorFixture.waitFor(() -> PatientEditors.findOpen(page, record.id()).isPresent(), "the editor");

        assertEquals("ById, Alex", PatientEditors.findOpen(page, record.id()).get().getTitle());
    }

    @Test
    void theOpenPatientCommandOpensTheEditor() throws Exception {
        StoredPatient record = EditorFixture.savedPatient("ByCommand");
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();

        assertTrue(PatientCommands.openPatient(window, window.getShell(), record.id()));
        EditorFixture.waitFor(() -> PatientEditors.findOpen(page, record.id()).isPresent(), "the editor");

        assertEquals("ByCommand, Alex", PatientEditors.findOpen(page, record.id()).get().getTitle());
    }

    @Test
    void newAssessmentIsAddedAndShownAndUndoRemovesIt() throws Exception {
        PatientEditor editor = open(EditorFixture.savedPatient("Assessed"));
        AssessmentsPage assessments = (AssessmentsPage) editor.setActivePage(AssessmentsPage.ID);
        UiTesting.flush();

        click(find(editor.getPageContainer(), "new-assessment", Button.class));

        List<Assessment> recorded = editor.getPatient().getEpisodes().get(0).getAssessments();
        assertEquals(1, recorded.size());
        assertEquals(org.physiobench.model.api.AssessmentKind.INITIAL, recorded.get(0).getKind());
        assertSame(recorded.get(0), assessments.getShownAssessment().orElseThrow());
        assertEquals(1, assessments.getList().getItemCount());

        editor.getEditingDomain().getCommandStack().undo();
        UiTesting.flush();
        assertTrue(recorded.isEmpty());
        assertEquals(0, assessments.getList().getItemCount());
        assertFalse(editor.isDirty());
    }

    @Test
    void anOdiEnteredInTheAssessmentEditorIsScoredAndSaved() throws Exception {
        StoredPatient record = EditorFixture.savedPatient("Odi");
        PatientEditor editor = open(record);
        AssessmentsPage assessments = (AssessmentsPage) editor.setActivePage(AssessmentsPage.ID);
        UiTesting.flush();
        click(find(editor.getPageContainer(), "new-assessment", Button.class));

        AssessmentFormPage form = new AssessmentFormPage(assessments.getShownForm().orElseThrow().getControl());
        form.addInstrument("odi").answerAll("odi", 3, 2, 2, 1, 2, 1, 2, 1, 2, null);
        form.answerRedFlag("saddle-anaesthesia", "yes");

        assertEquals("35.6 %", form.score("odi"));
        assertTrue(editor.isDirty());
        editor.setPrompts(prompts);
        assertTrue(editor.save(), "blocking problems: " + prompts.blocking);
        Assessment saved = store().loadPatient(record.id(), "tester").patient().getEpisodes().get(0).getAssessments().get(0);
        assertEquals(35.6, org.physiobench.model.api.ClinicalRecords.latestAdministration(saved, "odi")
                .flatMap(odi -> org.physiobench.model.api.ClinicalRecords.score(odi, "total")).orElseThrow(), 0.05);
        editor.setActivePage(OverviewPage.ID);
        UiTesting.flush();
        assertEquals(RedFlagBanner.Level.FLAGS, overview(editor).getBanner().getLevel());
    }

    @Test
    void startingAnEpisodeRebuildsThePages() throws Exception {
        Patient patient = org.physiobench.model.api.ClinicalRecords.newPatient("Eve", "NoEpisode", java.time.LocalDate.of(1990, 1, 1));
        PatientEditor editor = open(EditorFixture.save(patient));

        click(find(editor.getPageContainer(), "start-episode", Button.class));
        EditorFixture.waitFor(() -> !editor.getPatient().getEpisodes().isEmpty()
                && find(editor.getPageContainer(), "condition", Text.class) != null, "the episode section");

        assertEquals("Low back pain", find(editor.getPageContainer(), "condition", Text.class).getText());
        assertTrue(editor.isDirty());
    }

    @Test
    void dischargeFinishesTheEpisodeWithAPreventionProgrammeThatCanBeSaved() throws Exception {
        StoredPatient record = EditorFixture.savedPatient("Discharged");
        PatientEditor editor = open(record);
        editor.setActivePage(DischargePage.ID);
        UiTesting.flush();

        click(find(editor.getPageContainer(), "discharge", Button.class));
        EditorFixture.waitFor(() -> {
            try {
                find(editor.getPageContainer(), "warning-signs", Text.class);
                return true;
            } catch (AssertionError notYet) {
                return false;
            }
        }, "the prevention programme fields");

        EpisodeOfCare episode = editor.getPatient().getEpisodes().get(0);
        assertEquals(EpisodeStatus.FINISHED, episode.getStatus());
        assertTrue(episode.getDischarge().getPreventionPlan().getWarningSigns().stream()
                .anyMatch(sign -> sign.equals("Numbness or tingling around your bottom or genitals"
                        + " - go to the emergency department now")), "cauda equina signs are on the list, in plain words");
        assertFalse(episode.getDischarge().getPreventionPlan().getWarningSigns().stream()
                .anyMatch(sign -> sign.contains("anaesthesia")), "no clinical jargon for the patient");
        type(find(editor.getPageContainer(), "self-management", Text.class), "Walk 30 minutes daily");
        assertEquals("Walk 30 minutes daily", episode.getDischarge().getPreventionPlan().getSelfManagement());
        page.setEditorAreaVisible(true);
        page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
        assertTrue(Screenshots.save(editor.getPageContainer(), "patient-editor-discharge.png") > 4, "the page drew nothing");
        page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);

        editor.setPrompts(prompts);
        assertTrue(editor.save(), "blocking problems: " + prompts.blocking);
        assertEquals(EpisodeStatus.FINISHED, store().loadPatient(record.id(), "tester").patient().getEpisodes().get(0).getStatus());

        editor.getEditingDomain().getCommandStack().undo();
        editor.getEditingDomain().getCommandStack().undo();
        UiTesting.flush();
        assertEquals(EpisodeStatus.ACTIVE, episode.getStatus());
        assertEquals(null, episode.getDischarge());
    }

    private PatientEditor open(StoredPatient record) throws Exception {
        PatientEditor editor = (PatientEditor) PatientEditors.open(page, record);
        UiTesting.flush();
        return editor;
    }

    private static Text givenNameField(PatientEditor editor) {
        return find(editor.getPageContainer(), "given-name", Text.class);
    }

    private static String storedGivenName(StoredPatient record) throws Exception {
        return store().loadPatient(record.id(), "tester").patient().getGivenName();
    }

    private static OverviewPage overview(PatientEditor editor) {
        return (OverviewPage) editor.findPage(OverviewPage.ID);
    }

    private static void execute(PatientEditor editor, org.eclipse.emf.common.command.Command command) {
        editor.getEditingDomain().getCommandStack().execute(command);
        UiTesting.flush();
    }

    private static IHandlerService handlers(PatientEditor editor) {
        return editor.getSite().getService(IHandlerService.class);
    }

    private static void type(Text text, String value) {
        text.setFocus();
        text.setText(value);
        text.notifyListeners(SWT.DefaultSelection, new Event());
        UiTesting.flush();
    }

    private static void click(Button button) {
        button.notifyListeners(SWT.Selection, new Event());
        UiTesting.flush();
    }

    /** Answers the editor's questions as the test says and remembers them. */
    private static final class ScriptedPrompts implements EditorPrompts {
        final List<List<String>> warnings = new ArrayList<>();
        final List<List<String>> blocking = new ArrayList<>();
        final List<String> conflicts = new ArrayList<>();
        private ConflictChoice conflictChoice = ConflictChoice.KEEP_EDITING;
        private boolean confirm = true;
        private MedicalReviewEntry review;
        Map<String, String> reviewOffered;

        ScriptedPrompts reviewing(MedicalReviewEntry entry) {
            review = entry;
            return this;
        }

        @Override
        public Optional<MedicalReviewEntry> recordMedicalReview(Shell shell, String patientName,
                Map<String, String> findings) {
            reviewOffered = findings;
            return Optional.ofNullable(review);
        }

        ScriptedPrompts answering(ConflictChoice choice) {
            conflictChoice = choice;
            return this;
        }

        ScriptedPrompts confirming(boolean answer) {
            confirm = answer;
            return this;
        }

        @Override
        public boolean confirmWarnings(Shell shell, String patientName, List<String> messages) {
            warnings.add(messages);
            return confirm;
        }

        @Override
        public void showBlockingProblems(Shell shell, String patientName, List<String> problems) {
            blocking.add(problems);
        }

        @Override
        public ConflictChoice onConflict(Shell shell, String patientName, String detail) {
            conflicts.add(detail);
            return conflictChoice;
        }
    }
}
