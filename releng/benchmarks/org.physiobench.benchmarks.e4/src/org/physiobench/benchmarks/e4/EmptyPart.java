package org.physiobench.benchmarks.e4;

import jakarta.annotation.PostConstruct;

import org.eclipse.swt.widgets.Composite;

/** The window's one part, empty: as the RCP reference's perspective has no views. */
public class EmptyPart {

    @PostConstruct
    public void createControls(Composite parent) {
        // nothing: the reference measures the workbench itself
    }
}
