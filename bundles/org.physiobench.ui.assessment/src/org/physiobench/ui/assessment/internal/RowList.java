package org.physiobench.ui.assessment.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.physiobench.model.api.ClinicalLabels;

/**
 * The entries of a containment list (conditions, medications, surgeries) as rows of fields,
 * each with a Remove button, and an Add button below. Rows are rebuilt when entries are added or
 * removed (also by undo); the fields of a row are bound to its entry.
 */
public final class RowList {

    private final FormContext context;
    private final Composite rows;
    private final Owner owner;
    private final EReference reference;
    private final BiConsumer<Composite, Owner> rowBuilder;
    private List<EObject> shown = List.of();

    /**
     * @param columns the number of controls {@code rowBuilder} creates per row (the Remove
     *        button is added after them)
     * @param rowBuilder creates the fields of one row, bound to the given entry
     */
    public RowList(FormContext context, Composite parent, Owner owner, EReference reference,
            Supplier<? extends EObject> factory, String addText, int columns, BiConsumer<Composite, Owner> rowBuilder) {
        this.context = context;
        this.owner = owner;
        this.reference = reference;
        this.rowBuilder = rowBuilder;
        rows = Sections.group(context, parent, 2, columns + 1);
        Button add = context.toolkit().createButton(parent, addText, SWT.PUSH);
        add.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
        FormContext.tag(add, reference.getName() + ".add");
        add.addListener(SWT.Selection, event -> {
            ModelEdit edit = new ModelEdit(context.domain(), "Add " + ClinicalLabels.humanize(reference.getEReferenceType().getName()));
            edit.add(owner.ensure(edit), reference, factory.get());
            edit.apply();
        });
        context.onRefresh(rows, this::refresh);
        refresh();
    }

    private void refresh() {
        List<EObject> entries = entries();
        if (entries.equals(shown)) {
            return;
        }
        shown = entries;
        for (Control child : rows.getChildren()) {
            child.dispose();
        }
        for (EObject entry : entries) {
            rowBuilder.accept(rows, Owner.of(entry));
            Button remove = context.toolkit().createButton(rows, "Remove", SWT.PUSH);
            remove.addListener(SWT.Selection, event -> {
                ModelEdit edit = new ModelEdit(context.domain(), "Remove " + ClinicalLabels.describe(entry));
                edit.remove(entry.eContainer(), reference, entry);
                edit.apply();
            });
        }
        context.refresh();
        context.reflow(rows);
    }

    @SuppressWarnings("unchecked")
    private List<EObject> entries() {
        EObject container = owner.find();
        return container == null ? List.of() : new ArrayList<>((List<EObject>) container.eGet(reference));
    }
}
