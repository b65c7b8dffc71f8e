/**
 * Copyright (c) 2026 the PhysioBench authors.
 * Generated from model/physiobench.ecore by releng/scripts/generate-model.sh - do not edit.
 */
package org.physiobench.model.api;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Session</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One treatment visit.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.physiobench.model.api.Session#getDate <em>Date</em>}</li>
 *   <li>{@link org.physiobench.model.api.Session#getTherapistId <em>Therapist Id</em>}</li>
 *   <li>{@link org.physiobench.model.api.Session#getSoap <em>Soap</em>}</li>
 *   <li>{@link org.physiobench.model.api.Session#getInterventions <em>Interventions</em>}</li>
 *   <li>{@link org.physiobench.model.api.Session#getPainBefore <em>Pain Before</em>}</li>
 *   <li>{@link org.physiobench.model.api.Session#getPainAfter <em>Pain After</em>}</li>
 *   <li>{@link org.physiobench.model.api.Session#getHomeProgrammeAdherencePercent <em>Home Programme Adherence Percent</em>}</li>
 * </ul>
 *
 * @see org.physiobench.model.api.ClinicalPackage#getSession()
 * @model
 * @generated
 */
public interface Session extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.physiobench.model.api.ClinicalPackage#getSession_Date()
	 * @model dataType="org.physiobench.model.api.Date"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.Session#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Therapist Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Therapist Id</em>' attribute.
	 * @see #setTherapistId(String)
	 * @see org.physiobench.model.api.ClinicalPackage#getSession_TherapistId()
	 * @model
	 * @generated
	 */
	String getTherapistId();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.Session#getTherapistId <em>Therapist Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Therapist Id</em>' attribute.
	 * @see #getTherapistId()
	 * @generated
	 */
	void setTherapistId(String value);

	/**
	 * Returns the value of the '<em><b>Soap</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Soap</em>' containment reference.
	 * @see #setSoap(SoapNote)
	 * @see org.physiobench.model.api.ClinicalPackage#getSession_Soap()
	 * @model containment="true"
	 * @generated
	 */
	SoapNote getSoap();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.Session#getSoap <em>Soap</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Soap</em>' containment reference.
	 * @see #getSoap()
	 * @generated
	 */
	void setSoap(SoapNote value);

	/**
	 * Returns the value of the '<em><b>Interventions</b></em>' containment reference list.
	 * The list contents are of type {@link org.physiobench.model.api.DeliveredIntervention}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Interventions</em>' containment reference list.
	 * @see org.physiobench.model.api.ClinicalPackage#getSession_Interventions()
	 * @model containment="true"
	 * @generated
	 */
	EList<DeliveredIntervention> getInterventions();

	/**
	 * Returns the value of the '<em><b>Pain Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * NPRS 0-10 at the start of the session; null when not asked.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pain Before</em>' attribute.
	 * @see #setPainBefore(Integer)
	 * @see org.physiobench.model.api.ClinicalPackage#getSession_PainBefore()
	 * @model
	 * @generated
	 */
	Integer getPainBefore();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.Session#getPainBefore <em>Pain Before</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pain Before</em>' attribute.
	 * @see #getPainBefore()
	 * @generated
	 */
	void setPainBefore(Integer value);

	/**
	 * Returns the value of the '<em><b>Pain After</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * NPRS 0-10 at the end of the session; null when not asked.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pain After</em>' attribute.
	 * @see #setPainAfter(Integer)
	 * @see org.physiobench.model.api.ClinicalPackage#getSession_PainAfter()
	 * @model
	 * @generated
	 */
	Integer getPainAfter();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.Session#getPainAfter <em>Pain After</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pain After</em>' attribute.
	 * @see #getPainAfter()
	 * @generated
	 */
	void setPainAfter(Integer value);

	/**
	 * Returns the value of the '<em><b>Home Programme Adherence Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of the prescribed home exercise done since the last visit, 0-100 %; null when not asked.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Home Programme Adherence Percent</em>' attribute.
	 * @see #setHomeProgrammeAdherencePercent(Integer)
	 * @see org.physiobench.model.api.ClinicalPackage#getSession_HomeProgrammeAdherencePercent()
	 * @model
	 * @generated
	 */
	Integer getHomeProgrammeAdherencePercent();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.Session#getHomeProgrammeAdherencePercent <em>Home Programme Adherence Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Home Programme Adherence Percent</em>' attribute.
	 * @see #getHomeProgrammeAdherencePercent()
	 * @generated
	 */
	void setHomeProgrammeAdherencePercent(Integer value);

} // Session
