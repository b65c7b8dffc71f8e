/**
 * Copyright (c) 2026 the PhysioBench authors.
 * Generated from model/physiobench.ecore by releng/scripts/generate-model.sh - do not edit.
 */
package org.physiobench.model.internal.impl;

import java.time.Instant;
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
import org.physiobench.model.api.ContraindicationOverride;
import org.physiobench.model.api.Goal;
import org.physiobench.model.api.PlanRevision;
import org.physiobench.model.api.PlannedIntervention;
import org.physiobench.model.api.RejectedSuggestion;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Plan Revision</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.physiobench.model.internal.impl.PlanRevisionImpl#getRevisionNumber <em>Revision Number</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.PlanRevisionImpl#getAuthorId <em>Author Id</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.PlanRevisionImpl#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.PlanRevisionImpl#getReason <em>Reason</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.PlanRevisionImpl#isAgreedWithPatient <em>Agreed With Patient</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.PlanRevisionImpl#getClassification <em>Classification</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.PlanRevisionImpl#getVisitsPerWeek <em>Visits Per Week</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.PlanRevisionImpl#getDurationWeeks <em>Duration Weeks</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.PlanRevisionImpl#getReviewDate <em>Review Date</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.PlanRevisionImpl#getGoals <em>Goals</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.PlanRevisionImpl#getInterventions <em>Interventions</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.PlanRevisionImpl#getRejectedSuggestions <em>Rejected Suggestions</em>}</li>
 *   <li>{@link org.physiobench.model.internal.impl.PlanRevisionImpl#getOverrides <em>Overrides</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PlanRevisionImpl extends IdentifiableImpl implements PlanRevision {
	/**
	 * The default value of the '{@link #getRevisionNumber() <em>Revision Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevisionNumber()
	 * @generated
	 * @ordered
	 */
	protected static final int REVISION_NUMBER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRevisionNumber() <em>Revision Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevisionNumber()
	 * @generated
	 * @ordered
	 */
	protected int revisionNumber = REVISION_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getAuthorId() <em>Author Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthorId()
	 * @generated
	 * @ordered
	 */
	protected static final String AUTHOR_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAuthorId() <em>Author Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthorId()
	 * @generated
	 * @ordered
	 */
	protected String authorId = AUTHOR_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant CREATED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant createdAt = CREATED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected static final String REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected String reason = REASON_EDEFAULT;

	/**
	 * The default value of the '{@link #isAgreedWithPatient() <em>Agreed With Patient</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAgreedWithPatient()
	 * @generated
	 * @ordered
	 */
	protected static final boolean AGREED_WITH_PATIENT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAgreedWithPatient() <em>Agreed With Patient</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAgreedWithPatient()
	 * @generated
	 * @ordered
	 */
	protected boolean agreedWithPatient = AGREED_WITH_PATIENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getClassification() <em>Classification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassification()
	 * @generated
	 * @ordered
	 */
	protected static final String CLASSIFICATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClassification() <em>Classification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassification()
	 * @generated
	 * @ordered
	 */
	protected String classification = CLASSIFICATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getVisitsPerWeek() <em>Visits Per Week</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVisitsPerWeek()
	 * @generated
	 * @ordered
	 */
	protected static final Integer VISITS_PER_WEEK_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVisitsPerWeek() <em>Visits Per Week</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVisitsPerWeek()
	 * @generated
	 * @ordered
	 */
	protected Integer visitsPerWeek = VISITS_PER_WEEK_EDEFAULT;

	/**
	 * The default value of the '{@link #getDurationWeeks() <em>Duration Weeks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationWeeks()
	 * @generated
	 * @ordered
	 */
	protected static final Integer DURATION_WEEKS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDurationWeeks() <em>Duration Weeks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationWeeks()
	 * @generated
	 * @ordered
	 */
	protected Integer durationWeeks = DURATION_WEEKS_EDEFAULT;

	/**
	 * The default value of the '{@link #getReviewDate() <em>Review Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate REVIEW_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReviewDate() <em>Review Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate reviewDate = REVIEW_DATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getGoals() <em>Goals</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoals()
	 * @generated
	 * @ordered
	 */
	protected EList<Goal> goals;

	/**
	 * The cached value of the '{@link #getInterventions() <em>Interventions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterventions()
	 * @generated
	 * @ordered
	 */
	protected EList<PlannedIntervention> interventions;

	/**
	 * The cached value of the '{@link #getRejectedSuggestions() <em>Rejected Suggestions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRejectedSuggestions()
	 * @generated
	 * @ordered
	 */
	protected EList<RejectedSuggestion> rejectedSuggestions;

	/**
	 * The cached value of the '{@link #getOverrides() <em>Overrides</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOverrides()
	 * @generated
	 * @ordered
	 */
	protected EList<ContraindicationOverride> overrides;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PlanRevisionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClinicalPackage.Literals.PLAN_REVISION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRevisionNumber() {
		return revisionNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRevisionNumber(int newRevisionNumber) {
		int oldRevisionNumber = revisionNumber;
		revisionNumber = newRevisionNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.PLAN_REVISION__REVISION_NUMBER, oldRevisionNumber, revisionNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAuthorId() {
		return authorId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthorId(String newAuthorId) {
		String oldAuthorId = authorId;
		authorId = newAuthorId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.PLAN_REVISION__AUTHOR_ID, oldAuthorId, authorId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getCreatedAt() {
		return createdAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreatedAt(Instant newCreatedAt) {
		Instant oldCreatedAt = createdAt;
		createdAt = newCreatedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.PLAN_REVISION__CREATED_AT, oldCreatedAt, createdAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReason() {
		return reason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReason(String newReason) {
		String oldReason = reason;
		reason = newReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.PLAN_REVISION__REASON, oldReason, reason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAgreedWithPatient() {
		return agreedWithPatient;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAgreedWithPatient(boolean newAgreedWithPatient) {
		boolean oldAgreedWithPatient = agreedWithPatient;
		agreedWithPatient = newAgreedWithPatient;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.PLAN_REVISION__AGREED_WITH_PATIENT, oldAgreedWithPatient, agreedWithPatient));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getClassification() {
		return classification;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClassification(String newClassification) {
		String oldClassification = classification;
		classification = newClassification;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.PLAN_REVISION__CLASSIFICATION, oldClassification, classification));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getVisitsPerWeek() {
		return visitsPerWeek;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVisitsPerWeek(Integer newVisitsPerWeek) {
		Integer oldVisitsPerWeek = visitsPerWeek;
		visitsPerWeek = newVisitsPerWeek;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.PLAN_REVISION__VISITS_PER_WEEK, oldVisitsPerWeek, visitsPerWeek));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getDurationWeeks() {
		return durationWeeks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDurationWeeks(Integer newDurationWeeks) {
		Integer oldDurationWeeks = durationWeeks;
		durationWeeks = newDurationWeeks;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.PLAN_REVISION__DURATION_WEEKS, oldDurationWeeks, durationWeeks));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getReviewDate() {
		return reviewDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewDate(LocalDate newReviewDate) {
		LocalDate oldReviewDate = reviewDate;
		reviewDate = newReviewDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.PLAN_REVISION__REVIEW_DATE, oldReviewDate, reviewDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Goal> getGoals() {
		if (goals == null) {
			goals = new EObjectContainmentEList<Goal>(Goal.class, this, ClinicalPackage.PLAN_REVISION__GOALS);
		}
		return goals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PlannedIntervention> getInterventions() {
		if (interventions == null) {
			interventions = new EObjectContainmentEList<PlannedIntervention>(PlannedIntervention.class, this, ClinicalPackage.PLAN_REVISION__INTERVENTIONS);
		}
		return interventions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RejectedSuggestion> getRejectedSuggestions() {
		if (rejectedSuggestions == null) {
			rejectedSuggestions = new EObjectContainmentEList<RejectedSuggestion>(RejectedSuggestion.class, this, ClinicalPackage.PLAN_REVISION__REJECTED_SUGGESTIONS);
		}
		return rejectedSuggestions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ContraindicationOverride> getOverrides() {
		if (overrides == null) {
			overrides = new EObjectContainmentEList<ContraindicationOverride>(ContraindicationOverride.class, this, ClinicalPackage.PLAN_REVISION__OVERRIDES);
		}
		return overrides;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ClinicalPackage.PLAN_REVISION__GOALS:
				return ((InternalEList<?>)getGoals()).basicRemove(otherEnd, msgs);
			case ClinicalPackage.PLAN_REVISION__INTERVENTIONS:
				return ((InternalEList<?>)getInterventions()).basicRemove(otherEnd, msgs);
			case ClinicalPackage.PLAN_REVISION__REJECTED_SUGGESTIONS:
				return ((InternalEList<?>)getRejectedSuggestions()).basicRemove(otherEnd, msgs);
			case ClinicalPackage.PLAN_REVISION__OVERRIDES:
				return ((InternalEList<?>)getOverrides()).basicRemove(otherEnd, msgs);
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
			case ClinicalPackage.PLAN_REVISION__REVISION_NUMBER:
				return getRevisionNumber();
			case ClinicalPackage.PLAN_REVISION__AUTHOR_ID:
				return getAuthorId();
			case ClinicalPackage.PLAN_REVISION__CREATED_AT:
				return getCreatedAt();
			case ClinicalPackage.PLAN_REVISION__REASON:
				return getReason();
			case ClinicalPackage.PLAN_REVISION__AGREED_WITH_PATIENT:
				return isAgreedWithPatient();
			case ClinicalPackage.PLAN_REVISION__CLASSIFICATION:
				return getClassification();
			case ClinicalPackage.PLAN_REVISION__VISITS_PER_WEEK:
				return getVisitsPerWeek();
			case ClinicalPackage.PLAN_REVISION__DURATION_WEEKS:
				return getDurationWeeks();
			case ClinicalPackage.PLAN_REVISION__REVIEW_DATE:
				return getReviewDate();
			case ClinicalPackage.PLAN_REVISION__GOALS:
				return getGoals();
			case ClinicalPackage.PLAN_REVISION__INTERVENTIONS:
				return getInterventions();
			case ClinicalPackage.PLAN_REVISION__REJECTED_SUGGESTIONS:
				return getRejectedSuggestions();
			case ClinicalPackage.PLAN_REVISION__OVERRIDES:
				return getOverrides();
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
			case ClinicalPackage.PLAN_REVISION__REVISION_NUMBER:
				setRevisionNumber((Integer)newValue);
				return;
			case ClinicalPackage.PLAN_REVISION__AUTHOR_ID:
				setAuthorId((String)newValue);
				return;
			case ClinicalPackage.PLAN_REVISION__CREATED_AT:
				setCreatedAt((Instant)newValue);
				return;
			case ClinicalPackage.PLAN_REVISION__REASON:
				setReason((String)newValue);
				return;
			case ClinicalPackage.PLAN_REVISION__AGREED_WITH_PATIENT:
				setAgreedWithPatient((Boolean)newValue);
				return;
			case ClinicalPackage.PLAN_REVISION__CLASSIFICATION:
				setClassification((String)newValue);
				return;
			case ClinicalPackage.PLAN_REVISION__VISITS_PER_WEEK:
				setVisitsPerWeek((Integer)newValue);
				return;
			case ClinicalPackage.PLAN_REVISION__DURATION_WEEKS:
				setDurationWeeks((Integer)newValue);
				return;
			case ClinicalPackage.PLAN_REVISION__REVIEW_DATE:
				setReviewDate((LocalDate)newValue);
				return;
			case ClinicalPackage.PLAN_REVISION__GOALS:
				getGoals().clear();
				getGoals().addAll((Collection<? extends Goal>)newValue);
				return;
			case ClinicalPackage.PLAN_REVISION__INTERVENTIONS:
				getInterventions().clear();
				getInterventions().addAll((Collection<? extends PlannedIntervention>)newValue);
				return;
			case ClinicalPackage.PLAN_REVISION__REJECTED_SUGGESTIONS:
				getRejectedSuggestions().clear();
				getRejectedSuggestions().addAll((Collection<? extends RejectedSuggestion>)newValue);
				return;
			case ClinicalPackage.PLAN_REVISION__OVERRIDES:
				getOverrides().clear();
				getOverrides().addAll((Collection<? extends ContraindicationOverride>)newValue);
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
			case ClinicalPackage.PLAN_REVISION__REVISION_NUMBER:
				setRevisionNumber(REVISION_NUMBER_EDEFAULT);
				return;
			case ClinicalPackage.PLAN_REVISION__AUTHOR_ID:
				setAuthorId(AUTHOR_ID_EDEFAULT);
				return;
			case ClinicalPackage.PLAN_REVISION__CREATED_AT:
				setCreatedAt(CREATED_AT_EDEFAULT);
				return;
			case ClinicalPackage.PLAN_REVISION__REASON:
				setReason(REASON_EDEFAULT);
				return;
			case ClinicalPackage.PLAN_REVISION__AGREED_WITH_PATIENT:
				setAgreedWithPatient(AGREED_WITH_PATIENT_EDEFAULT);
				return;
			case ClinicalPackage.PLAN_REVISION__CLASSIFICATION:
				setClassification(CLASSIFICATION_EDEFAULT);
				return;
			case ClinicalPackage.PLAN_REVISION__VISITS_PER_WEEK:
				setVisitsPerWeek(VISITS_PER_WEEK_EDEFAULT);
				return;
			case ClinicalPackage.PLAN_REVISION__DURATION_WEEKS:
				setDurationWeeks(DURATION_WEEKS_EDEFAULT);
				return;
			case ClinicalPackage.PLAN_REVISION__REVIEW_DATE:
				setReviewDate(REVIEW_DATE_EDEFAULT);
				return;
			case ClinicalPackage.PLAN_REVISION__GOALS:
				getGoals().clear();
				return;
			case ClinicalPackage.PLAN_REVISION__INTERVENTIONS:
				getInterventions().clear();
				return;
			case ClinicalPackage.PLAN_REVISION__REJECTED_SUGGESTIONS:
				getRejectedSuggestions().clear();
				return;
			case ClinicalPackage.PLAN_REVISION__OVERRIDES:
				getOverrides().clear();
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
			case ClinicalPackage.PLAN_REVISION__REVISION_NUMBER:
				return revisionNumber != REVISION_NUMBER_EDEFAULT;
			case ClinicalPackage.PLAN_REVISION__AUTHOR_ID:
				return AUTHOR_ID_EDEFAULT == null ? authorId != null : !AUTHOR_ID_EDEFAULT.equals(authorId);
			case ClinicalPackage.PLAN_REVISION__CREATED_AT:
				return CREATED_AT_EDEFAULT == null ? createdAt != null : !CREATED_AT_EDEFAULT.equals(createdAt);
			case ClinicalPackage.PLAN_REVISION__REASON:
				return REASON_EDEFAULT == null ? reason != null : !REASON_EDEFAULT.equals(reason);
			case ClinicalPackage.PLAN_REVISION__AGREED_WITH_PATIENT:
				return agreedWithPatient != AGREED_WITH_PATIENT_EDEFAULT;
			case ClinicalPackage.PLAN_REVISION__CLASSIFICATION:
				return CLASSIFICATION_EDEFAULT == null ? classification != null : !CLASSIFICATION_EDEFAULT.equals(classification);
			case ClinicalPackage.PLAN_REVISION__VISITS_PER_WEEK:
				return VISITS_PER_WEEK_EDEFAULT == null ? visitsPerWeek != null : !VISITS_PER_WEEK_EDEFAULT.equals(visitsPerWeek);
			case ClinicalPackage.PLAN_REVISION__DURATION_WEEKS:
				return DURATION_WEEKS_EDEFAULT == null ? durationWeeks != null : !DURATION_WEEKS_EDEFAULT.equals(durationWeeks);
			case ClinicalPackage.PLAN_REVISION__REVIEW_DATE:
				return REVIEW_DATE_EDEFAULT == null ? reviewDate != null : !REVIEW_DATE_EDEFAULT.equals(reviewDate);
			case ClinicalPackage.PLAN_REVISION__GOALS:
				return goals != null && !goals.isEmpty();
			case ClinicalPackage.PLAN_REVISION__INTERVENTIONS:
				return interventions != null && !interventions.isEmpty();
			case ClinicalPackage.PLAN_REVISION__REJECTED_SUGGESTIONS:
				return rejectedSuggestions != null && !rejectedSuggestions.isEmpty();
			case ClinicalPackage.PLAN_REVISION__OVERRIDES:
				return overrides != null && !overrides.isEmpty();
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
		result.append(" (revisionNumber: ");
		result.append(revisionNumber);
		result.append(", authorId: ");
		result.append(authorId);
		result.append(", createdAt: ");
		result.append(createdAt);
		result.append(", reason: ");
		result.append(reason);
		result.append(", agreedWithPatient: ");
		result.append(agreedWithPatient);
		result.append(", classification: ");
		result.append(classification);
		result.append(", visitsPerWeek: ");
		result.append(visitsPerWeek);
		result.append(", durationWeeks: ");
		result.append(durationWeeks);
		result.append(", reviewDate: ");
		result.append(reviewDate);
		result.append(')');
		return result.toString();
	}

} //PlanRevisionImpl
