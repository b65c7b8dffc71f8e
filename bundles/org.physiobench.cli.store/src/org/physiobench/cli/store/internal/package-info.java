/**
 * The store subcommands of {@code physiobench} (patients, demo, verify, backup, restore),
 * contributed to {@code org.physiobench.cli.subcommands} so that the scoring subcommands never
 * load the store, its database drivers and Liquibase.
 */
package org.physiobench.cli.store.internal;
