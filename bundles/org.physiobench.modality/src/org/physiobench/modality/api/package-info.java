/**
 * The published API of PhysioBench treatment modalities (version 1.1.0; 1.1 gives progression
 * rules the patient's active conditions): what a modality plug-in declares through the
 * extension point {@code org.physiobench.modalities}, the optional code it may contribute ({@link org.physiobench.modality.api.DosageValidator},
 * {@link org.physiobench.modality.api.ProgressionRule}), the
 * {@link org.physiobench.modality.api.ModalityRegistry} through which the workbench, the
 * command line and plan suggestions see every installed modality, and the
 * {@link org.physiobench.modality.api.ContraindicationCheck}.
 *
 * <p>Headless: no SWT, no UI. A third-party plug-in compiles against this package (and the
 * shared vocabulary in {@code org.physiobench.core.api}) only. The package grows by adding
 * types and default methods; nothing published is removed or changed incompatibly within
 * major version 1.
 */
package org.physiobench.modality.api;
