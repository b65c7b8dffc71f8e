package org.physiobench.ui.patients.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.function.Function;

import org.physiobench.core.api.TriageLevel;
import org.physiobench.store.api.PatientIndex;
import org.physiobench.store.api.PatientQuery.Order;

/**
 * The columns of the patient list: what each shows of a patient's indexed columns and the
 * store order a click on its header asks for (sorting happens in the database, so it stays
 * fast with 100,000 patients).
 */
public enum PatientColumn {

    // first, so that it is in sight however narrow the view is; the level of RedFlagStatus, as the banner
    RED_FLAG("Red flag", Order.RED_FLAG_FIRST, PatientColumn::levelText),
    NAME("Name", Order.NAME, PatientIndex::displayName),
    AGE("Age", Order.BIRTH_DATE, index -> age(index.birthDate(), LocalDate.now())),
    EPISODE("Episode", Order.EPISODE_STATUS, PatientIndex::episodeStatus),
    LAST_VISIT("Last visit", Order.LAST_VISIT_DESC, PatientIndex::lastVisit),
    ODI("ODI %", Order.LATEST_ODI_DESC, PatientIndex::latestOdi),
    NPRS("NPRS", Order.LATEST_NPRS_DESC, PatientIndex::latestNprs),
    RISK("Risk", Order.RISK_GROUP_DESC, PatientIndex::riskGroup),
    REVIEW_DUE("Review due", Order.REVIEW_DUE, PatientIndex::reviewDue);

    /** The NatTable label of a red-flag cell of an urgent or emergency level (bold white on red). */
    public static final String URGENT_STYLE = "physiobench.redFlag";

    /** The NatTable label of a red-flag cell of the non-urgent level (bold on orange). */
    public static final String NON_URGENT_STYLE = "physiobench.redFlag.nonUrgent";

    private final String header;
    private final Order order;
    private final Function<PatientIndex, Object> value;

    PatientColumn(String header, Order order, Function<PatientIndex, Object> value) {
        this.header = header;
        this.order = order;
        this.value = value;
    }

    public String header() {
        return header;
    }

    /** @return the store order a click on this column's header sorts by */
    public Order order() {
        return order;
    }

    /** @return the cell's value ({@code null} shows as an empty cell) */
    public Object valueOf(PatientIndex index) {
        return value.apply(index);
    }

    /** @return the column that sorts by {@code order} */
    public static PatientColumn sortedBy(Order order) {
        for (PatientColumn column : values()) {
            if (column.order == order) {
                return column;
            }
        }
        return NAME;
    }

    /**
     * @return what the red-flag column shows: the triage level's label ("EMERGENCY", "Urgent red
     *         flag", "Non-urgent red flag", "Risk factor"), nothing without a finding
     */
    public static String levelText(PatientIndex index) {
        return index.triageLevel() == TriageLevel.NONE ? "" : index.triageLevel().label();
    }

    /** @return full years on {@code today}, or {@code null} for an unknown birth date */
    static Integer age(LocalDate birthDate, LocalDate today) {
        return birthDate == null ? null : Period.between(birthDate, today).getYears();
    }
}
