package org.physiobench.modality.internal;

import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.physiobench.modality.api.ContributionProblem;
import org.physiobench.modality.api.ModalityRegistryListener;

/** Writes skipped contributions to the Eclipse log (workspace .log, and the console with -consoleLog). */
public final class ProblemLog implements Consumer<ContributionProblem> {

    private static final String BUNDLE = "org.physiobench.modality";

    @Override
    public void accept(ContributionProblem problem) {
        log().log(Status.error(problem.toString()));
    }

    static void listenerFailed(ModalityRegistryListener listener, RuntimeException e) {
        log().log(new Status(IStatus.ERROR, BUNDLE, "Modality registry listener " + listener.getClass().getName()
                + " failed", e));
    }

    private static ILog log() {
        return ILog.of(ProblemLog.class);
    }
}
