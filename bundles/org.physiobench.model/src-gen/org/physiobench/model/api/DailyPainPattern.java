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
 * A representation of the literals of the enumeration '<em><b>Daily Pain Pattern</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The 24-hour behaviour of the pain.
 * <!-- end-model-doc -->
 * @see org.physiobench.model.api.ClinicalPackage#getDailyPainPattern()
 * @model
 * @generated
 */
public enum DailyPainPattern implements Enumerator {
	/**
	 * The '<em><b>NO PATTERN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NO_PATTERN_VALUE
	 * @generated
	 * @ordered
	 */
	NO_PATTERN(0, "NO_PATTERN", "no-pattern"),

	/**
	 * The '<em><b>WORSE IN MORNING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WORSE_IN_MORNING_VALUE
	 * @generated
	 * @ordered
	 */
	WORSE_IN_MORNING(1, "WORSE_IN_MORNING", "worse-in-morning"),

	/**
	 * The '<em><b>WORSE AS DAY GOES ON</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WORSE_AS_DAY_GOES_ON_VALUE
	 * @generated
	 * @ordered
	 */
	WORSE_AS_DAY_GOES_ON(2, "WORSE_AS_DAY_GOES_ON", "worse-as-day-goes-on"),

	/**
	 * The '<em><b>WORSE AT NIGHT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WORSE_AT_NIGHT_VALUE
	 * @generated
	 * @ordered
	 */
	WORSE_AT_NIGHT(3, "WORSE_AT_NIGHT", "worse-at-night"),

	/**
	 * The '<em><b>CONSTANT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONSTANT_VALUE
	 * @generated
	 * @ordered
	 */
	CONSTANT(4, "CONSTANT", "constant");

	/**
	 * The '<em><b>NO PATTERN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NO_PATTERN
	 * @model literal="no-pattern"
	 * @generated
	 * @ordered
	 */
	public static final int NO_PATTERN_VALUE = 0;

	/**
	 * The '<em><b>WORSE IN MORNING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WORSE_IN_MORNING
	 * @model literal="worse-in-morning"
	 * @generated
	 * @ordered
	 */
	public static final int WORSE_IN_MORNING_VALUE = 1;

	/**
	 * The '<em><b>WORSE AS DAY GOES ON</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WORSE_AS_DAY_GOES_ON
	 * @model literal="worse-as-day-goes-on"
	 * @generated
	 * @ordered
	 */
	public static final int WORSE_AS_DAY_GOES_ON_VALUE = 2;

	/**
	 * The '<em><b>WORSE AT NIGHT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WORSE_AT_NIGHT
	 * @model literal="worse-at-night"
	 * @generated
	 * @ordered
	 */
	public static final int WORSE_AT_NIGHT_VALUE = 3;

	/**
	 * The '<em><b>CONSTANT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONSTANT
	 * @model literal="constant"
	 * @generated
	 * @ordered
	 */
	public static final int CONSTANT_VALUE = 4;

	/**
	 * An array of all the '<em><b>Daily Pain Pattern</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DailyPainPattern[] VALUES_ARRAY =
		new DailyPainPattern[] {
			NO_PATTERN,
			WORSE_IN_MORNING,
			WORSE_AS_DAY_GOES_ON,
			WORSE_AT_NIGHT,
			CONSTANT,
		};

	/**
	 * A public read-only list of all the '<em><b>Daily Pain Pattern</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DailyPainPattern> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Daily Pain Pattern</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DailyPainPattern get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DailyPainPattern result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Daily Pain Pattern</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DailyPainPattern getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DailyPainPattern result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Daily Pain Pattern</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DailyPainPattern get(int value) {
		switch (value) {
			case NO_PATTERN_VALUE: return NO_PATTERN;
			case WORSE_IN_MORNING_VALUE: return WORSE_IN_MORNING;
			case WORSE_AS_DAY_GOES_ON_VALUE: return WORSE_AS_DAY_GOES_ON;
			case WORSE_AT_NIGHT_VALUE: return WORSE_AT_NIGHT;
			case CONSTANT_VALUE: return CONSTANT;
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
	private DailyPainPattern(int value, String name, String literal) {
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
	
} //DailyPainPattern
