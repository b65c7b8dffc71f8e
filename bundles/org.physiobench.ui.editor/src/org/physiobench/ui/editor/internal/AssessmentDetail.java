package org.physiobench.ui.editor.internal;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.physiobench.model.api.Assessment;

/** Creates the form that edits one assessment (the assessment editor of org.physiobench.ui.assessment). */
final class AssessmentDetail {

    private AssessmentDetail() {
    }

    static Control create(Composite parent, FormToolkit toolkit, EditingDomain domain, Assessment assessment) {
        // TODO(session 2 merge): host org.physiobench.ui.assessment.api.AssessmentForm here
        return toolkit.createLabel(parent, assessment.getDate() + " " + assessment.getKind().getLiteral() + ": "
                + RecordSummaries.scores(assessment), SWT.WRAP);
    }
}
