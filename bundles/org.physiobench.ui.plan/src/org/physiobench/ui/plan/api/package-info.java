/**
 * The treatment plan, session and home-programme pages of the patient editor (version 1.0.0):
 * {@link PlanForm}, {@link SessionForm} and {@link PlanSaveCheck}. Forms edit the model only
 * through the editing domain's command stack, so the editor's undo, redo and dirty marker see
 * every change; nothing here saves.
 */
package org.physiobench.ui.plan.api;
