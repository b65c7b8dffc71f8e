/**
 * Copyright (c) 2026 the PhysioBench authors.
 * Generated from model/physiobench.ecore by releng/scripts/generate-model.sh - do not edit.
 */
package org.physiobench.model.api;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Contact Details</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.physiobench.model.api.ContactDetails#getPhone <em>Phone</em>}</li>
 *   <li>{@link org.physiobench.model.api.ContactDetails#getEmail <em>Email</em>}</li>
 *   <li>{@link org.physiobench.model.api.ContactDetails#getAddressLine <em>Address Line</em>}</li>
 *   <li>{@link org.physiobench.model.api.ContactDetails#getPostalCode <em>Postal Code</em>}</li>
 *   <li>{@link org.physiobench.model.api.ContactDetails#getCity <em>City</em>}</li>
 *   <li>{@link org.physiobench.model.api.ContactDetails#getCountry <em>Country</em>}</li>
 *   <li>{@link org.physiobench.model.api.ContactDetails#getEmergencyContact <em>Emergency Contact</em>}</li>
 * </ul>
 *
 * @see org.physiobench.model.api.ClinicalPackage#getContactDetails()
 * @model
 * @generated
 */
public interface ContactDetails extends EObject {
	/**
	 * Returns the value of the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Phone</em>' attribute.
	 * @see #setPhone(String)
	 * @see org.physiobench.model.api.ClinicalPackage#getContactDetails_Phone()
	 * @model
	 * @generated
	 */
	String getPhone();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.ContactDetails#getPhone <em>Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phone</em>' attribute.
	 * @see #getPhone()
	 * @generated
	 */
	void setPhone(String value);

	/**
	 * Returns the value of the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Email</em>' attribute.
	 * @see #setEmail(String)
	 * @see org.physiobench.model.api.ClinicalPackage#getContactDetails_Email()
	 * @model
	 * @generated
	 */
	String getEmail();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.ContactDetails#getEmail <em>Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Email</em>' attribute.
	 * @see #getEmail()
	 * @generated
	 */
	void setEmail(String value);

	/**
	 * Returns the value of the '<em><b>Address Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Address Line</em>' attribute.
	 * @see #setAddressLine(String)
	 * @see org.physiobench.model.api.ClinicalPackage#getContactDetails_AddressLine()
	 * @model
	 * @generated
	 */
	String getAddressLine();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.ContactDetails#getAddressLine <em>Address Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address Line</em>' attribute.
	 * @see #getAddressLine()
	 * @generated
	 */
	void setAddressLine(String value);

	/**
	 * Returns the value of the '<em><b>Postal Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Postal Code</em>' attribute.
	 * @see #setPostalCode(String)
	 * @see org.physiobench.model.api.ClinicalPackage#getContactDetails_PostalCode()
	 * @model
	 * @generated
	 */
	String getPostalCode();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.ContactDetails#getPostalCode <em>Postal Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Postal Code</em>' attribute.
	 * @see #getPostalCode()
	 * @generated
	 */
	void setPostalCode(String value);

	/**
	 * Returns the value of the '<em><b>City</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>City</em>' attribute.
	 * @see #setCity(String)
	 * @see org.physiobench.model.api.ClinicalPackage#getContactDetails_City()
	 * @model
	 * @generated
	 */
	String getCity();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.ContactDetails#getCity <em>City</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>City</em>' attribute.
	 * @see #getCity()
	 * @generated
	 */
	void setCity(String value);

	/**
	 * Returns the value of the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Country</em>' attribute.
	 * @see #setCountry(String)
	 * @see org.physiobench.model.api.ClinicalPackage#getContactDetails_Country()
	 * @model
	 * @generated
	 */
	String getCountry();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.ContactDetails#getCountry <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Country</em>' attribute.
	 * @see #getCountry()
	 * @generated
	 */
	void setCountry(String value);

	/**
	 * Returns the value of the '<em><b>Emergency Contact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name and phone number of the person to call in an emergency.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Emergency Contact</em>' attribute.
	 * @see #setEmergencyContact(String)
	 * @see org.physiobench.model.api.ClinicalPackage#getContactDetails_EmergencyContact()
	 * @model
	 * @generated
	 */
	String getEmergencyContact();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.ContactDetails#getEmergencyContact <em>Emergency Contact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Emergency Contact</em>' attribute.
	 * @see #getEmergencyContact()
	 * @generated
	 */
	void setEmergencyContact(String value);

} // ContactDetails
