/**
 * Copyright (c) 2026 the PhysioBench authors.
 * Generated from model/physiobench.ecore by releng/scripts/generate-model.sh - do not edit.
 */
package org.physiobench.model.api;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Home Exercise</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.physiobench.model.api.HomeExercise#getModalityId <em>Modality Id</em>}</li>
 *   <li>{@link org.physiobench.model.api.HomeExercise#getInstructions <em>Instructions</em>}</li>
 *   <li>{@link org.physiobench.model.api.HomeExercise#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.physiobench.model.api.HomeExercise#getTimesPerDay <em>Times Per Day</em>}</li>
 *   <li>{@link org.physiobench.model.api.HomeExercise#getDaysPerWeek <em>Days Per Week</em>}</li>
 * </ul>
 *
 * @see org.physiobench.model.api.ClinicalPackage#getHomeExercise()
 * @model
 * @generated
 */
public interface HomeExercise extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Modality Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Modality Id</em>' attribute.
	 * @see #setModalityId(String)
	 * @see org.physiobench.model.api.ClinicalPackage#getHomeExercise_ModalityId()
	 * @model
	 * @generated
	 */
	String getModalityId();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.HomeExercise#getModalityId <em>Modality Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Modality Id</em>' attribute.
	 * @see #getModalityId()
	 * @generated
	 */
	void setModalityId(String value);

	/**
	 * Returns the value of the '<em><b>Instructions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Instructions</em>' attribute.
	 * @see #setInstructions(String)
	 * @see org.physiobench.model.api.ClinicalPackage#getHomeExercise_Instructions()
	 * @model
	 * @generated
	 */
	String getInstructions();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.HomeExercise#getInstructions <em>Instructions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Instructions</em>' attribute.
	 * @see #getInstructions()
	 * @generated
	 */
	void setInstructions(String value);

	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' containment reference list.
	 * The list contents are of type {@link org.physiobench.model.api.Parameter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parameters</em>' containment reference list.
	 * @see org.physiobench.model.api.ClinicalPackage#getHomeExercise_Parameters()
	 * @model containment="true"
	 * @generated
	 */
	EList<Parameter> getParameters();

	/**
	 * Returns the value of the '<em><b>Times Per Day</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Times Per Day</em>' attribute.
	 * @see #setTimesPerDay(Integer)
	 * @see org.physiobench.model.api.ClinicalPackage#getHomeExercise_TimesPerDay()
	 * @model
	 * @generated
	 */
	Integer getTimesPerDay();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.HomeExercise#getTimesPerDay <em>Times Per Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Times Per Day</em>' attribute.
	 * @see #getTimesPerDay()
	 * @generated
	 */
	void setTimesPerDay(Integer value);

	/**
	 * Returns the value of the '<em><b>Days Per Week</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Days Per Week</em>' attribute.
	 * @see #setDaysPerWeek(Integer)
	 * @see org.physiobench.model.api.ClinicalPackage#getHomeExercise_DaysPerWeek()
	 * @model
	 * @generated
	 */
	Integer getDaysPerWeek();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.HomeExercise#getDaysPerWeek <em>Days Per Week</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Days Per Week</em>' attribute.
	 * @see #getDaysPerWeek()
	 * @generated
	 */
	void setDaysPerWeek(Integer value);

} // HomeExercise
