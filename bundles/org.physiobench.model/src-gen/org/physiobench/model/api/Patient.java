/**
 * Copyright (c) 2026 the PhysioBench authors.
 * Generated from model/physiobench.ecore by releng/scripts/generate-model.sh - do not edit.
 */
package org.physiobench.model.api;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Patient</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The aggregate root: the patient and everything recorded about them.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.physiobench.model.api.Patient#getIdentifiers <em>Identifiers</em>}</li>
 *   <li>{@link org.physiobench.model.api.Patient#getGivenName <em>Given Name</em>}</li>
 *   <li>{@link org.physiobench.model.api.Patient#getFamilyName <em>Family Name</em>}</li>
 *   <li>{@link org.physiobench.model.api.Patient#getBirthDate <em>Birth Date</em>}</li>
 *   <li>{@link org.physiobench.model.api.Patient#getSex <em>Sex</em>}</li>
 *   <li>{@link org.physiobench.model.api.Patient#getPreferredLanguage <em>Preferred Language</em>}</li>
 *   <li>{@link org.physiobench.model.api.Patient#getContact <em>Contact</em>}</li>
 *   <li>{@link org.physiobench.model.api.Patient#getEpisodes <em>Episodes</em>}</li>
 *   <li>{@link org.physiobench.model.api.Patient#getMedicalReviews <em>Medical Reviews</em>}</li>
 * </ul>
 *
 * @see org.physiobench.model.api.ClinicalPackage#getPatient()
 * @model
 * @generated
 */
public interface Patient extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Identifiers</b></em>' containment reference list.
	 * The list contents are of type {@link org.physiobench.model.api.Identifier}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Identifiers</em>' containment reference list.
	 * @see org.physiobench.model.api.ClinicalPackage#getPatient_Identifiers()
	 * @model containment="true"
	 * @generated
	 */
	EList<Identifier> getIdentifiers();

	/**
	 * Returns the value of the '<em><b>Given Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Given Name</em>' attribute.
	 * @see #setGivenName(String)
	 * @see org.physiobench.model.api.ClinicalPackage#getPatient_GivenName()
	 * @model
	 * @generated
	 */
	String getGivenName();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.Patient#getGivenName <em>Given Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Given Name</em>' attribute.
	 * @see #getGivenName()
	 * @generated
	 */
	void setGivenName(String value);

	/**
	 * Returns the value of the '<em><b>Family Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Family Name</em>' attribute.
	 * @see #setFamilyName(String)
	 * @see org.physiobench.model.api.ClinicalPackage#getPatient_FamilyName()
	 * @model
	 * @generated
	 */
	String getFamilyName();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.Patient#getFamilyName <em>Family Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Family Name</em>' attribute.
	 * @see #getFamilyName()
	 * @generated
	 */
	void setFamilyName(String value);

	/**
	 * Returns the value of the '<em><b>Birth Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Birth Date</em>' attribute.
	 * @see #setBirthDate(LocalDate)
	 * @see org.physiobench.model.api.ClinicalPackage#getPatient_BirthDate()
	 * @model dataType="org.physiobench.model.api.Date"
	 * @generated
	 */
	LocalDate getBirthDate();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.Patient#getBirthDate <em>Birth Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Birth Date</em>' attribute.
	 * @see #getBirthDate()
	 * @generated
	 */
	void setBirthDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Sex</b></em>' attribute.
	 * The literals are from the enumeration {@link org.physiobench.model.api.Sex}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sex</em>' attribute.
	 * @see org.physiobench.model.api.Sex
	 * @see #setSex(Sex)
	 * @see org.physiobench.model.api.ClinicalPackage#getPatient_Sex()
	 * @model
	 * @generated
	 */
	Sex getSex();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.Patient#getSex <em>Sex</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sex</em>' attribute.
	 * @see org.physiobench.model.api.Sex
	 * @see #getSex()
	 * @generated
	 */
	void setSex(Sex value);

	/**
	 * Returns the value of the '<em><b>Preferred Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A BCP 47 language tag, e.g. en or de-CH.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Preferred Language</em>' attribute.
	 * @see #setPreferredLanguage(String)
	 * @see org.physiobench.model.api.ClinicalPackage#getPatient_PreferredLanguage()
	 * @model
	 * @generated
	 */
	String getPreferredLanguage();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.Patient#getPreferredLanguage <em>Preferred Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Preferred Language</em>' attribute.
	 * @see #getPreferredLanguage()
	 * @generated
	 */
	void setPreferredLanguage(String value);

	/**
	 * Returns the value of the '<em><b>Contact</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Contact</em>' containment reference.
	 * @see #setContact(ContactDetails)
	 * @see org.physiobench.model.api.ClinicalPackage#getPatient_Contact()
	 * @model containment="true"
	 * @generated
	 */
	ContactDetails getContact();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.Patient#getContact <em>Contact</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Contact</em>' containment reference.
	 * @see #getContact()
	 * @generated
	 */
	void setContact(ContactDetails value);

	/**
	 * Returns the value of the '<em><b>Episodes</b></em>' containment reference list.
	 * The list contents are of type {@link org.physiobench.model.api.EpisodeOfCare}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Episodes</em>' containment reference list.
	 * @see org.physiobench.model.api.ClinicalPackage#getPatient_Episodes()
	 * @model containment="true"
	 * @generated
	 */
	EList<EpisodeOfCare> getEpisodes();

	/**
	 * Returns the value of the '<em><b>Medical Reviews</b></em>' containment reference list.
	 * The list contents are of type {@link org.physiobench.model.api.MedicalReview}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The medical reviews of the patient's red-flag findings. A red-flag "yes" stays active across assessments and episodes until it is answered "no" in a later screening or a medical review covers it; a "yes" recorded after the review makes it active again.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Medical Reviews</em>' containment reference list.
	 * @see org.physiobench.model.api.ClinicalPackage#getPatient_MedicalReviews()
	 * @model containment="true"
	 * @generated
	 */
	EList<MedicalReview> getMedicalReviews();

} // Patient
