/**
 * Headless treatment-planning logic on the clinical model (version 2.0.0): what a patient's
 * record says for plan suggestions and contraindication checks ({@link PatientFindings}), and
 * the contraindication warnings of a patient's current plans ({@link PlanContraindications}) and
 * which plan of an episode is followed ({@link PlanInForce}), whether an episode is improving on
 * its main measure ({@link ProgressCheck}) and when its re-assessment is due ({@link ReviewDue});
 * which planned interventions still need an override of a block or the acknowledgement of a
 * precaution before a save, and recording one ({@link PlanOverrides}).
 * It joins the model to the plain-Java rules of {@code org.physiobench.clinical} and
 * {@code org.physiobench.modality}, which know nothing of EMF.
 */
package org.physiobench.plan.api;
