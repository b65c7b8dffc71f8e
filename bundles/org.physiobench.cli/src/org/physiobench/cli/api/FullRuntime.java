package org.physiobench.cli.api;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.startlevel.FrameworkStartLevel;

/**
 * Starts the rest of the runtime before a subcommand needs it.
 *
 * <p>The {@code physiobench} launcher starts the command line at framework start level 4
 * ({@code -Dosgi.startLevel=4}): the extension registry and the clinical bundles, which is all
 * {@code score}, {@code change} and {@code instruments} use. Declarative Services (level 5, see
 * the product's start levels) stays stopped; starting it with the database stack took more than
 * half of a {@code score} call. A
 * subcommand that uses the store or a DS component calls {@link #start()} first; the workbench
 * always runs at the full level.
 */
public final class FullRuntime {

    /** Equinox's default beginning start level, which the workbench runs at. */
    public static final int FULL_START_LEVEL = 6;

    private static final long TIMEOUT_SECONDS = 60;

    private FullRuntime() {
    }

    /**
     * Raises the framework start level to {@link #FULL_START_LEVEL} and waits until every bundle
     * of that level is started. Does nothing when it is there already or outside OSGi.
     *
     * @throws CommandFailure when the bundles do not start within a minute
     */
    public static void start() {
        Bundle own = FrameworkUtil.getBundle(FullRuntime.class);
        if (own == null || own.getBundleContext() == null) {
            return;
        }
        FrameworkStartLevel levels = own.getBundleContext().getBundle(0).adapt(FrameworkStartLevel.class);
        if (levels == null || levels.getStartLevel() >= FULL_START_LEVEL) {
            return;
        }
        CountDownLatch reached = new CountDownLatch(1);
        levels.setStartLevel(FULL_START_LEVEL, event -> {
            if (event.getType() == FrameworkEvent.STARTLEVEL_CHANGED) {
                reached.countDown();
            }
        });
        try {
            if (!reached.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new CommandFailure("the runtime did not start within " + TIMEOUT_SECONDS + " s",
                        ExitCodes.FAILURE, null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailure("interrupted while the runtime started", ExitCodes.FAILURE, e);
        }
    }
}
