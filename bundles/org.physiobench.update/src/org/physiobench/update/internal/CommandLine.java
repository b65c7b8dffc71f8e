package org.physiobench.update.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The subcommands the launcher routes to the update application, parsed:
 * <pre>
 *   update [--repository URI]...
 *   install --repository URI --iu FEATURE
 *   uninstall --iu FEATURE
 *   installed
 *   revert
 *   trust --certificate FILE | trust --list
 *   untrust --fingerprint SHA256
 * </pre>
 * A repository may also be given as a plain folder path; it becomes a file: URI.
 */
record CommandLine(String command, List<URI> repositories, Optional<String> unitId, Optional<Path> certificate,
		Optional<String> fingerprint, boolean list) {

	static final String USAGE = "usage: physiobench update [--repository URI] | install --repository URI --iu FEATURE"
			+ " | uninstall --iu FEATURE | installed | revert | trust --certificate FILE | trust --list"
			+ " | untrust --fingerprint SHA256";

	static CommandLine parse(List<String> args) throws IllegalArgumentException {
		if (args.isEmpty()) {
			throw new IllegalArgumentException(USAGE);
		}
		String command = args.get(0);
		List<URI> repositories = new ArrayList<>();
		String unitId = null;
		Path certificate = null;
		String fingerprint = null;
		boolean list = false;
		for (int i = 1; i < args.size(); i++) {
			String option = args.get(i);
			switch (option) {
			case "--repository", "-r" -> repositories.add(repository(value(args, ++i, option)));
			case "--iu" -> unitId = value(args, ++i, option);
			case "--certificate" -> certificate = Path.of(value(args, ++i, option)).toAbsolutePath().normalize();
			case "--fingerprint" -> fingerprint = value(args, ++i, option);
			case "--list" -> list = true;
			default -> throw new IllegalArgumentException("unknown option " + option + "; " + USAGE);
			}
		}
		CommandLine line = new CommandLine(command, List.copyOf(repositories), Optional.ofNullable(unitId),
				Optional.ofNullable(certificate), Optional.ofNullable(fingerprint), list);
		line.validate();
		return line;
	}

	private void validate() {
		boolean trustOptions = certificate.isPresent() || fingerprint.isPresent() || list;
		forbid(trustOptions && !command.equals("trust") && !command.equals("untrust"),
				"--certificate, --list and --fingerprint belong to trust and untrust");
		switch (command) {
		case "update" -> forbid(unitId.isPresent(), "update takes no --iu");
		case "install" -> {
			forbid(repositories.size() != 1, "install needs exactly one --repository URI");
			forbid(unitId.isEmpty(), "install needs --iu FEATURE");
		}
		case "uninstall" -> {
			forbid(unitId.isEmpty(), "uninstall needs --iu FEATURE");
			forbid(!repositories.isEmpty(), "uninstall takes no --repository");
		}
		case "installed", "revert" -> forbid(unitId.isPresent() || !repositories.isEmpty(), command + " takes no options");
		case "trust" -> {
			forbid(certificate.isPresent() == list, "trust needs either --certificate FILE or --list");
			forbid(unitId.isPresent() || !repositories.isEmpty() || fingerprint.isPresent(),
					"trust takes only --certificate FILE or --list");
		}
		case "untrust" -> forbid(fingerprint.isEmpty() || certificate.isPresent() || list || unitId.isPresent()
				|| !repositories.isEmpty(), "untrust needs exactly --fingerprint SHA256");
		default -> throw new IllegalArgumentException("unknown command " + command + "; " + USAGE);
		}
	}

	private static void forbid(boolean condition, String message) {
		if (condition) {
			throw new IllegalArgumentException(message + "; " + USAGE);
		}
	}

	private static String value(List<String> args, int index, String option) {
		if (index >= args.size() || args.get(index).startsWith("--")) {
			throw new IllegalArgumentException(option + " needs a value; " + USAGE);
		}
		return args.get(index);
	}

	private static URI repository(String text) {
		try {
			URI uri = new URI(text);
			if (uri.getScheme() != null && uri.getScheme().length() > 1) {
				return uri;
			}
		} catch (URISyntaxException e) {
			// not a URI: a folder path, handled below
		}
		return Path.of(text).toAbsolutePath().normalize().toUri();
	}
}
