package org.physiobench.ui.patients.internal;

import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.nebula.widgets.nattable.sort.ISortModel;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;
import org.physiobench.store.api.PatientQuery.Order;

/**
 * Sorting of the patient list by the store: a click on a column header asks for that column's
 * store order. Each column sorts one way, the way a therapist looks for patients: names A to
 * Z, the oldest, the most recent visit, the highest scores, high risk and red flags first.
 */
final class PatientSortModel implements ISortModel {

    private final Consumer<Order> sorter;
    private Order order = Order.NAME;

    PatientSortModel(Consumer<Order> sorter) {
        this.sorter = sorter;
    }

    Order order() {
        return order;
    }

    @Override
    public List<Integer> getSortedColumnIndexes() {
        return List.of(PatientColumn.sortedBy(order).ordinal());
    }

    @Override
    public boolean isColumnIndexSorted(int columnIndex) {
        return PatientColumn.sortedBy(order).ordinal() == columnIndex;
    }

    @Override
    public SortDirectionEnum getSortDirection(int columnIndex) {
        if (!isColumnIndexSorted(columnIndex)) {
            return SortDirectionEnum.NONE;
        }
        // the arrow shows which way the values run: names and episode statuses ascending,
        // everything else largest (oldest, latest, highest) first
        return order == Order.NAME || order == Order.EPISODE_STATUS ? SortDirectionEnum.ASC : SortDirectionEnum.DESC;
    }

    @Override
    public int getSortOrder(int columnIndex) {
        return isColumnIndexSorted(columnIndex) ? 0 : -1;
    }

    @SuppressWarnings("rawtypes")
    @Override
    public List<Comparator> getComparatorsForColumnIndex(int columnIndex) {
        return List.of(); // the store sorts
    }

    @Override
    public Comparator<?> getColumnComparator(int columnIndex) {
        return null;
    }

    @Override
    public void sort(int columnIndex, SortDirectionEnum direction, boolean accumulate) {
        order = PatientColumn.values()[columnIndex].order();
        sorter.accept(order);
    }

    @Override
    public void clear() {
        order = Order.NAME;
        sorter.accept(order);
    }
}
