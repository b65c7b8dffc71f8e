package org.physiobench.update.api;

/**
 * An update, install, uninstall or revert that could not be done. The installation is
 * unchanged when this is thrown: p2 only commits a new profile state after every phase
 * succeeded.
 */
public class UpdateException extends Exception {

	private static final long serialVersionUID = 1L;

	/** Why an operation failed; the command line maps each reason to a message. */
	public enum Reason {
		/** The repository could not be reached (no such folder, host down, HTTP error). */
		UNREACHABLE_REPOSITORY,
		/** The repository answered but its metadata or artifacts cannot be read. */
		CORRUPT_REPOSITORY,
		/** The repository's content does not fit this installation (missing requirements, conflicts). */
		INCOMPATIBLE,
		/** Content is unsigned or signed by a certificate the installation does not trust. */
		UNTRUSTED_CONTENT,
		/** The requested feature is in none of the repositories, or is not installed. */
		NOT_FOUND,
		/** There is no earlier installation state to revert to. */
		NO_PREVIOUS_STATE,
		/** The user or a caller cancelled through the progress monitor. */
		CANCELLED,
		/** Anything else p2 reported. */
		FAILED
	}

	private final Reason reason;

	public UpdateException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public UpdateException(Reason reason, String message, Throwable cause) {
		super(message, cause);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}
}
