/**
 * The published SWT API of PhysioBench treatment modalities (version 1.0.0): a modality may
 * contribute its own dosage editor through the extension point
 * {@code org.physiobench.modalityEditors}. Without one, the workbench edits a dosage with a
 * generic form built from the modality's typed parameters. Lives apart from
 * {@code org.physiobench.modality.api} so that headless modalities need no SWT.
 */
package org.physiobench.modality.ui.api;
