package org.physiobench.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.physiobench.model.api.ClinicalFactory;
import org.physiobench.model.api.ClinicalPackage;
import org.physiobench.model.api.Session;
import org.physiobench.model.api.SoapNote;
import org.physiobench.ui.editor.internal.TypingCommandStack;

/** Typing into a text field is undone and redone as one step, not one keystroke at a time. */
class TypingCommandStackTest {

    private static final long KEYSTROKE = 150_000_000L;

    private long now;
    private TypingCommandStack stack;
    private AdapterFactoryEditingDomain domain;
    private SoapNote note;

    @BeforeEach
    void setUp() {
        stack = new TypingCommandStack(() -> now);
        ComposedAdapterFactory adapters = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        adapters.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        domain = new AdapterFactoryEditingDomain(adapters, stack);
        note = ClinicalFactory.eINSTANCE.createSoapNote();
    }

    /** Types {@code text} into the note's subjective field one character per command, as the form records it. */
    private void type(String text) {
        String before = note.getSubjective() == null ? "" : note.getSubjective();
        for (int i = 1; i <= text.length(); i++) {
            now += KEYSTROKE;
            stack.execute(SetCommand.create(domain, note, ClinicalPackage.Literals.SOAP_NOTE__SUBJECTIVE,
                    before + text.substring(0, i)));
        }
    }

    @Test
    void oneUndoTakesBackAWholeWordTypedWithoutPause() {
        type("Pain");
        assertEquals("Pain", note.getSubjective());

        stack.undo();

        assertNull(note.getSubjective());
        assertFalse(stack.canUndo());
    }

    @Test
    void oneRedoRepeatsTheWholeRun() {
        type("Pain");
        stack.undo();

        stack.redo();

        assertEquals("Pain", note.getSubjective());
        assertFalse(stack.canRedo());
    }

    @Test
    void aPauseStartsANewUndoStep() {
        type("Pain");
        now += TypingCommandStack.TYPING_PAUSE_NANOS;
        type(" eased");

        stack.undo();
        assertEquals("Pain", note.getSubjective());
        stack.undo();
        assertNull(note.getSubjective());
    }

    @Test
    void anotherFieldOrObjectEndsTheRun() {
        type("Pain");
        now += KEYSTROKE;
        stack.execute(SetCommand.create(domain, note, ClinicalPackage.Literals.SOAP_NOTE__OBJECTIVE, "SLR 60"));
        type(" eased");

        stack.undo();
        assertEquals("Pain", note.getSubjective(), "only the second run is taken back");
        assertEquals("SLR 60", note.getObjective());
        stack.undo();
        assertNull(note.getObjective());
        stack.undo();
        assertNull(note.getSubjective());
    }

    @Test
    void undoStopsAtTheStateLastSaved() {
        type("Pain");
        stack.saveIsDone();
        type(" eased");

        stack.undo();

        assertEquals("Pain", note.getSubjective());
        assertFalse(stack.isSaveNeeded(), "back at the saved state");
        stack.undo();
        assertNull(note.getSubjective());
        assertTrue(stack.isSaveNeeded());
    }

    @Test
    void redoStopsAtTheStateLastSaved() {
        type("Pain");
        stack.saveIsDone();
        type(" eased");
        stack.undo();
        stack.undo();

        stack.redo();
        assertEquals("Pain", note.getSubjective());
        assertFalse(stack.isSaveNeeded());
        stack.redo();
        assertEquals("Pain eased", note.getSubjective());
    }

    @Test
    void keysRecordedAsOneCommandCompoundsAreMergedToo() {
        for (String typed : new String[] { "S", "SL", "SLR" }) {
            now += KEYSTROKE;
            CompoundCommand recorded = new CompoundCommand("Set objective"); // as the assessment form records
            recorded.append(SetCommand.create(domain, note, ClinicalPackage.Literals.SOAP_NOTE__OBJECTIVE, typed));
            stack.execute(recorded);
        }

        stack.undo();

        assertNull(note.getObjective());
    }

    @Test
    void otherValuesThanTextAreUndoneOneByOne() {
        Session session = ClinicalFactory.eINSTANCE.createSession();
        now += KEYSTROKE;
        stack.execute(SetCommand.create(domain, session, ClinicalPackage.Literals.SESSION__PAIN_BEFORE, 6));
        now += KEYSTROKE;
        stack.execute(SetCommand.create(domain, session, ClinicalPackage.Literals.SESSION__PAIN_BEFORE, 5));

        stack.undo();

        assertEquals(Integer.valueOf(6), session.getPainBefore());
    }
}
