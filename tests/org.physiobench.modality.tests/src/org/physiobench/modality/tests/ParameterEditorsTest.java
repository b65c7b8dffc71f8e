package org.physiobench.modality.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.physiobench.modality.tests.fixtures.MinutesEditor;
import org.physiobench.modality.ui.api.ParameterEditor;
import org.physiobench.modality.ui.api.ParameterEditors;
import org.physiobench.modality.ui.internal.ParameterEditorReader;

/** The optional parameter-editor point: untrusted contributions give no editor, never an exception. */
class ParameterEditorsTest {

    private static final String PREFIX = "Parameter editor of extension 'org.physiobench.modality.tests.editors' in "
            + "bundle org.physiobench.modality.tests skipped: ";

    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final ParameterEditorReader reader = new ParameterEditorReader(Platform.getExtensionRegistry(),
            problems::add);

    @Test
    void aContributedEditorIsCreatedAnewForEachUse() {
        ParameterEditor first = reader.create("test.valid-declarative").orElseThrow();
        assertInstanceOf(MinutesEditor.class, first);
        assertNotSame(first, ParameterEditors.create("test.valid-declarative").orElseThrow());
    }

    @Test
    void aSecondEditorForTheSameModalityIsReportedAndIgnored() {
        reader.create("test.valid-declarative");
        assertEquals(List.of(PREFIX + "a second editor for modality 'test.valid-declarative'; the one of bundle "
                + "org.physiobench.modality.tests is used"), problems);
    }

    @Test
    void anEditorOfTheWrongTypeGivesTheGenericForm() {
        assertTrue(reader.create("test.lazy-validator").isEmpty());
        assertEquals(List.of(PREFIX + "org.physiobench.modality.tests.fixtures.NotAValidator does not implement "
                + ParameterEditor.class.getName()), problems);
    }

    @Test
    void anEditorWithoutClassGivesTheGenericForm() {
        assertTrue(reader.create("test.duplicate").isEmpty());
        assertEquals(List.of(PREFIX + "<editor> misses the attribute 'class'"), problems);
    }

    @Test
    void aModalityWithoutEditorHasNone() {
        assertTrue(reader.create("core.bird-dog").isEmpty());
        assertEquals(List.of(), problems);
    }
}
