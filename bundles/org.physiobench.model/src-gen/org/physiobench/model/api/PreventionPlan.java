/**
 * Copyright (c) 2026 the PhysioBench authors.
 * Generated from model/physiobench.ecore by releng/scripts/generate-model.sh - do not edit.
 */
package org.physiobench.model.api;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Prevention Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What the patient does after discharge: self-management, the home programme to keep, what to do in a flare-up and the warning signs to act on.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.physiobench.model.api.PreventionPlan#getSelfManagement <em>Self Management</em>}</li>
 *   <li>{@link org.physiobench.model.api.PreventionPlan#getHomeProgramme <em>Home Programme</em>}</li>
 *   <li>{@link org.physiobench.model.api.PreventionPlan#getFlareUpPlan <em>Flare Up Plan</em>}</li>
 *   <li>{@link org.physiobench.model.api.PreventionPlan#getWarningSigns <em>Warning Signs</em>}</li>
 *   <li>{@link org.physiobench.model.api.PreventionPlan#getFollowUpDate <em>Follow Up Date</em>}</li>
 * </ul>
 *
 * @see org.physiobench.model.api.ClinicalPackage#getPreventionPlan()
 * @model
 * @generated
 */
public interface PreventionPlan extends EObject {
	/**
	 * Returns the value of the '<em><b>Self Management</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Self Management</em>' attribute.
	 * @see #setSelfManagement(String)
	 * @see org.physiobench.model.api.ClinicalPackage#getPreventionPlan_SelfManagement()
	 * @model
	 * @generated
	 */
	String getSelfManagement();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.PreventionPlan#getSelfManagement <em>Self Management</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Self Management</em>' attribute.
	 * @see #getSelfManagement()
	 * @generated
	 */
	void setSelfManagement(String value);

	/**
	 * Returns the value of the '<em><b>Home Programme</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The home programme to continue, one of the episode's.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Home Programme</em>' reference.
	 * @see #setHomeProgramme(HomeProgramme)
	 * @see org.physiobench.model.api.ClinicalPackage#getPreventionPlan_HomeProgramme()
	 * @model
	 * @generated
	 */
	HomeProgramme getHomeProgramme();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.PreventionPlan#getHomeProgramme <em>Home Programme</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Home Programme</em>' reference.
	 * @see #getHomeProgramme()
	 * @generated
	 */
	void setHomeProgramme(HomeProgramme value);

	/**
	 * Returns the value of the '<em><b>Flare Up Plan</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Flare Up Plan</em>' attribute.
	 * @see #setFlareUpPlan(String)
	 * @see org.physiobench.model.api.ClinicalPackage#getPreventionPlan_FlareUpPlan()
	 * @model
	 * @generated
	 */
	String getFlareUpPlan();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.PreventionPlan#getFlareUpPlan <em>Flare Up Plan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Flare Up Plan</em>' attribute.
	 * @see #getFlareUpPlan()
	 * @generated
	 */
	void setFlareUpPlan(String value);

	/**
	 * Returns the value of the '<em><b>Warning Signs</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Warning Signs</em>' attribute list.
	 * @see org.physiobench.model.api.ClinicalPackage#getPreventionPlan_WarningSigns()
	 * @model
	 * @generated
	 */
	EList<String> getWarningSigns();

	/**
	 * Returns the value of the '<em><b>Follow Up Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Follow Up Date</em>' attribute.
	 * @see #setFollowUpDate(LocalDate)
	 * @see org.physiobench.model.api.ClinicalPackage#getPreventionPlan_FollowUpDate()
	 * @model dataType="org.physiobench.model.api.Date"
	 * @generated
	 */
	LocalDate getFollowUpDate();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.PreventionPlan#getFollowUpDate <em>Follow Up Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Follow Up Date</em>' attribute.
	 * @see #getFollowUpDate()
	 * @generated
	 */
	void setFollowUpDate(LocalDate value);

} // PreventionPlan
