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
 * A representation of the literals of the enumeration '<em><b>Duration Class</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How long the pain has lasted: acute under 6 weeks, subacute 6 to 12 weeks, chronic over 12 weeks (PhysioBench clinical reference, intake and assessment). NOT_RECORDED, the default, means the therapist did not record it: an untouched field never reads as acute. Stored by literal, so the values may change; a record written before NOT_RECORDED existed that left the class at its old default (acute) reads as not recorded.
 * <!-- end-model-doc -->
 * @see org.physiobench.model.api.ClinicalPackage#getDurationClass()
 * @model
 * @generated
 */
public enum DurationClass implements Enumerator {
	/**
	 * The '<em><b>NOT RECORDED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_RECORDED_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_RECORDED(0, "NOT_RECORDED", "not-recorded"),

	/**
	 * The '<em><b>ACUTE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACUTE_VALUE
	 * @generated
	 * @ordered
	 */
	ACUTE(1, "ACUTE", "acute"),

	/**
	 * The '<em><b>SUBACUTE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUBACUTE_VALUE
	 * @generated
	 * @ordered
	 */
	SUBACUTE(2, "SUBACUTE", "subacute"),

	/**
	 * The '<em><b>CHRONIC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHRONIC_VALUE
	 * @generated
	 * @ordered
	 */
	CHRONIC(3, "CHRONIC", "chronic");

	/**
	 * The '<em><b>NOT RECORDED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_RECORDED
	 * @model literal="not-recorded"
	 * @generated
	 * @ordered
	 */
	public static final int NOT_RECORDED_VALUE = 0;

	/**
	 * The '<em><b>ACUTE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACUTE
	 * @model literal="acute"
	 * @generated
	 * @ordered
	 */
	public static final int ACUTE_VALUE = 1;

	/**
	 * The '<em><b>SUBACUTE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUBACUTE
	 * @model literal="subacute"
	 * @generated
	 * @ordered
	 */
	public static final int SUBACUTE_VALUE = 2;

	/**
	 * The '<em><b>CHRONIC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHRONIC
	 * @model literal="chronic"
	 * @generated
	 * @ordered
	 */
	public static final int CHRONIC_VALUE = 3;

	/**
	 * An array of all the '<em><b>Duration Class</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DurationClass[] VALUES_ARRAY =
		new DurationClass[] {
			NOT_RECORDED,
			ACUTE,
			SUBACUTE,
			CHRONIC,
		};

	/**
	 * A public read-only list of all the '<em><b>Duration Class</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DurationClass> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Duration Class</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DurationClass get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DurationClass result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Duration Class</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DurationClass getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DurationClass result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Duration Class</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DurationClass get(int value) {
		switch (value) {
			case NOT_RECORDED_VALUE: return NOT_RECORDED;
			case ACUTE_VALUE: return ACUTE;
			case SUBACUTE_VALUE: return SUBACUTE;
			case CHRONIC_VALUE: return CHRONIC;
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
	private DurationClass(int value, String name, String literal) {
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
	
} //DurationClass
