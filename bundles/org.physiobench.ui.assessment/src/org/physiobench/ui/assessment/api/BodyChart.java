package org.physiobench.ui.assessment.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.physiobench.model.api.PainDescription;
import org.physiobench.ui.assessment.internal.BodyChartAccessibility;
import org.physiobench.ui.assessment.internal.BodyChartPainter;
import org.physiobench.ui.assessment.internal.BodyFigure;
import org.physiobench.ui.assessment.internal.ModelEdit;
import org.physiobench.ui.assessment.internal.PainRegionMapping;

/**
 * A body chart for the pain description of an assessment: the outline of the body from the
 * front and from the back, with clickable areas for each {@code BodyRegion} and side of the
 * clinical model. A click marks pain in an area (or clears it); a Shift+click, or any click in
 * {@linkplain #setRadiationMode(boolean) radiation mode}, marks pain radiating into the lower
 * leg or foot. From the keyboard, the arrow keys move between areas (head to foot), Space
 * toggles pain and Shift+Space radiation; each area has an accessible name and state.
 * <p>
 * Marks are written into the bound {@link PainDescription} (one {@code PainRegion} per marked
 * area, {@code radiatesBelowKnee} from the radiating marks): as one command on the command stack
 * of the {@linkplain #setEditingDomain(EditingDomain) editing domain} when the chart has one
 * (so a mark can be undone and makes the editor dirty), else straight into the objects.
 * Listeners are told after each change. Changes made to the description elsewhere (undo, another
 * page) are shown as they happen.
 */
public class BodyChart extends Canvas {

    private final List<BodyChartListener> listeners = new CopyOnWriteArrayList<>();
    private final BodyChartPainter painter;
    /** Content adapter: a region's side changes on the region, not on the description. */
    private final EContentAdapter modelListener = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (!writing && !isDisposed()) {
                marks = PainRegionMapping.read(input);
                redraw();
            }
        }
    };
    private PainDescription input;
    private EditingDomain domain;
    private Map<RegionKey, PainMark> marks = PainRegionMapping.read(null);
    private int focusIndex;
    private boolean radiationMode;
    private boolean writing;

    public BodyChart(Composite parent, int style) {
        super(parent, style | SWT.DOUBLE_BUFFERED);
        painter = new BodyChartPainter(this);
        setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        addPaintListener(event -> painter.paint(event.gc, getClientArea()));
        addListener(SWT.MouseDown, this::mouseDown);
        addListener(SWT.KeyDown, this::keyDown);
        addListener(SWT.MouseMove, event -> setToolTipText(
                regionAt(event.x, event.y).map(key -> BodyChartAccessibility.describe(this, key)).orElse(null)));
        addListener(SWT.Traverse, event -> {
            // arrows and Space move and mark inside the chart; Tab leaves it as usual
            if (event.detail == SWT.TRAVERSE_ARROW_NEXT || event.detail == SWT.TRAVERSE_ARROW_PREVIOUS) {
                event.doit = false;
            } else if (event.detail == SWT.TRAVERSE_TAB_NEXT || event.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                event.doit = true;
            }
        });
        addListener(SWT.FocusIn, event -> redraw());
        addListener(SWT.FocusOut, event -> redraw());
        addListener(SWT.Dispose, event -> setInput(null));
        BodyChartAccessibility.install(this);
    }

    /** Shows and edits {@code pain}; {@code null} shows an empty chart that edits nothing. */
    public void setInput(PainDescription pain) {
        if (input != null) {
            input.eAdapters().remove(modelListener);
        }
        input = pain;
        if (input != null) {
            input.eAdapters().add(modelListener);
        }
        marks = PainRegionMapping.read(input);
        if (!isDisposed()) {
            redraw();
        }
    }

    /**
     * Makes every mark a command on {@code editingDomain}'s command stack; {@code null} writes
     * marks straight into the description.
     */
    public void setEditingDomain(EditingDomain editingDomain) {
        domain = editingDomain;
    }

    /** @return the editing domain marks are written through, or {@code null} */
    public EditingDomain getEditingDomain() {
        return domain;
    }

    /** @return the pain description being edited, or {@code null} */
    public PainDescription getInput() {
        return input;
    }

    /** @return the mark of {@code key} */
    public PainMark getMark(RegionKey key) {
        return marks.getOrDefault(key, PainMark.NONE);
    }

    /** @return every area's mark, in keyboard order */
    public Map<RegionKey, PainMark> getMarks() {
        return Map.copyOf(marks);
    }

    /**
     * Marks {@code key}, writes the description and tells the listeners.
     *
     * @throws IllegalArgumentException for a radiating mark above the knee, which the model cannot record
     */
    public void setMark(RegionKey key, PainMark mark) {
        checkWidget();
        if (!RegionKey.ALL.contains(key)) {
            throw new IllegalArgumentException(key.label() + " is not an area of the body chart");
        }
        if (mark == PainMark.RADIATING && !key.isBelowKnee()) {
            throw new IllegalArgumentException(key.label() + ": radiation is recorded only below the knee (lower leg, foot)");
        }
        if (getMark(key) == mark) {
            return;
        }
        marks.put(key, mark);
        if (input != null) {
            writing = true;
            try {
                ModelEdit edit = new ModelEdit(domain, (mark == PainMark.NONE ? "Clear " : "Mark ") + key.label());
                PainRegionMapping.write(edit, input, key, mark, marks);
                edit.apply();
            } finally {
                writing = false;
            }
        }
        redraw();
        getAccessible().selectionChanged();
        listeners.forEach(listener -> listener.regionMarked(key.region(), key.side(), mark));
    }

    /**
     * What a click does: toggles pain, or with {@code radiation} toggles radiation (below the
     * knee; elsewhere a radiation click marks plain pain, as the model records it).
     */
    public void toggle(RegionKey key, boolean radiation) {
        PainMark current = getMark(key);
        PainMark next;
        if (radiation && key.isBelowKnee()) {
            next = current == PainMark.RADIATING ? PainMark.NONE : PainMark.RADIATING;
        } else {
            next = current == PainMark.NONE ? PainMark.PAIN : PainMark.NONE;
        }
        setMark(key, next);
    }

    /** In radiation mode a plain click marks radiation (for a toolbar toggle or touch screens). */
    public void setRadiationMode(boolean radiation) {
        radiationMode = radiation;
        redraw();
    }

    public boolean isRadiationMode() {
        return radiationMode;
    }

    /** @return the area at pixel {@code (x, y)} of the chart, if any */
    public Optional<RegionKey> regionAt(int x, int y) {
        return painter.areaAt(getClientArea(), x, y).map(BodyFigure.Area::key);
    }

    /** @return the pixel bounds of {@code key}'s first area (its back view where it has two) */
    public Rectangle boundsOf(RegionKey key) {
        return painter.bounds(getClientArea(), BodyFigure.areasOf(key).get(0));
    }

    /** @return the area the keyboard is on */
    public RegionKey getFocusedRegion() {
        return RegionKey.ALL.get(focusIndex);
    }

    /** Moves the keyboard to {@code key}. */
    public void setFocusedRegion(RegionKey key) {
        int index = RegionKey.ALL.indexOf(key);
        if (index < 0) {
            throw new IllegalArgumentException(key.label() + " is not an area of the body chart");
        }
        focusIndex = index;
        redraw();
        getAccessible().setFocus(index);
    }

    public void addBodyChartListener(BodyChartListener listener) {
        listeners.add(listener);
    }

    public void removeBodyChartListener(BodyChartListener listener) {
        listeners.remove(listener);
    }

    private void mouseDown(Event event) {
        if (event.button != 1) {
            return;
        }
        setFocus();
        regionAt(event.x, event.y).ifPresent(key -> {
            setFocusedRegion(key);
            toggle(key, radiationMode || (event.stateMask & SWT.SHIFT) != 0);
        });
    }

    private void keyDown(Event event) {
        int count = RegionKey.ALL.size();
        switch (event.keyCode) {
            case SWT.ARROW_DOWN, SWT.ARROW_RIGHT -> setFocusedRegion(RegionKey.ALL.get((focusIndex + 1) % count));
            case SWT.ARROW_UP, SWT.ARROW_LEFT -> setFocusedRegion(RegionKey.ALL.get((focusIndex + count - 1) % count));
            case SWT.HOME -> setFocusedRegion(RegionKey.ALL.get(0));
            case SWT.END -> setFocusedRegion(RegionKey.ALL.get(count - 1));
            default -> {
                if (event.character == ' ' || event.keyCode == SWT.CR || event.keyCode == SWT.KEYPAD_CR) {
                    toggle(getFocusedRegion(), radiationMode || (event.stateMask & SWT.SHIFT) != 0);
                }
            }
        }
    }
}
