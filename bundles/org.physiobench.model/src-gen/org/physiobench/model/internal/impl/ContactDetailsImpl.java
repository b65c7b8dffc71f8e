/**
 * Copyright (c) 2026 the PhysioBench authors.
 * Generated from model/physiobench.ecore by releng/scripts/generate-model.sh - do not edit.
 */
package org.physiobench.model.internal.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.physiobench.model.api.ClinicalPackage;
import org.physiobench.model.api.ContactDetails;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Contact Details</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.physiobench.model.internal.impl.ContactDetailsImpl#getPhone <em>Phone</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.ContactDetailsImpl#getEmail <em>Email</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.ContactDetailsImpl#getAddressLine <em>Address Line</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.ContactDetailsImpl#getPostalCode <em>Postal Code</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.ContactDetailsImpl#getCity <em>City</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.ContactDetailsImpl#getCountry <em>Country</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.ContactDetailsImpl#getEmergencyContact <em>Emergency Contact</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ContactDetailsImpl extends MinimalEObjectImpl.Container implements ContactDetails {
	/**
	 * The default value of the '{@link #getPhone() <em>Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhone()
	 * @generated
	 * @ordered
	 */
	protected static final String PHONE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPhone() <em>Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhone()
	 * @generated
	 * @ordered
	 */
	protected String phone = PHONE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEmail() <em>Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmail()
	 * @generated
	 * @ordered
	 */
	protected static final String EMAIL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEmail() <em>Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmail()
	 * @generated
	 * @ordered
	 */
	protected String email = EMAIL_EDEFAULT;

	/**
	 * The default value of the '{@link #getAddressLine() <em>Address Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddressLine()
	 * @generated
	 * @ordered
	 */
	protected static final String ADDRESS_LINE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAddressLine() <em>Address Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddressLine()
	 * @generated
	 * @ordered
	 */
	protected String addressLine = ADDRESS_LINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPostalCode() <em>Postal Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPostalCode()
	 * @generated
	 * @ordered
	 */
	protected static final String POSTAL_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPostalCode() <em>Postal Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPostalCode()
	 * @generated
	 * @ordered
	 */
	protected String postalCode = POSTAL_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCity() <em>City</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCity()
	 * @generated
	 * @ordered
	 */
	protected static final String CITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCity() <em>City</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCity()
	 * @generated
	 * @ordered
	 */
	protected String city = CITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getCountry() <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountry()
	 * @generated
	 * @ordered
	 */
	protected static final String COUNTRY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCountry() <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountry()
	 * @generated
	 * @ordered
	 */
	protected String country = COUNTRY_EDEFAULT;

	/**
	 * The default value of the '{@link #getEmergencyContact() <em>Emergency Contact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmergencyContact()
	 * @generated
	 * @ordered
	 */
	protected static final String EMERGENCY_CONTACT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEmergencyContact() <em>Emergency Contact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmergencyContact()
	 * @generated
	 * @ordered
	 */
	protected String emergencyContact = EMERGENCY_CONTACT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ContactDetailsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClinicalPackage.Literals.CONTACT_DETAILS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPhone() {
		return phone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhone(String newPhone) {
		String oldPhone = phone;
		phone = newPhone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.CONTACT_DETAILS__PHONE, oldPhone, phone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEmail() {
		return email;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEmail(String newEmail) {
		String oldEmail = email;
		email = newEmail;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.CONTACT_DETAILS__EMAIL, oldEmail, email));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAddressLine() {
		return addressLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddressLine(String newAddressLine) {
		String oldAddressLine = addressLine;
		addressLine = newAddressLine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.CONTACT_DETAILS__ADDRESS_LINE, oldAddressLine, addressLine));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPostalCode() {
		return postalCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPostalCode(String newPostalCode) {
		String oldPostalCode = postalCode;
		postalCode = newPostalCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.CONTACT_DETAILS__POSTAL_CODE, oldPostalCode, postalCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCity() {
		return city;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCity(String newCity) {
		String oldCity = city;
		city = newCity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.CONTACT_DETAILS__CITY, oldCity, city));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCountry() {
		return country;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCountry(String newCountry) {
		String oldCountry = country;
		country = newCountry;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.CONTACT_DETAILS__COUNTRY, oldCountry, country));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEmergencyContact() {
		return emergencyContact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEmergencyContact(String newEmergencyContact) {
		String oldEmergencyContact = emergencyContact;
		emergencyContact = newEmergencyContact;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.CONTACT_DETAILS__EMERGENCY_CONTACT, oldEmergencyContact, emergencyContact));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ClinicalPackage.CONTACT_DETAILS__PHONE:
				return getPhone();
			case ClinicalPackage.CONTACT_DETAILS__EMAIL:
				return getEmail();
			case ClinicalPackage.CONTACT_DETAILS__ADDRESS_LINE:
				return getAddressLine();
			case ClinicalPackage.CONTACT_DETAILS__POSTAL_CODE:
				return getPostalCode();
			case ClinicalPackage.CONTACT_DETAILS__CITY:
				return getCity();
			case ClinicalPackage.CONTACT_DETAILS__COUNTRY:
				return getCountry();
			case ClinicalPackage.CONTACT_DETAILS__EMERGENCY_CONTACT:
				return getEmergencyContact();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ClinicalPackage.CONTACT_DETAILS__PHONE:
				setPhone((String)newValue);
				return;
			case ClinicalPackage.CONTACT_DETAILS__EMAIL:
				setEmail((String)newValue);
				return;
			case ClinicalPackage.CONTACT_DETAILS__ADDRESS_LINE:
				setAddressLine((String)newValue);
				return;
			case ClinicalPackage.CONTACT_DETAILS__POSTAL_CODE:
				setPostalCode((String)newValue);
				return;
			case ClinicalPackage.CONTACT_DETAILS__CITY:
				setCity((String)newValue);
				return;
			case ClinicalPackage.CONTACT_DETAILS__COUNTRY:
				setCountry((String)newValue);
				return;
			case ClinicalPackage.CONTACT_DETAILS__EMERGENCY_CONTACT:
				setEmergencyContact((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ClinicalPackage.CONTACT_DETAILS__PHONE:
				setPhone(PHONE_EDEFAULT);
				return;
			case ClinicalPackage.CONTACT_DETAILS__EMAIL:
				setEmail(EMAIL_EDEFAULT);
				return;
			case ClinicalPackage.CONTACT_DETAILS__ADDRESS_LINE:
				setAddressLine(ADDRESS_LINE_EDEFAULT);
				return;
			case ClinicalPackage.CONTACT_DETAILS__POSTAL_CODE:
				setPostalCode(POSTAL_CODE_EDEFAULT);
				return;
			case ClinicalPackage.CONTACT_DETAILS__CITY:
				setCity(CITY_EDEFAULT);
				return;
			case ClinicalPackage.CONTACT_DETAILS__COUNTRY:
				setCountry(COUNTRY_EDEFAULT);
				return;
			case ClinicalPackage.CONTACT_DETAILS__EMERGENCY_CONTACT:
				setEmergencyContact(EMERGENCY_CONTACT_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ClinicalPackage.CONTACT_DETAILS__PHONE:
				return PHONE_EDEFAULT == null ? phone != null : !PHONE_EDEFAULT.equals(phone);
			case ClinicalPackage.CONTACT_DETAILS__EMAIL:
				return EMAIL_EDEFAULT == null ? email != null : !EMAIL_EDEFAULT.equals(email);
			case ClinicalPackage.CONTACT_DETAILS__ADDRESS_LINE:
				return ADDRESS_LINE_EDEFAULT == null ? addressLine != null : !ADDRESS_LINE_EDEFAULT.equals(addressLine);
			case ClinicalPackage.CONTACT_DETAILS__POSTAL_CODE:
				return POSTAL_CODE_EDEFAULT == null ? postalCode != null : !POSTAL_CODE_EDEFAULT.equals(postalCode);
			case ClinicalPackage.CONTACT_DETAILS__CITY:
				return CITY_EDEFAULT == null ? city != null : !CITY_EDEFAULT.equals(city);
			case ClinicalPackage.CONTACT_DETAILS__COUNTRY:
				return COUNTRY_EDEFAULT == null ? country != null : !COUNTRY_EDEFAULT.equals(country);
			case ClinicalPackage.CONTACT_DETAILS__EMERGENCY_CONTACT:
				return EMERGENCY_CONTACT_EDEFAULT == null ? emergencyContact != null : !EMERGENCY_CONTACT_EDEFAULT.equals(emergencyContact);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (phone: ");
		result.append(phone);
		result.append(", email: ");
		result.append(email);
		result.append(", addressLine: ");
		result.append(addressLine);
		result.append(", postalCode: ");
		result.append(postalCode);
		result.append(", city: ");
		result.append(city);
		result.append(", country: ");
		result.append(country);
		result.append(", emergencyContact: ");
		result.append(emergencyContact);
		result.append(')');
		return result.toString();
	}

} //ContactDetailsImpl
