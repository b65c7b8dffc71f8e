/**
 * Synthetic demo patients (no real people) with realistic multi-visit courses of low back
 * pain care, deterministic from a seed: for the launcher's demo mode, tests and benchmarks.
 * Headless.
 */
package org.physiobench.demo.api;
