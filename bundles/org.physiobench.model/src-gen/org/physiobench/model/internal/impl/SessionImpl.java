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
import org.physiobench.model.api.DeliveredIntervention;
import org.physiobench.model.api.Session;
import org.physiobench.model.api.SoapNote;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Session</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.physiobench.model.internal.impl.SessionImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.SessionImpl#getTherapistId <em>Therapist Id</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.SessionImpl#getSoap <em>Soap</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.SessionImpl#getInterventions <em>Interventions</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.SessionImpl#getPainBefore <em>Pain Before</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.SessionImpl#getPainAfter <em>Pain After</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.SessionImpl#getHomeProgrammeAdherencePercent <em>Home Programme Adherence Percent</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SessionImpl extends IdentifiableImpl implements Session {
	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate date = DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTherapistId() <em>Therapist Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTherapistId()
	 * @generated
	 * @ordered
	 */
	protected static final String THERAPIST_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTherapistId() <em>Therapist Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTherapistId()
	 * @generated
	 * @ordered
	 */
	protected String therapistId = THERAPIST_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSoap() <em>Soap</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSoap()
	 * @generated
	 * @ordered
	 */
	protected SoapNote soap;

	/**
	 * The cached value of the '{@link #getInterventions() <em>Interventions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterventions()
	 * @generated
	 * @ordered
	 */
	protected EList<DeliveredIntervention> interventions;

	/**
	 * The default value of the '{@link #getPainBefore() <em>Pain Before</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPainBefore()
	 * @generated
	 * @ordered
	 */
	protected static final Integer PAIN_BEFORE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPainBefore() <em>Pain Before</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPainBefore()
	 * @generated
	 * @ordered
	 */
	protected Integer painBefore = PAIN_BEFORE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPainAfter() <em>Pain After</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPainAfter()
	 * @generated
	 * @ordered
	 */
	protected static final Integer PAIN_AFTER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPainAfter() <em>Pain After</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPainAfter()
	 * @generated
	 * @ordered
	 */
	protected Integer painAfter = PAIN_AFTER_EDEFAULT;

	/**
	 * The default value of the '{@link #getHomeProgrammeAdherencePercent() <em>Home Programme Adherence Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHomeProgrammeAdherencePercent()
	 * @generated
	 * @ordered
	 */
	protected static final Integer HOME_PROGRAMME_ADHERENCE_PERCENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHomeProgrammeAdherencePercent() <em>Home Programme Adherence Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHomeProgrammeAdherencePercent()
	 * @generated
	 * @ordered
	 */
	protected Integer homeProgrammeAdherencePercent = HOME_PROGRAMME_ADHERENCE_PERCENT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SessionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClinicalPackage.Literals.SESSION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(LocalDate newDate) {
		LocalDate oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.SESSION__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTherapistId() {
		return therapistId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTherapistId(String newTherapistId) {
		String oldTherapistId = therapistId;
		therapistId = newTherapistId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.SESSION__THERAPIST_ID, oldTherapistId, therapistId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SoapNote getSoap() {
		return soap;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSoap(SoapNote newSoap, NotificationChain msgs) {
		SoapNote oldSoap = soap;
		soap = newSoap;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClinicalPackage.SESSION__SOAP, oldSoap, newSoap);
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
	public void setSoap(SoapNote newSoap) {
		if (newSoap != soap) {
			NotificationChain msgs = null;
			if (soap != null)
				msgs = ((InternalEObject)soap).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClinicalPackage.SESSION__SOAP, null, msgs);
			if (newSoap != null)
				msgs = ((InternalEObject)newSoap).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClinicalPackage.SESSION__SOAP, null, msgs);
			msgs = basicSetSoap(newSoap, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.SESSION__SOAP, newSoap, newSoap));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DeliveredIntervention> getInterventions() {
		if (interventions == null) {
			interventions = new EObjectContainmentEList<DeliveredIntervention>(DeliveredIntervention.class, this, ClinicalPackage.SESSION__INTERVENTIONS);
		}
		return interventions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getPainBefore() {
		return painBefore;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPainBefore(Integer newPainBefore) {
		Integer oldPainBefore = painBefore;
		painBefore = newPainBefore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.SESSION__PAIN_BEFORE, oldPainBefore, painBefore));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getPainAfter() {
		return painAfter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPainAfter(Integer newPainAfter) {
		Integer oldPainAfter = painAfter;
		painAfter = newPainAfter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.SESSION__PAIN_AFTER, oldPainAfter, painAfter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getHomeProgrammeAdherencePercent() {
		return homeProgrammeAdherencePercent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHomeProgrammeAdherencePercent(Integer newHomeProgrammeAdherencePercent) {
		Integer oldHomeProgrammeAdherencePercent = homeProgrammeAdherencePercent;
		homeProgrammeAdherencePercent = newHomeProgrammeAdherencePercent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.SESSION__HOME_PROGRAMME_ADHERENCE_PERCENT, oldHomeProgrammeAdherencePercent, homeProgrammeAdherencePercent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ClinicalPackage.SESSION__SOAP:
				return basicSetSoap(null, msgs);
			case ClinicalPackage.SESSION__INTERVENTIONS:
				return ((InternalEList<?>)getInterventions()).basicRemove(otherEnd, msgs);
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
			case ClinicalPackage.SESSION__DATE:
				return getDate();
			case ClinicalPackage.SESSION__THERAPIST_ID:
				return getTherapistId();
			case ClinicalPackage.SESSION__SOAP:
				return getSoap();
			case ClinicalPackage.SESSION__INTERVENTIONS:
				return getInterventions();
			case ClinicalPackage.SESSION__PAIN_BEFORE:
				return getPainBefore();
			case ClinicalPackage.SESSION__PAIN_AFTER:
				return getPainAfter();
			case ClinicalPackage.SESSION__HOME_PROGRAMME_ADHERENCE_PERCENT:
				return getHomeProgrammeAdherencePercent();
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
			case ClinicalPackage.SESSION__DATE:
				setDate((LocalDate)newValue);
				return;
			case ClinicalPackage.SESSION__THERAPIST_ID:
				setTherapistId((String)newValue);
				return;
			case ClinicalPackage.SESSION__SOAP:
				setSoap((SoapNote)newValue);
				return;
			case ClinicalPackage.SESSION__INTERVENTIONS:
				getInterventions().clear();
				getInterventions().addAll((Collection<? extends DeliveredIntervention>)newValue);
				return;
			case ClinicalPackage.SESSION__PAIN_BEFORE:
				setPainBefore((Integer)newValue);
				return;
			case ClinicalPackage.SESSION__PAIN_AFTER:
				setPainAfter((Integer)newValue);
				return;
			case ClinicalPackage.SESSION__HOME_PROGRAMME_ADHERENCE_PERCENT:
				setHomeProgrammeAdherencePercent((Integer)newValue);
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
			case ClinicalPackage.SESSION__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case ClinicalPackage.SESSION__THERAPIST_ID:
				setTherapistId(THERAPIST_ID_EDEFAULT);
				return;
			case ClinicalPackage.SESSION__SOAP:
				setSoap((SoapNote)null);
				return;
			case ClinicalPackage.SESSION__INTERVENTIONS:
				getInterventions().clear();
				return;
			case ClinicalPackage.SESSION__PAIN_BEFORE:
				setPainBefore(PAIN_BEFORE_EDEFAULT);
				return;
			case ClinicalPackage.SESSION__PAIN_AFTER:
				setPainAfter(PAIN_AFTER_EDEFAULT);
				return;
			case ClinicalPackage.SESSION__HOME_PROGRAMME_ADHERENCE_PERCENT:
				setHomeProgrammeAdherencePercent(HOME_PROGRAMME_ADHERENCE_PERCENT_EDEFAULT);
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
			case ClinicalPackage.SESSION__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case ClinicalPackage.SESSION__THERAPIST_ID:
				return THERAPIST_ID_EDEFAULT == null ? therapistId != null : !THERAPIST_ID_EDEFAULT.equals(therapistId);
			case ClinicalPackage.SESSION__SOAP:
				return soap != null;
			case ClinicalPackage.SESSION__INTERVENTIONS:
				return interventions != null && !interventions.isEmpty();
			case ClinicalPackage.SESSION__PAIN_BEFORE:
				return PAIN_BEFORE_EDEFAULT == null ? painBefore != null : !PAIN_BEFORE_EDEFAULT.equals(painBefore);
			case ClinicalPackage.SESSION__PAIN_AFTER:
				return PAIN_AFTER_EDEFAULT == null ? painAfter != null : !PAIN_AFTER_EDEFAULT.equals(painAfter);
			case ClinicalPackage.SESSION__HOME_PROGRAMME_ADHERENCE_PERCENT:
				return HOME_PROGRAMME_ADHERENCE_PERCENT_EDEFAULT == null ? homeProgrammeAdherencePercent != null : !HOME_PROGRAMME_ADHERENCE_PERCENT_EDEFAULT.equals(homeProgrammeAdherencePercent);
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
		result.append(" (date: ");
		result.append(date);
		result.append(", therapistId: ");
		result.append(therapistId);
		result.append(", painBefore: ");
		result.append(painBefore);
		result.append(", painAfter: ");
		result.append(painAfter);
		result.append(", homeProgrammeAdherencePercent: ");
		result.append(homeProgrammeAdherencePercent);
		result.append(')');
		return result.toString();
	}

} //SessionImpl
