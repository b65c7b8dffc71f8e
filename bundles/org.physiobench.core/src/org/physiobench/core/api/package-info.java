/**
 * Headless services every other PhysioBench bundle may use: product identity and the
 * location of the therapist's data. No SWT, no UI: this package is also used by the
 * command line.
 */
package org.physiobench.core.api;
