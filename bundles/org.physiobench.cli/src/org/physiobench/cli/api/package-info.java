/**
 * What a contributed {@code physiobench} subcommand is written against: {@link Subcommand}
 * (contributed through the extension point {@code org.physiobench.cli.subcommands}), its
 * {@link Io}, {@link Arguments} parsing, {@link Json} output, {@link ExitCodes}, and the two
 * failures the command line turns into exit codes ({@link UsageException},
 * {@link CommandFailure}).
 */
package org.physiobench.cli.api;
