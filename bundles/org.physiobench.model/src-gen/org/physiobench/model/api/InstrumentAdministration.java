/**
 * Copyright (c) 2026 the PhysioBench authors.
 * Generated from model/physiobench.ecore by releng/scripts/generate-model.sh - do not edit.
 */
package org.physiobench.model.api;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Instrument Administration</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One completion of an outcome instrument (NPRS, ODI, RMDQ, STarT Back, FABQ, PSFS...): the item answers as given and the scores computed from them.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.physiobench.model.api.InstrumentAdministration#getInstrumentId <em>Instrument Id</em>}</li>
 *   <li>{@link org.physiobench.model.api.InstrumentAdministration#getDate <em>Date</em>}</li>
 *   <li>{@link org.physiobench.model.api.InstrumentAdministration#getAnswers <em>Answers</em>}</li>
 *   <li>{@link org.physiobench.model.api.InstrumentAdministration#getScores <em>Scores</em>}</li>
 * </ul>
 *
 * @see org.physiobench.model.api.ClinicalPackage#getInstrumentAdministration()
 * @model
 * @generated
 */
public interface InstrumentAdministration extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Instrument Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of the instrument definition (from the instruments extension point), e.g. odi.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Instrument Id</em>' attribute.
	 * @see #setInstrumentId(String)
	 * @see org.physiobench.model.api.ClinicalPackage#getInstrumentAdministration_InstrumentId()
	 * @model
	 * @generated
	 */
	String getInstrumentId();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.InstrumentAdministration#getInstrumentId <em>Instrument Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Instrument Id</em>' attribute.
	 * @see #getInstrumentId()
	 * @generated
	 */
	void setInstrumentId(String value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.physiobench.model.api.ClinicalPackage#getInstrumentAdministration_Date()
	 * @model dataType="org.physiobench.model.api.Date"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.InstrumentAdministration#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Answers</b></em>' containment reference list.
	 * The list contents are of type {@link org.physiobench.model.api.ItemAnswer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Answers</em>' containment reference list.
	 * @see org.physiobench.model.api.ClinicalPackage#getInstrumentAdministration_Answers()
	 * @model containment="true"
	 * @generated
	 */
	EList<ItemAnswer> getAnswers();

	/**
	 * Returns the value of the '<em><b>Scores</b></em>' containment reference list.
	 * The list contents are of type {@link org.physiobench.model.api.Score}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scores</em>' containment reference list.
	 * @see org.physiobench.model.api.ClinicalPackage#getInstrumentAdministration_Scores()
	 * @model containment="true"
	 * @generated
	 */
	EList<Score> getScores();

} // InstrumentAdministration
