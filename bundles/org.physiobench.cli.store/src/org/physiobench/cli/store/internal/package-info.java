/**
 * The store subcommands of {@code physiobench} (patients, demo, verify, backup, restore),
 * contributed to {@code org.physiobench.cli.subcommands} so that the scoring subcommands never
 * load the store, its database drivers and Liquibase.
 *
 * <p>Friends: org.physiobench.cli.tests, a fragment of org.physiobench.cli, runs these
 * subcommands through the command line; the compiler checks a fragment's access by its host's
 * name, hence org.physiobench.cli among the friends (it does not require this bundle).
 */
package org.physiobench.cli.store.internal;
