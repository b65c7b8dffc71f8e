/**
 * The treatment plan, session and home-programme pages of the patient editor (version 1.1.0):
 * {@link PlanForm}, {@link SessionForm} and {@link PlanSaveCheck}; the questions they ask
 * ({@link RevisionReasonPrompt}, {@link OverridePrompt}: 1.1.0). Forms edit the model only
 * through the editing domain's command stack, so the editor's undo, redo and dirty marker see
 * every change; nothing here saves.
 */
package org.physiobench.ui.plan.api;
