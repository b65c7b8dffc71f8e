package org.physiobench.update.internal;

import java.io.Console;
import java.io.PrintStream;

import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * Progress of a headless operation for an admin at a terminal: the current task and how
 * much of it is done, on one line that is rewritten in place. Silent when the output is
 * not a terminal, so scripts see only the result lines. Cancellation is the inherited
 * flag, set by Ctrl-C (see {@link UpdateApplication}).
 */
final class ConsoleProgress extends NullProgressMonitor {

	private final PrintStream out;
	private final boolean visible;
	private String task = "";
	private String subTask = "";
	private double total;
	private double done;
	private String shown = "";

	ConsoleProgress(PrintStream out, boolean visible) {
		this.out = out;
		this.visible = visible;
	}

	/**
	 * Whether stdout is a terminal. Since Java 22 System.console() also answers for
	 * redirected streams, so Console.isTerminal() (22+) decides when it exists; this
	 * bundle compiles for Java 21, hence the reflective call.
	 */
	static boolean isTerminal() {
		Console console = System.console();
		if (console == null) {
			return false;
		}
		try {
			return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
		} catch (ReflectiveOperationException e) {
			return true;
		}
	}

	@Override
	public void beginTask(String name, int totalWork) {
		if (name != null && !name.isBlank()) {
			task = name;
		}
		total = totalWork > 0 ? totalWork : 0;
		done = 0;
		show();
	}

	@Override
	public void setTaskName(String name) {
		task = name == null ? "" : name;
		show();
	}

	@Override
	public void subTask(String name) {
		subTask = name == null ? "" : name;
		show();
	}

	@Override
	public void internalWorked(double work) {
		done += work;
		show();
	}

	@Override
	public void done() {
		if (visible && !shown.isEmpty()) {
			out.print("\r" + " ".repeat(shown.length()) + "\r");
			out.flush();
			shown = "";
		}
	}

	private void show() {
		if (!visible) {
			return;
		}
		String percent = total > 0 ? " " + Math.min(100, (int) (100 * done / total)) + "%" : "";
		String line = task + percent + (subTask.isBlank() ? "" : " - " + subTask);
		line = line.length() > 100 ? line.substring(0, 100) : line;
		if (!line.equals(shown)) {
			out.print("\r" + line + " ".repeat(Math.max(0, shown.length() - line.length())));
			out.flush();
			shown = line;
		}
	}
}
