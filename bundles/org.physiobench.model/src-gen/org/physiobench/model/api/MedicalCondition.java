/**
 * Copyright (c) 2026 the PhysioBench authors.
 * Generated from model/physiobench.ecore by releng/scripts/generate-model.sh - do not edit.
 */
package org.physiobench.model.api;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Medical Condition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.physiobench.model.api.MedicalCondition#getName <em>Name</em>}</li>
 *   <li>{@link org.physiobench.model.api.MedicalCondition#getConditionId <em>Condition Id</em>}</li>
 *   <li>{@link org.physiobench.model.api.MedicalCondition#getSince <em>Since</em>}</li>
 *   <li>{@link org.physiobench.model.api.MedicalCondition#isCurrent <em>Current</em>}</li>
 * </ul>
 *
 * @see org.physiobench.model.api.ClinicalPackage#getMedicalCondition()
 * @model
 * @generated
 */
public interface MedicalCondition extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.physiobench.model.api.ClinicalPackage#getMedicalCondition_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.MedicalCondition#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Condition Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The shared condition id used by modality contraindications when the condition is one of them (osteoporosis, anticoagulation, pregnancy, spinal-fusion, acute-radiculopathy, inflammatory-arthritis, recent-spinal-surgery); null otherwise.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Condition Id</em>' attribute.
	 * @see #setConditionId(String)
	 * @see org.physiobench.model.api.ClinicalPackage#getMedicalCondition_ConditionId()
	 * @model
	 * @generated
	 */
	String getConditionId();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.MedicalCondition#getConditionId <em>Condition Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Condition Id</em>' attribute.
	 * @see #getConditionId()
	 * @generated
	 */
	void setConditionId(String value);

	/**
	 * Returns the value of the '<em><b>Since</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Since</em>' attribute.
	 * @see #setSince(LocalDate)
	 * @see org.physiobench.model.api.ClinicalPackage#getMedicalCondition_Since()
	 * @model dataType="org.physiobench.model.api.Date"
	 * @generated
	 */
	LocalDate getSince();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.MedicalCondition#getSince <em>Since</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Since</em>' attribute.
	 * @see #getSince()
	 * @generated
	 */
	void setSince(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Current</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Current</em>' attribute.
	 * @see #setCurrent(boolean)
	 * @see org.physiobench.model.api.ClinicalPackage#getMedicalCondition_Current()
	 * @model default="true"
	 * @generated
	 */
	boolean isCurrent();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.MedicalCondition#isCurrent <em>Current</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Current</em>' attribute.
	 * @see #isCurrent()
	 * @generated
	 */
	void setCurrent(boolean value);

} // MedicalCondition
