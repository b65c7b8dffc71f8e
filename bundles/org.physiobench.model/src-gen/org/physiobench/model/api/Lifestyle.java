/**
 * Copyright (c) 2026 the PhysioBench authors.
 * Generated from model/physiobench.ecore by releng/scripts/generate-model.sh - do not edit.
 */
package org.physiobench.model.api;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Lifestyle</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.physiobench.model.api.Lifestyle#getOccupation <em>Occupation</em>}</li>
 *   <li>{@link org.physiobench.model.api.Lifestyle#getWorkDemand <em>Work Demand</em>}</li>
 *   <li>{@link org.physiobench.model.api.Lifestyle#getSittingHoursPerDay <em>Sitting Hours Per Day</em>}</li>
 *   <li>{@link org.physiobench.model.api.Lifestyle#getActivityLevel <em>Activity Level</em>}</li>
 *   <li>{@link org.physiobench.model.api.Lifestyle#getSports <em>Sports</em>}</li>
 *   <li>{@link org.physiobench.model.api.Lifestyle#isCompetitiveAthlete <em>Competitive Athlete</em>}</li>
 *   <li>{@link org.physiobench.model.api.Lifestyle#getSleepHoursPerNight <em>Sleep Hours Per Night</em>}</li>
 *   <li>{@link org.physiobench.model.api.Lifestyle#isSleepDisturbedByPain <em>Sleep Disturbed By Pain</em>}</li>
 *   <li>{@link org.physiobench.model.api.Lifestyle#getSmoking <em>Smoking</em>}</li>
 * </ul>
 *
 * @see org.physiobench.model.api.ClinicalPackage#getLifestyle()
 * @model
 * @generated
 */
public interface Lifestyle extends EObject {
	/**
	 * Returns the value of the '<em><b>Occupation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Occupation</em>' attribute.
	 * @see #setOccupation(String)
	 * @see org.physiobench.model.api.ClinicalPackage#getLifestyle_Occupation()
	 * @model
	 * @generated
	 */
	String getOccupation();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.Lifestyle#getOccupation <em>Occupation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Occupation</em>' attribute.
	 * @see #getOccupation()
	 * @generated
	 */
	void setOccupation(String value);

	/**
	 * Returns the value of the '<em><b>Work Demand</b></em>' attribute.
	 * The literals are from the enumeration {@link org.physiobench.model.api.WorkDemand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Work Demand</em>' attribute.
	 * @see org.physiobench.model.api.WorkDemand
	 * @see #setWorkDemand(WorkDemand)
	 * @see org.physiobench.model.api.ClinicalPackage#getLifestyle_WorkDemand()
	 * @model
	 * @generated
	 */
	WorkDemand getWorkDemand();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.Lifestyle#getWorkDemand <em>Work Demand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Work Demand</em>' attribute.
	 * @see org.physiobench.model.api.WorkDemand
	 * @see #getWorkDemand()
	 * @generated
	 */
	void setWorkDemand(WorkDemand value);

	/**
	 * Returns the value of the '<em><b>Sitting Hours Per Day</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sitting Hours Per Day</em>' attribute.
	 * @see #setSittingHoursPerDay(Double)
	 * @see org.physiobench.model.api.ClinicalPackage#getLifestyle_SittingHoursPerDay()
	 * @model
	 * @generated
	 */
	Double getSittingHoursPerDay();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.Lifestyle#getSittingHoursPerDay <em>Sitting Hours Per Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sitting Hours Per Day</em>' attribute.
	 * @see #getSittingHoursPerDay()
	 * @generated
	 */
	void setSittingHoursPerDay(Double value);

	/**
	 * Returns the value of the '<em><b>Activity Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.physiobench.model.api.ActivityLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Activity Level</em>' attribute.
	 * @see org.physiobench.model.api.ActivityLevel
	 * @see #setActivityLevel(ActivityLevel)
	 * @see org.physiobench.model.api.ClinicalPackage#getLifestyle_ActivityLevel()
	 * @model
	 * @generated
	 */
	ActivityLevel getActivityLevel();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.Lifestyle#getActivityLevel <em>Activity Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Activity Level</em>' attribute.
	 * @see org.physiobench.model.api.ActivityLevel
	 * @see #getActivityLevel()
	 * @generated
	 */
	void setActivityLevel(ActivityLevel value);

	/**
	 * Returns the value of the '<em><b>Sports</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The sports the patient practises, in words.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sports</em>' attribute list.
	 * @see org.physiobench.model.api.ClinicalPackage#getLifestyle_Sports()
	 * @model
	 * @generated
	 */
	EList<String> getSports();

	/**
	 * Returns the value of the '<em><b>Competitive Athlete</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Competitive Athlete</em>' attribute.
	 * @see #setCompetitiveAthlete(boolean)
	 * @see org.physiobench.model.api.ClinicalPackage#getLifestyle_CompetitiveAthlete()
	 * @model
	 * @generated
	 */
	boolean isCompetitiveAthlete();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.Lifestyle#isCompetitiveAthlete <em>Competitive Athlete</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Competitive Athlete</em>' attribute.
	 * @see #isCompetitiveAthlete()
	 * @generated
	 */
	void setCompetitiveAthlete(boolean value);

	/**
	 * Returns the value of the '<em><b>Sleep Hours Per Night</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sleep Hours Per Night</em>' attribute.
	 * @see #setSleepHoursPerNight(Double)
	 * @see org.physiobench.model.api.ClinicalPackage#getLifestyle_SleepHoursPerNight()
	 * @model
	 * @generated
	 */
	Double getSleepHoursPerNight();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.Lifestyle#getSleepHoursPerNight <em>Sleep Hours Per Night</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sleep Hours Per Night</em>' attribute.
	 * @see #getSleepHoursPerNight()
	 * @generated
	 */
	void setSleepHoursPerNight(Double value);

	/**
	 * Returns the value of the '<em><b>Sleep Disturbed By Pain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sleep Disturbed By Pain</em>' attribute.
	 * @see #setSleepDisturbedByPain(boolean)
	 * @see org.physiobench.model.api.ClinicalPackage#getLifestyle_SleepDisturbedByPain()
	 * @model
	 * @generated
	 */
	boolean isSleepDisturbedByPain();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.Lifestyle#isSleepDisturbedByPain <em>Sleep Disturbed By Pain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sleep Disturbed By Pain</em>' attribute.
	 * @see #isSleepDisturbedByPain()
	 * @generated
	 */
	void setSleepDisturbedByPain(boolean value);

	/**
	 * Returns the value of the '<em><b>Smoking</b></em>' attribute.
	 * The literals are from the enumeration {@link org.physiobench.model.api.SmokingStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Smoking</em>' attribute.
	 * @see org.physiobench.model.api.SmokingStatus
	 * @see #setSmoking(SmokingStatus)
	 * @see org.physiobench.model.api.ClinicalPackage#getLifestyle_Smoking()
	 * @model
	 * @generated
	 */
	SmokingStatus getSmoking();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.Lifestyle#getSmoking <em>Smoking</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Smoking</em>' attribute.
	 * @see org.physiobench.model.api.SmokingStatus
	 * @see #getSmoking()
	 * @generated
	 */
	void setSmoking(SmokingStatus value);

} // Lifestyle
