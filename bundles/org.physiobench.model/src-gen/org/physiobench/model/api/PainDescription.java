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
 * A representation of the model object '<em><b>Pain Description</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The nature of the pain. Intensities are numeric pain rating scale values 0-10 (NPRS), null when not recorded.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.physiobench.model.api.PainDescription#getRegions <em>Regions</em>}</li>
 *   <li>{@link org.physiobench.model.api.PainDescription#isRadiatesBelowKnee <em>Radiates Below Knee</em>}</li>
 *   <li>{@link org.physiobench.model.api.PainDescription#getOnsetDate <em>Onset Date</em>}</li>
 *   <li>{@link org.physiobench.model.api.PainDescription#getOnsetMode <em>Onset Mode</em>}</li>
 *   <li>{@link org.physiobench.model.api.PainDescription#getDurationClass <em>Duration Class</em>}</li>
 *   <li>{@link org.physiobench.model.api.PainDescription#getDailyPattern <em>Daily Pattern</em>}</li>
 *   <li>{@link org.physiobench.model.api.PainDescription#isNightPain <em>Night Pain</em>}</li>
 *   <li>{@link org.physiobench.model.api.PainDescription#getMorningStiffnessMinutes <em>Morning Stiffness Minutes</em>}</li>
 *   <li>{@link org.physiobench.model.api.PainDescription#getAggravatingFactors <em>Aggravating Factors</em>}</li>
 *   <li>{@link org.physiobench.model.api.PainDescription#getEasingFactors <em>Easing Factors</em>}</li>
 *   <li>{@link org.physiobench.model.api.PainDescription#getCurrentIntensity <em>Current Intensity</em>}</li>
 *   <li>{@link org.physiobench.model.api.PainDescription#getWorstIntensity <em>Worst Intensity</em>}</li>
 *   <li>{@link org.physiobench.model.api.PainDescription#getBestIntensity <em>Best Intensity</em>}</li>
 * </ul>
 *
 * @see org.physiobench.model.api.ClinicalPackage#getPainDescription()
 * @model
 * @generated
 */
public interface PainDescription extends EObject {
	/**
	 * Returns the value of the '<em><b>Regions</b></em>' containment reference list.
	 * The list contents are of type {@link org.physiobench.model.api.PainRegion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Regions</em>' containment reference list.
	 * @see org.physiobench.model.api.ClinicalPackage#getPainDescription_Regions()
	 * @model containment="true"
	 * @generated
	 */
	EList<PainRegion> getRegions();

	/**
	 * Returns the value of the '<em><b>Radiates Below Knee</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Radiates Below Knee</em>' attribute.
	 * @see #setRadiatesBelowKnee(boolean)
	 * @see org.physiobench.model.api.ClinicalPackage#getPainDescription_RadiatesBelowKnee()
	 * @model
	 * @generated
	 */
	boolean isRadiatesBelowKnee();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.PainDescription#isRadiatesBelowKnee <em>Radiates Below Knee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Radiates Below Knee</em>' attribute.
	 * @see #isRadiatesBelowKnee()
	 * @generated
	 */
	void setRadiatesBelowKnee(boolean value);

	/**
	 * Returns the value of the '<em><b>Onset Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Onset Date</em>' attribute.
	 * @see #setOnsetDate(LocalDate)
	 * @see org.physiobench.model.api.ClinicalPackage#getPainDescription_OnsetDate()
	 * @model dataType="org.physiobench.model.api.Date"
	 * @generated
	 */
	LocalDate getOnsetDate();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.PainDescription#getOnsetDate <em>Onset Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Onset Date</em>' attribute.
	 * @see #getOnsetDate()
	 * @generated
	 */
	void setOnsetDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Onset Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link org.physiobench.model.api.PainOnsetMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Onset Mode</em>' attribute.
	 * @see org.physiobench.model.api.PainOnsetMode
	 * @see #setOnsetMode(PainOnsetMode)
	 * @see org.physiobench.model.api.ClinicalPackage#getPainDescription_OnsetMode()
	 * @model
	 * @generated
	 */
	PainOnsetMode getOnsetMode();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.PainDescription#getOnsetMode <em>Onset Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Onset Mode</em>' attribute.
	 * @see org.physiobench.model.api.PainOnsetMode
	 * @see #getOnsetMode()
	 * @generated
	 */
	void setOnsetMode(PainOnsetMode value);

	/**
	 * Returns the value of the '<em><b>Duration Class</b></em>' attribute.
	 * The literals are from the enumeration {@link org.physiobench.model.api.DurationClass}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Duration Class</em>' attribute.
	 * @see org.physiobench.model.api.DurationClass
	 * @see #setDurationClass(DurationClass)
	 * @see org.physiobench.model.api.ClinicalPackage#getPainDescription_DurationClass()
	 * @model
	 * @generated
	 */
	DurationClass getDurationClass();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.PainDescription#getDurationClass <em>Duration Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration Class</em>' attribute.
	 * @see org.physiobench.model.api.DurationClass
	 * @see #getDurationClass()
	 * @generated
	 */
	void setDurationClass(DurationClass value);

	/**
	 * Returns the value of the '<em><b>Daily Pattern</b></em>' attribute.
	 * The literals are from the enumeration {@link org.physiobench.model.api.DailyPainPattern}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Daily Pattern</em>' attribute.
	 * @see org.physiobench.model.api.DailyPainPattern
	 * @see #setDailyPattern(DailyPainPattern)
	 * @see org.physiobench.model.api.ClinicalPackage#getPainDescription_DailyPattern()
	 * @model
	 * @generated
	 */
	DailyPainPattern getDailyPattern();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.PainDescription#getDailyPattern <em>Daily Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Daily Pattern</em>' attribute.
	 * @see org.physiobench.model.api.DailyPainPattern
	 * @see #getDailyPattern()
	 * @generated
	 */
	void setDailyPattern(DailyPainPattern value);

	/**
	 * Returns the value of the '<em><b>Night Pain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Night Pain</em>' attribute.
	 * @see #setNightPain(boolean)
	 * @see org.physiobench.model.api.ClinicalPackage#getPainDescription_NightPain()
	 * @model
	 * @generated
	 */
	boolean isNightPain();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.PainDescription#isNightPain <em>Night Pain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Night Pain</em>' attribute.
	 * @see #isNightPain()
	 * @generated
	 */
	void setNightPain(boolean value);

	/**
	 * Returns the value of the '<em><b>Morning Stiffness Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Morning Stiffness Minutes</em>' attribute.
	 * @see #setMorningStiffnessMinutes(Integer)
	 * @see org.physiobench.model.api.ClinicalPackage#getPainDescription_MorningStiffnessMinutes()
	 * @model
	 * @generated
	 */
	Integer getMorningStiffnessMinutes();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.PainDescription#getMorningStiffnessMinutes <em>Morning Stiffness Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Morning Stiffness Minutes</em>' attribute.
	 * @see #getMorningStiffnessMinutes()
	 * @generated
	 */
	void setMorningStiffnessMinutes(Integer value);

	/**
	 * Returns the value of the '<em><b>Aggravating Factors</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Aggravating Factors</em>' attribute list.
	 * @see org.physiobench.model.api.ClinicalPackage#getPainDescription_AggravatingFactors()
	 * @model
	 * @generated
	 */
	EList<String> getAggravatingFactors();

	/**
	 * Returns the value of the '<em><b>Easing Factors</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Easing Factors</em>' attribute list.
	 * @see org.physiobench.model.api.ClinicalPackage#getPainDescription_EasingFactors()
	 * @model
	 * @generated
	 */
	EList<String> getEasingFactors();

	/**
	 * Returns the value of the '<em><b>Current Intensity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Current Intensity</em>' attribute.
	 * @see #setCurrentIntensity(Integer)
	 * @see org.physiobench.model.api.ClinicalPackage#getPainDescription_CurrentIntensity()
	 * @model
	 * @generated
	 */
	Integer getCurrentIntensity();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.PainDescription#getCurrentIntensity <em>Current Intensity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Current Intensity</em>' attribute.
	 * @see #getCurrentIntensity()
	 * @generated
	 */
	void setCurrentIntensity(Integer value);

	/**
	 * Returns the value of the '<em><b>Worst Intensity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Worst Intensity</em>' attribute.
	 * @see #setWorstIntensity(Integer)
	 * @see org.physiobench.model.api.ClinicalPackage#getPainDescription_WorstIntensity()
	 * @model
	 * @generated
	 */
	Integer getWorstIntensity();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.PainDescription#getWorstIntensity <em>Worst Intensity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Worst Intensity</em>' attribute.
	 * @see #getWorstIntensity()
	 * @generated
	 */
	void setWorstIntensity(Integer value);

	/**
	 * Returns the value of the '<em><b>Best Intensity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Best Intensity</em>' attribute.
	 * @see #setBestIntensity(Integer)
	 * @see org.physiobench.model.api.ClinicalPackage#getPainDescription_BestIntensity()
	 * @model
	 * @generated
	 */
	Integer getBestIntensity();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.PainDescription#getBestIntensity <em>Best Intensity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Best Intensity</em>' attribute.
	 * @see #getBestIntensity()
	 * @generated
	 */
	void setBestIntensity(Integer value);

} // PainDescription
