/**
 * The clinical rules of PhysioBench, headless (no SWT, no UI): outcome instruments and their
 * scoring, change between two administrations judged against the MCID, graded red-flag triage
 * and plan suggestions.
 *
 * <p>Entry points: {@link org.physiobench.clinical.api.Instruments#registry()} for the installed
 * instruments (built-in and contributed through the extension point
 * {@code org.physiobench.instruments}), {@link org.physiobench.clinical.api.ChangeEvaluator},
 * {@link org.physiobench.clinical.api.RedFlagTriage} (rules: {@link org.physiobench.clinical.api.TriageRules}) and
 * {@link org.physiobench.clinical.api.PlanSuggester}.
 *
 * <p>Every number in these rules (score formulas, bands, MCIDs, red flags, strata) comes from the
 * source cited where it is used; the sources are listed in the PhysioBench clinical reference.
 * The types use plain Java (no EMF) so the rules can be reused from the command line, tests and
 * any store.
 */
package org.physiobench.clinical.api;
