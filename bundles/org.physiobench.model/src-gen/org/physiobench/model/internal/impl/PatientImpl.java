/**
 * Copyright (c) 2026 the PhysioBench authors.
 * Generated from model/physiobench.ecore by releng/scripts/generate-model.sh - do not edit.
 */
package org.physiobench.model.internal.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.physiobench.model.api.ClinicalPackage;
import org.physiobench.model.api.ContactDetails;
import org.physiobench.model.api.EpisodeOfCare;
import org.physiobench.model.api.Identifier;
import org.physiobench.model.api.MedicalReview;
import org.physiobench.model.api.Patient;
import org.physiobench.model.api.Sex;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Patient</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.physiobench.model.internal.impl.PatientImpl#getIdentifiers <em>Identifiers</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.PatientImpl#getGivenName <em>Given Name</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.PatientImpl#getFamilyName <em>Family Name</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.PatientImpl#getBirthDate <em>Birth Date</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.PatientImpl#getSex <em>Sex</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.PatientImpl#getPreferredLanguage <em>Preferred Language</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.PatientImpl#getContact <em>Contact</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.PatientImpl#getEpisodes <em>Episodes</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.PatientImpl#getMedicalReviews <em>Medical Reviews</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PatientImpl extends IdentifiableImpl implements Patient {
	/**
	 * The cached value of the '{@link #getIdentifiers() <em>Identifiers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdentifiers()
	 * @generated
	 * @ordered
	 */
	protected EList<Identifier> identifiers;

	/**
	 * The default value of the '{@link #getGivenName() <em>Given Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGivenName()
	 * @generated
	 * @ordered
	 */
	protected static final String GIVEN_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGivenName() <em>Given Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGivenName()
	 * @generated
	 * @ordered
	 */
	protected String givenName = GIVEN_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getFamilyName() <em>Family Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFamilyName()
	 * @generated
	 * @ordered
	 */
	protected static final String FAMILY_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFamilyName() <em>Family Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFamilyName()
	 * @generated
	 * @ordered
	 */
	protected String familyName = FAMILY_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getBirthDate() <em>Birth Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBirthDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate BIRTH_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBirthDate() <em>Birth Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBirthDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate birthDate = BIRTH_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSex() <em>Sex</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSex()
	 * @generated
	 * @ordered
	 */
	protected static final Sex SEX_EDEFAULT = Sex.UNKNOWN;

	/**
	 * The cached value of the '{@link #getSex() <em>Sex</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSex()
	 * @generated
	 * @ordered
	 */
	protected Sex sex = SEX_EDEFAULT;

	/**
	 * The default value of the '{@link #getPreferredLanguage() <em>Preferred Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreferredLanguage()
	 * @generated
	 * @ordered
	 */
	protected static final String PREFERRED_LANGUAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPreferredLanguage() <em>Preferred Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreferredLanguage()
	 * @generated
	 * @ordered
	 */
	protected String preferredLanguage = PREFERRED_LANGUAGE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getContact() <em>Contact</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContact()
	 * @generated
	 * @ordered
	 */
	protected ContactDetails contact;

	/**
	 * The cached value of the '{@link #getEpisodes() <em>Episodes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpisodes()
	 * @generated
	 * @ordered
	 */
	protected EList<EpisodeOfCare> episodes;

	/**
	 * The cached value of the '{@link #getMedicalReviews() <em>Medical Reviews</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMedicalReviews()
	 * @generated
	 * @ordered
	 */
	protected EList<MedicalReview> medicalReviews;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PatientImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClinicalPackage.Literals.PATIENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Identifier> getIdentifiers() {
		if (identifiers == null) {
			identifiers = new EObjectContainmentEList<Identifier>(Identifier.class, this, ClinicalPackage.PATIENT__IDENTIFIERS);
		}
		return identifiers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGivenName() {
		return givenName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGivenName(String newGivenName) {
		String oldGivenName = givenName;
		givenName = newGivenName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.PATIENT__GIVEN_NAME, oldGivenName, givenName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFamilyName() {
		return familyName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFamilyName(String newFamilyName) {
		String oldFamilyName = familyName;
		familyName = newFamilyName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.PATIENT__FAMILY_NAME, oldFamilyName, familyName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getBirthDate() {
		return birthDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBirthDate(LocalDate newBirthDate) {
		LocalDate oldBirthDate = birthDate;
		birthDate = newBirthDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.PATIENT__BIRTH_DATE, oldBirthDate, birthDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Sex getSex() {
		return sex;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSex(Sex newSex) {
		Sex oldSex = sex;
		sex = newSex == null ? SEX_EDEFAULT : newSex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.PATIENT__SEX, oldSex, sex));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPreferredLanguage() {
		return preferredLanguage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreferredLanguage(String newPreferredLanguage) {
		String oldPreferredLanguage = preferredLanguage;
		preferredLanguage = newPreferredLanguage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.PATIENT__PREFERRED_LANGUAGE, oldPreferredLanguage, preferredLanguage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContactDetails getContact() {
		return contact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetContact(ContactDetails newContact, NotificationChain msgs) {
		ContactDetails oldContact = contact;
		contact = newContact;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClinicalPackage.PATIENT__CONTACT, oldContact, newContact);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContact(ContactDetails newContact) {
		if (newContact != contact) {
			NotificationChain msgs = null;
			if (contact != null)
				msgs = ((InternalEObject)contact).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClinicalPackage.PATIENT__CONTACT, null, msgs);
			if (newContact != null)
				msgs = ((InternalEObject)newContact).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClinicalPackage.PATIENT__CONTACT, null, msgs);
			msgs = basicSetContact(newContact, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.PATIENT__CONTACT, newContact, newContact));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EpisodeOfCare> getEpisodes() {
		if (episodes == null) {
			episodes = new EObjectContainmentEList<EpisodeOfCare>(EpisodeOfCare.class, this, ClinicalPackage.PATIENT__EPISODES);
		}
		return episodes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MedicalReview> getMedicalReviews() {
		if (medicalReviews == null) {
			medicalReviews = new EObjectContainmentEList<MedicalReview>(MedicalReview.class, this, ClinicalPackage.PATIENT__MEDICAL_REVIEWS);
		}
		return medicalReviews;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ClinicalPackage.PATIENT__IDENTIFIERS:
				return ((InternalEList<?>)getIdentifiers()).basicRemove(otherEnd, msgs);
			case ClinicalPackage.PATIENT__CONTACT:
				return basicSetContact(null, msgs);
			case ClinicalPackage.PATIENT__EPISODES:
				return ((InternalEList<?>)getEpisodes()).basicRemove(otherEnd, msgs);
			case ClinicalPackage.PATIENT__MEDICAL_REVIEWS:
				return ((InternalEList<?>)getMedicalReviews()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ClinicalPackage.PATIENT__IDENTIFIERS:
				return getIdentifiers();
			case ClinicalPackage.PATIENT__GIVEN_NAME:
				return getGivenName();
			case ClinicalPackage.PATIENT__FAMILY_NAME:
				return getFamilyName();
			case ClinicalPackage.PATIENT__BIRTH_DATE:
				return getBirthDate();
			case ClinicalPackage.PATIENT__SEX:
				return getSex();
			case ClinicalPackage.PATIENT__PREFERRED_LANGUAGE:
				return getPreferredLanguage();
			case ClinicalPackage.PATIENT__CONTACT:
				return getContact();
			case ClinicalPackage.PATIENT__EPISODES:
				return getEpisodes();
			case ClinicalPackage.PATIENT__MEDICAL_REVIEWS:
				return getMedicalReviews();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ClinicalPackage.PATIENT__IDENTIFIERS:
				getIdentifiers().clear();
				getIdentifiers().addAll((Collection<? extends Identifier>)newValue);
				return;
			case ClinicalPackage.PATIENT__GIVEN_NAME:
				setGivenName((String)newValue);
				return;
			case ClinicalPackage.PATIENT__FAMILY_NAME:
				setFamilyName((String)newValue);
				return;
			case ClinicalPackage.PATIENT__BIRTH_DATE:
				setBirthDate((LocalDate)newValue);
				return;
			case ClinicalPackage.PATIENT__SEX:
				setSex((Sex)newValue);
				return;
			case ClinicalPackage.PATIENT__PREFERRED_LANGUAGE:
				setPreferredLanguage((String)newValue);
				return;
			case ClinicalPackage.PATIENT__CONTACT:
				setContact((ContactDetails)newValue);
				return;
			case ClinicalPackage.PATIENT__EPISODES:
				getEpisodes().clear();
				getEpisodes().addAll((Collection<? extends EpisodeOfCare>)newValue);
				return;
			case ClinicalPackage.PATIENT__MEDICAL_REVIEWS:
				getMedicalReviews().clear();
				getMedicalReviews().addAll((Collection<? extends MedicalReview>)newValue);
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
			case ClinicalPackage.PATIENT__IDENTIFIERS:
				getIdentifiers().clear();
				return;
			case ClinicalPackage.PATIENT__GIVEN_NAME:
				setGivenName(GIVEN_NAME_EDEFAULT);
				return;
			case ClinicalPackage.PATIENT__FAMILY_NAME:
				setFamilyName(FAMILY_NAME_EDEFAULT);
				return;
			case ClinicalPackage.PATIENT__BIRTH_DATE:
				setBirthDate(BIRTH_DATE_EDEFAULT);
				return;
			case ClinicalPackage.PATIENT__SEX:
				setSex(SEX_EDEFAULT);
				return;
			case ClinicalPackage.PATIENT__PREFERRED_LANGUAGE:
				setPreferredLanguage(PREFERRED_LANGUAGE_EDEFAULT);
				return;
			case ClinicalPackage.PATIENT__CONTACT:
				setContact((ContactDetails)null);
				return;
			case ClinicalPackage.PATIENT__EPISODES:
				getEpisodes().clear();
				return;
			case ClinicalPackage.PATIENT__MEDICAL_REVIEWS:
				getMedicalReviews().clear();
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
			case ClinicalPackage.PATIENT__IDENTIFIERS:
				return identifiers != null && !identifiers.isEmpty();
			case ClinicalPackage.PATIENT__GIVEN_NAME:
				return GIVEN_NAME_EDEFAULT == null ? givenName != null : !GIVEN_NAME_EDEFAULT.equals(givenName);
			case ClinicalPackage.PATIENT__FAMILY_NAME:
				return FAMILY_NAME_EDEFAULT == null ? familyName != null : !FAMILY_NAME_EDEFAULT.equals(familyName);
			case ClinicalPackage.PATIENT__BIRTH_DATE:
				return BIRTH_DATE_EDEFAULT == null ? birthDate != null : !BIRTH_DATE_EDEFAULT.equals(birthDate);
			case ClinicalPackage.PATIENT__SEX:
				return sex != SEX_EDEFAULT;
			case ClinicalPackage.PATIENT__PREFERRED_LANGUAGE:
				return PREFERRED_LANGUAGE_EDEFAULT == null ? preferredLanguage != null : !PREFERRED_LANGUAGE_EDEFAULT.equals(preferredLanguage);
			case ClinicalPackage.PATIENT__CONTACT:
				return contact != null;
			case ClinicalPackage.PATIENT__EPISODES:
				return episodes != null && !episodes.isEmpty();
			case ClinicalPackage.PATIENT__MEDICAL_REVIEWS:
				return medicalReviews != null && !medicalReviews.isEmpty();
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
		result.append(" (givenName: ");
		result.append(givenName);
		result.append(", familyName: ");
		result.append(familyName);
		result.append(", birthDate: ");
		result.append(birthDate);
		result.append(", sex: ");
		result.append(sex);
		result.append(", preferredLanguage: ");
		result.append(preferredLanguage);
		result.append(')');
		return result.toString();
	}

} //PatientImpl
