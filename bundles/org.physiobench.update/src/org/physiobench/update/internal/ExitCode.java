package org.physiobench.update.internal;

import org.physiobench.update.api.UpdateException.Reason;

/** Exit codes of the update subcommands; documented in docs/admin.md. */
enum ExitCode {
	FAILED(1), USAGE(2), UNREACHABLE(3), CORRUPT(4), INCOMPATIBLE(5), UNTRUSTED(6), NOT_FOUND(7), NO_PREVIOUS_STATE(8),
	CANCELLED(130);

	private final int value;

	ExitCode(int value) {
		this.value = value;
	}

	Integer value() {
		return value;
	}

	static ExitCode of(Reason reason) {
		return switch (reason) {
		case UNREACHABLE_REPOSITORY -> UNREACHABLE;
		case CORRUPT_REPOSITORY -> CORRUPT;
		case INCOMPATIBLE -> INCOMPATIBLE;
		case UNTRUSTED_CONTENT -> UNTRUSTED;
		case NOT_FOUND -> NOT_FOUND;
		case NO_PREVIOUS_STATE -> NO_PREVIOUS_STATE;
		case CANCELLED -> CANCELLED;
		case FAILED -> FAILED;
		};
	}
}
