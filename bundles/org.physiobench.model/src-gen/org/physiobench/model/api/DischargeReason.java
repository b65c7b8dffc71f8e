/**
 * Copyright (c) 2026 the PhysioBench authors.
 * Generated from model/physiobench.ecore by releng/scripts/generate-model.sh - do not edit.
 */
package org.physiobench.model.api;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Discharge Reason</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.physiobench.model.api.ClinicalPackage#getDischargeReason()
 * @model
 * @generated
 */
public enum DischargeReason implements Enumerator {
	/**
	 * The '<em><b>GOALS ACHIEVED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GOALS_ACHIEVED_VALUE
	 * @generated
	 * @ordered
	 */
	GOALS_ACHIEVED(0, "GOALS_ACHIEVED", "goals-achieved"),

	/**
	 * The '<em><b>PLATEAU</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLATEAU_VALUE
	 * @generated
	 * @ordered
	 */
	PLATEAU(1, "PLATEAU", "plateau"),

	/**
	 * The '<em><b>PATIENT CHOICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PATIENT_CHOICE_VALUE
	 * @generated
	 * @ordered
	 */
	PATIENT_CHOICE(2, "PATIENT_CHOICE", "patient-choice"),

	/**
	 * The '<em><b>REFERRED ON</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REFERRED_ON_VALUE
	 * @generated
	 * @ordered
	 */
	REFERRED_ON(3, "REFERRED_ON", "referred-on"),

	/**
	 * The '<em><b>DID NOT ATTEND</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DID_NOT_ATTEND_VALUE
	 * @generated
	 * @ordered
	 */
	DID_NOT_ATTEND(4, "DID_NOT_ATTEND", "did-not-attend"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(5, "OTHER", "other");

	/**
	 * The '<em><b>GOALS ACHIEVED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GOALS_ACHIEVED
	 * @model literal="goals-achieved"
	 * @generated
	 * @ordered
	 */
	public static final int GOALS_ACHIEVED_VALUE = 0;

	/**
	 * The '<em><b>PLATEAU</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLATEAU
	 * @model literal="plateau"
	 * @generated
	 * @ordered
	 */
	public static final int PLATEAU_VALUE = 1;

	/**
	 * The '<em><b>PATIENT CHOICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PATIENT_CHOICE
	 * @model literal="patient-choice"
	 * @generated
	 * @ordered
	 */
	public static final int PATIENT_CHOICE_VALUE = 2;

	/**
	 * The '<em><b>REFERRED ON</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REFERRED_ON
	 * @model literal="referred-on"
	 * @generated
	 * @ordered
	 */
	public static final int REFERRED_ON_VALUE = 3;

	/**
	 * The '<em><b>DID NOT ATTEND</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DID_NOT_ATTEND
	 * @model literal="did-not-attend"
	 * @generated
	 * @ordered
	 */
	public static final int DID_NOT_ATTEND_VALUE = 4;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model literal="other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 5;

	/**
	 * An array of all the '<em><b>Discharge Reason</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DischargeReason[] VALUES_ARRAY =
		new DischargeReason[] {
			GOALS_ACHIEVED,
			PLATEAU,
			PATIENT_CHOICE,
			REFERRED_ON,
			DID_NOT_ATTEND,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Discharge Reason</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DischargeReason> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Discharge Reason</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DischargeReason get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DischargeReason result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Discharge Reason</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DischargeReason getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DischargeReason result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Discharge Reason</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DischargeReason get(int value) {
		switch (value) {
			case GOALS_ACHIEVED_VALUE: return GOALS_ACHIEVED;
			case PLATEAU_VALUE: return PLATEAU;
			case PATIENT_CHOICE_VALUE: return PATIENT_CHOICE;
			case REFERRED_ON_VALUE: return REFERRED_ON;
			case DID_NOT_ATTEND_VALUE: return DID_NOT_ATTEND;
			case OTHER_VALUE: return OTHER;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private DischargeReason(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //DischargeReason
