/**
 * Copyright (c) 2026 the PhysioBench authors.
 * Generated from model/physiobench.ecore by releng/scripts/generate-model.sh - do not edit.
 */
package org.physiobench.model.api;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Goal</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A measurable goal: a target value on an outcome instrument or for a named activity, to reach by a target date.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.physiobench.model.api.Goal#getDescription <em>Description</em>}</li>
 *   <li>{@link org.physiobench.model.api.Goal#getInstrumentId <em>Instrument Id</em>}</li>
 *   <li>{@link org.physiobench.model.api.Goal#getActivity <em>Activity</em>}</li>
 *   <li>{@link org.physiobench.model.api.Goal#getBaselineValue <em>Baseline Value</em>}</li>
 *   <li>{@link org.physiobench.model.api.Goal#getTargetValue <em>Target Value</em>}</li>
 *   <li>{@link org.physiobench.model.api.Goal#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.physiobench.model.api.Goal#getTargetDate <em>Target Date</em>}</li>
 *   <li>{@link org.physiobench.model.api.Goal#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @see org.physiobench.model.api.ClinicalPackage#getGoal()
 * @model
 * @generated
 */
public interface Goal extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.physiobench.model.api.ClinicalPackage#getGoal_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.Goal#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Instrument Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The instrument whose score measures the goal (e.g. odi); null for an activity goal.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Instrument Id</em>' attribute.
	 * @see #setInstrumentId(String)
	 * @see org.physiobench.model.api.ClinicalPackage#getGoal_InstrumentId()
	 * @model
	 * @generated
	 */
	String getInstrumentId();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.Goal#getInstrumentId <em>Instrument Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Instrument Id</em>' attribute.
	 * @see #getInstrumentId()
	 * @generated
	 */
	void setInstrumentId(String value);

	/**
	 * Returns the value of the '<em><b>Activity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The activity the goal is about (e.g. sit for 60 minutes at work); null for an instrument goal.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Activity</em>' attribute.
	 * @see #setActivity(String)
	 * @see org.physiobench.model.api.ClinicalPackage#getGoal_Activity()
	 * @model
	 * @generated
	 */
	String getActivity();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.Goal#getActivity <em>Activity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Activity</em>' attribute.
	 * @see #getActivity()
	 * @generated
	 */
	void setActivity(String value);

	/**
	 * Returns the value of the '<em><b>Baseline Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Baseline Value</em>' attribute.
	 * @see #setBaselineValue(Double)
	 * @see org.physiobench.model.api.ClinicalPackage#getGoal_BaselineValue()
	 * @model
	 * @generated
	 */
	Double getBaselineValue();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.Goal#getBaselineValue <em>Baseline Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline Value</em>' attribute.
	 * @see #getBaselineValue()
	 * @generated
	 */
	void setBaselineValue(Double value);

	/**
	 * Returns the value of the '<em><b>Target Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Value</em>' attribute.
	 * @see #setTargetValue(Double)
	 * @see org.physiobench.model.api.ClinicalPackage#getGoal_TargetValue()
	 * @model
	 * @generated
	 */
	Double getTargetValue();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.Goal#getTargetValue <em>Target Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Value</em>' attribute.
	 * @see #getTargetValue()
	 * @generated
	 */
	void setTargetValue(Double value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The unit of the values (points, %, minutes, metres...).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.physiobench.model.api.ClinicalPackage#getGoal_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.Goal#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Target Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Date</em>' attribute.
	 * @see #setTargetDate(LocalDate)
	 * @see org.physiobench.model.api.ClinicalPackage#getGoal_TargetDate()
	 * @model dataType="org.physiobench.model.api.Date"
	 * @generated
	 */
	LocalDate getTargetDate();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.Goal#getTargetDate <em>Target Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Date</em>' attribute.
	 * @see #getTargetDate()
	 * @generated
	 */
	void setTargetDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.physiobench.model.api.GoalStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.physiobench.model.api.GoalStatus
	 * @see #setStatus(GoalStatus)
	 * @see org.physiobench.model.api.ClinicalPackage#getGoal_Status()
	 * @model
	 * @generated
	 */
	GoalStatus getStatus();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.Goal#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.physiobench.model.api.GoalStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(GoalStatus value);

} // Goal
