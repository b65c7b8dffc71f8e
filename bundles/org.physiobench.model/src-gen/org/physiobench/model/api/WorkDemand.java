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
 * A representation of the literals of the enumeration '<em><b>Work Demand</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Physical demand of the patient's work (the strength levels of the US Dictionary of Occupational Titles).
 * <!-- end-model-doc -->
 * @see org.physiobench.model.api.ClinicalPackage#getWorkDemand()
 * @model
 * @generated
 */
public enum WorkDemand implements Enumerator {
	/**
	 * The '<em><b>NOT WORKING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_WORKING_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_WORKING(0, "NOT_WORKING", "not-working"),

	/**
	 * The '<em><b>SEDENTARY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SEDENTARY_VALUE
	 * @generated
	 * @ordered
	 */
	SEDENTARY(1, "SEDENTARY", "sedentary"),

	/**
	 * The '<em><b>LIGHT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LIGHT_VALUE
	 * @generated
	 * @ordered
	 */
	LIGHT(2, "LIGHT", "light"),

	/**
	 * The '<em><b>MEDIUM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEDIUM_VALUE
	 * @generated
	 * @ordered
	 */
	MEDIUM(3, "MEDIUM", "medium"),

	/**
	 * The '<em><b>HEAVY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEAVY_VALUE
	 * @generated
	 * @ordered
	 */
	HEAVY(4, "HEAVY", "heavy"),

	/**
	 * The '<em><b>VERY HEAVY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VERY_HEAVY_VALUE
	 * @generated
	 * @ordered
	 */
	VERY_HEAVY(5, "VERY_HEAVY", "very-heavy");

	/**
	 * The '<em><b>NOT WORKING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_WORKING
	 * @model literal="not-working"
	 * @generated
	 * @ordered
	 */
	public static final int NOT_WORKING_VALUE = 0;

	/**
	 * The '<em><b>SEDENTARY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SEDENTARY
	 * @model literal="sedentary"
	 * @generated
	 * @ordered
	 */
	public static final int SEDENTARY_VALUE = 1;

	/**
	 * The '<em><b>LIGHT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LIGHT
	 * @model literal="light"
	 * @generated
	 * @ordered
	 */
	public static final int LIGHT_VALUE = 2;

	/**
	 * The '<em><b>MEDIUM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEDIUM
	 * @model literal="medium"
	 * @generated
	 * @ordered
	 */
	public static final int MEDIUM_VALUE = 3;

	/**
	 * The '<em><b>HEAVY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEAVY
	 * @model literal="heavy"
	 * @generated
	 * @ordered
	 */
	public static final int HEAVY_VALUE = 4;

	/**
	 * The '<em><b>VERY HEAVY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VERY_HEAVY
	 * @model literal="very-heavy"
	 * @generated
	 * @ordered
	 */
	public static final int VERY_HEAVY_VALUE = 5;

	/**
	 * An array of all the '<em><b>Work Demand</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final WorkDemand[] VALUES_ARRAY =
		new WorkDemand[] {
			NOT_WORKING,
			SEDENTARY,
			LIGHT,
			MEDIUM,
			HEAVY,
			VERY_HEAVY,
		};

	/**
	 * A public read-only list of all the '<em><b>Work Demand</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<WorkDemand> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Work Demand</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static WorkDemand get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			WorkDemand result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Work Demand</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static WorkDemand getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			WorkDemand result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Work Demand</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static WorkDemand get(int value) {
		switch (value) {
			case NOT_WORKING_VALUE: return NOT_WORKING;
			case SEDENTARY_VALUE: return SEDENTARY;
			case LIGHT_VALUE: return LIGHT;
			case MEDIUM_VALUE: return MEDIUM;
			case HEAVY_VALUE: return HEAVY;
			case VERY_HEAVY_VALUE: return VERY_HEAVY;
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
	private WorkDemand(int value, String name, String literal) {
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
	
} //WorkDemand
