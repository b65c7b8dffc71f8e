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

import org.physiobench.model.api.Assessment;
import org.physiobench.model.api.AssessmentKind;
import org.physiobench.model.api.ClinicalPackage;
import org.physiobench.model.api.InstrumentAdministration;
import org.physiobench.model.api.Lifestyle;
import org.physiobench.model.api.MedicalHistory;
import org.physiobench.model.api.PainDescription;
import org.physiobench.model.api.PhysicalExamination;
import org.physiobench.model.api.RedFlagScreening;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Assessment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.physiobench.model.internal.impl.AssessmentImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.AssessmentImpl#getTherapistId <em>Therapist Id</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.AssessmentImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.AssessmentImpl#getMedicalHistory <em>Medical History</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.AssessmentImpl#getLifestyle <em>Lifestyle</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.AssessmentImpl#getPain <em>Pain</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.AssessmentImpl#getRedFlagScreening <em>Red Flag Screening</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.AssessmentImpl#getExamination <em>Examination</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.AssessmentImpl#getAdministrations <em>Administrations</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.AssessmentImpl#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AssessmentImpl extends IdentifiableImpl implements Assessment {
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
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final AssessmentKind KIND_EDEFAULT = AssessmentKind.INITIAL;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected AssessmentKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMedicalHistory() <em>Medical History</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMedicalHistory()
	 * @generated
	 * @ordered
	 */
	protected MedicalHistory medicalHistory;

	/**
	 * The cached value of the '{@link #getLifestyle() <em>Lifestyle</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLifestyle()
	 * @generated
	 * @ordered
	 */
	protected Lifestyle lifestyle;

	/**
	 * The cached value of the '{@link #getPain() <em>Pain</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPain()
	 * @generated
	 * @ordered
	 */
	protected PainDescription pain;

	/**
	 * The cached value of the '{@link #getRedFlagScreening() <em>Red Flag Screening</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRedFlagScreening()
	 * @generated
	 * @ordered
	 */
	protected RedFlagScreening redFlagScreening;

	/**
	 * The cached value of the '{@link #getExamination() <em>Examination</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExamination()
	 * @generated
	 * @ordered
	 */
	protected PhysicalExamination examination;

	/**
	 * The cached value of the '{@link #getAdministrations() <em>Administrations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdministrations()
	 * @generated
	 * @ordered
	 */
	protected EList<InstrumentAdministration> administrations;

	/**
	 * The default value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected String notes = NOTES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AssessmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClinicalPackage.Literals.ASSESSMENT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.ASSESSMENT__DATE, oldDate, date));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.ASSESSMENT__THERAPIST_ID, oldTherapistId, therapistId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AssessmentKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(AssessmentKind newKind) {
		AssessmentKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.ASSESSMENT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MedicalHistory getMedicalHistory() {
		return medicalHistory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetMedicalHistory(MedicalHistory newMedicalHistory, NotificationChain msgs) {
		MedicalHistory oldMedicalHistory = medicalHistory;
		medicalHistory = newMedicalHistory;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClinicalPackage.ASSESSMENT__MEDICAL_HISTORY, oldMedicalHistory, newMedicalHistory);
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
	public void setMedicalHistory(MedicalHistory newMedicalHistory) {
		if (newMedicalHistory != medicalHistory) {
			NotificationChain msgs = null;
			if (medicalHistory != null)
				msgs = ((InternalEObject)medicalHistory).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClinicalPackage.ASSESSMENT__MEDICAL_HISTORY, null, msgs);
			if (newMedicalHistory != null)
				msgs = ((InternalEObject)newMedicalHistory).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClinicalPackage.ASSESSMENT__MEDICAL_HISTORY, null, msgs);
			msgs = basicSetMedicalHistory(newMedicalHistory, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.ASSESSMENT__MEDICAL_HISTORY, newMedicalHistory, newMedicalHistory));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Lifestyle getLifestyle() {
		return lifestyle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLifestyle(Lifestyle newLifestyle, NotificationChain msgs) {
		Lifestyle oldLifestyle = lifestyle;
		lifestyle = newLifestyle;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClinicalPackage.ASSESSMENT__LIFESTYLE, oldLifestyle, newLifestyle);
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
	public void setLifestyle(Lifestyle newLifestyle) {
		if (newLifestyle != lifestyle) {
			NotificationChain msgs = null;
			if (lifestyle != null)
				msgs = ((InternalEObject)lifestyle).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClinicalPackage.ASSESSMENT__LIFESTYLE, null, msgs);
			if (newLifestyle != null)
				msgs = ((InternalEObject)newLifestyle).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClinicalPackage.ASSESSMENT__LIFESTYLE, null, msgs);
			msgs = basicSetLifestyle(newLifestyle, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.ASSESSMENT__LIFESTYLE, newLifestyle, newLifestyle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PainDescription getPain() {
		return pain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPain(PainDescription newPain, NotificationChain msgs) {
		PainDescription oldPain = pain;
		pain = newPain;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClinicalPackage.ASSESSMENT__PAIN, oldPain, newPain);
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
	public void setPain(PainDescription newPain) {
		if (newPain != pain) {
			NotificationChain msgs = null;
			if (pain != null)
				msgs = ((InternalEObject)pain).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClinicalPackage.ASSESSMENT__PAIN, null, msgs);
			if (newPain != null)
				msgs = ((InternalEObject)newPain).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClinicalPackage.ASSESSMENT__PAIN, null, msgs);
			msgs = basicSetPain(newPain, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.ASSESSMENT__PAIN, newPain, newPain));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RedFlagScreening getRedFlagScreening() {
		return redFlagScreening;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRedFlagScreening(RedFlagScreening newRedFlagScreening, NotificationChain msgs) {
		RedFlagScreening oldRedFlagScreening = redFlagScreening;
		redFlagScreening = newRedFlagScreening;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClinicalPackage.ASSESSMENT__RED_FLAG_SCREENING, oldRedFlagScreening, newRedFlagScreening);
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
	public void setRedFlagScreening(RedFlagScreening newRedFlagScreening) {
		if (newRedFlagScreening != redFlagScreening) {
			NotificationChain msgs = null;
			if (redFlagScreening != null)
				msgs = ((InternalEObject)redFlagScreening).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClinicalPackage.ASSESSMENT__RED_FLAG_SCREENING, null, msgs);
			if (newRedFlagScreening != null)
				msgs = ((InternalEObject)newRedFlagScreening).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClinicalPackage.ASSESSMENT__RED_FLAG_SCREENING, null, msgs);
			msgs = basicSetRedFlagScreening(newRedFlagScreening, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.ASSESSMENT__RED_FLAG_SCREENING, newRedFlagScreening, newRedFlagScreening));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PhysicalExamination getExamination() {
		return examination;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetExamination(PhysicalExamination newExamination, NotificationChain msgs) {
		PhysicalExamination oldExamination = examination;
		examination = newExamination;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClinicalPackage.ASSESSMENT__EXAMINATION, oldExamination, newExamination);
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
	public void setExamination(PhysicalExamination newExamination) {
		if (newExamination != examination) {
			NotificationChain msgs = null;
			if (examination != null)
				msgs = ((InternalEObject)examination).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClinicalPackage.ASSESSMENT__EXAMINATION, null, msgs);
			if (newExamination != null)
				msgs = ((InternalEObject)newExamination).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClinicalPackage.ASSESSMENT__EXAMINATION, null, msgs);
			msgs = basicSetExamination(newExamination, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.ASSESSMENT__EXAMINATION, newExamination, newExamination));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<InstrumentAdministration> getAdministrations() {
		if (administrations == null) {
			administrations = new EObjectContainmentEList<InstrumentAdministration>(InstrumentAdministration.class, this, ClinicalPackage.ASSESSMENT__ADMINISTRATIONS);
		}
		return administrations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNotes() {
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotes(String newNotes) {
		String oldNotes = notes;
		notes = newNotes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.ASSESSMENT__NOTES, oldNotes, notes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ClinicalPackage.ASSESSMENT__MEDICAL_HISTORY:
				return basicSetMedicalHistory(null, msgs);
			case ClinicalPackage.ASSESSMENT__LIFESTYLE:
				return basicSetLifestyle(null, msgs);
			case ClinicalPackage.ASSESSMENT__PAIN:
				return basicSetPain(null, msgs);
			case ClinicalPackage.ASSESSMENT__RED_FLAG_SCREENING:
				return basicSetRedFlagScreening(null, msgs);
			case ClinicalPackage.ASSESSMENT__EXAMINATION:
				return basicSetExamination(null, msgs);
			case ClinicalPackage.ASSESSMENT__ADMINISTRATIONS:
				return ((InternalEList<?>)getAdministrations()).basicRemove(otherEnd, msgs);
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
			case ClinicalPackage.ASSESSMENT__DATE:
				return getDate();
			case ClinicalPackage.ASSESSMENT__THERAPIST_ID:
				return getTherapistId();
			case ClinicalPackage.ASSESSMENT__KIND:
				return getKind();
			case ClinicalPackage.ASSESSMENT__MEDICAL_HISTORY:
				return getMedicalHistory();
			case ClinicalPackage.ASSESSMENT__LIFESTYLE:
				return getLifestyle();
			case ClinicalPackage.ASSESSMENT__PAIN:
				return getPain();
			case ClinicalPackage.ASSESSMENT__RED_FLAG_SCREENING:
				return getRedFlagScreening();
			case ClinicalPackage.ASSESSMENT__EXAMINATION:
				return getExamination();
			case ClinicalPackage.ASSESSMENT__ADMINISTRATIONS:
				return getAdministrations();
			case ClinicalPackage.ASSESSMENT__NOTES:
				return getNotes();
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
			case ClinicalPackage.ASSESSMENT__DATE:
				setDate((LocalDate)newValue);
				return;
			case ClinicalPackage.ASSESSMENT__THERAPIST_ID:
				setTherapistId((String)newValue);
				return;
			case ClinicalPackage.ASSESSMENT__KIND:
				setKind((AssessmentKind)newValue);
				return;
			case ClinicalPackage.ASSESSMENT__MEDICAL_HISTORY:
				setMedicalHistory((MedicalHistory)newValue);
				return;
			case ClinicalPackage.ASSESSMENT__LIFESTYLE:
				setLifestyle((Lifestyle)newValue);
				return;
			case ClinicalPackage.ASSESSMENT__PAIN:
				setPain((PainDescription)newValue);
				return;
			case ClinicalPackage.ASSESSMENT__RED_FLAG_SCREENING:
				setRedFlagScreening((RedFlagScreening)newValue);
				return;
			case ClinicalPackage.ASSESSMENT__EXAMINATION:
				setExamination((PhysicalExamination)newValue);
				return;
			case ClinicalPackage.ASSESSMENT__ADMINISTRATIONS:
				getAdministrations().clear();
				getAdministrations().addAll((Collection<? extends InstrumentAdministration>)newValue);
				return;
			case ClinicalPackage.ASSESSMENT__NOTES:
				setNotes((String)newValue);
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
			case ClinicalPackage.ASSESSMENT__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case ClinicalPackage.ASSESSMENT__THERAPIST_ID:
				setTherapistId(THERAPIST_ID_EDEFAULT);
				return;
			case ClinicalPackage.ASSESSMENT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ClinicalPackage.ASSESSMENT__MEDICAL_HISTORY:
				setMedicalHistory((MedicalHistory)null);
				return;
			case ClinicalPackage.ASSESSMENT__LIFESTYLE:
				setLifestyle((Lifestyle)null);
				return;
			case ClinicalPackage.ASSESSMENT__PAIN:
				setPain((PainDescription)null);
				return;
			case ClinicalPackage.ASSESSMENT__RED_FLAG_SCREENING:
				setRedFlagScreening((RedFlagScreening)null);
				return;
			case ClinicalPackage.ASSESSMENT__EXAMINATION:
				setExamination((PhysicalExamination)null);
				return;
			case ClinicalPackage.ASSESSMENT__ADMINISTRATIONS:
				getAdministrations().clear();
				return;
			case ClinicalPackage.ASSESSMENT__NOTES:
				setNotes(NOTES_EDEFAULT);
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
			case ClinicalPackage.ASSESSMENT__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case ClinicalPackage.ASSESSMENT__THERAPIST_ID:
				return THERAPIST_ID_EDEFAULT == null ? therapistId != null : !THERAPIST_ID_EDEFAULT.equals(therapistId);
			case ClinicalPackage.ASSESSMENT__KIND:
				return kind != KIND_EDEFAULT;
			case ClinicalPackage.ASSESSMENT__MEDICAL_HISTORY:
				return medicalHistory != null;
			case ClinicalPackage.ASSESSMENT__LIFESTYLE:
				return lifestyle != null;
			case ClinicalPackage.ASSESSMENT__PAIN:
				return pain != null;
			case ClinicalPackage.ASSESSMENT__RED_FLAG_SCREENING:
				return redFlagScreening != null;
			case ClinicalPackage.ASSESSMENT__EXAMINATION:
				return examination != null;
			case ClinicalPackage.ASSESSMENT__ADMINISTRATIONS:
				return administrations != null && !administrations.isEmpty();
			case ClinicalPackage.ASSESSMENT__NOTES:
				return NOTES_EDEFAULT == null ? notes != null : !NOTES_EDEFAULT.equals(notes);
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
		result.append(", kind: ");
		result.append(kind);
		result.append(", notes: ");
		result.append(notes);
		result.append(')');
		return result.toString();
	}

} //AssessmentImpl
