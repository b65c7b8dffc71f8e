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
 * A representation of the literals of the enumeration '<em><b>Spinal Movement</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.physiobench.model.api.ClinicalPackage#getSpinalMovement()
 * @model
 * @generated
 */
public enum SpinalMovement implements Enumerator {
	/**
	 * The '<em><b>FLEXION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FLEXION_VALUE
	 * @generated
	 * @ordered
	 */
	FLEXION(0, "FLEXION", "flexion"),

	/**
	 * The '<em><b>EXTENSION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXTENSION_VALUE
	 * @generated
	 * @ordered
	 */
	EXTENSION(1, "EXTENSION", "extension"),

	/**
	 * The '<em><b>LATERAL FLEXION LEFT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LATERAL_FLEXION_LEFT_VALUE
	 * @generated
	 * @ordered
	 */
	LATERAL_FLEXION_LEFT(2, "LATERAL_FLEXION_LEFT", "lateral-flexion-left"),

	/**
	 * The '<em><b>LATERAL FLEXION RIGHT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LATERAL_FLEXION_RIGHT_VALUE
	 * @generated
	 * @ordered
	 */
	LATERAL_FLEXION_RIGHT(3, "LATERAL_FLEXION_RIGHT", "lateral-flexion-right"),

	/**
	 * The '<em><b>ROTATION LEFT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ROTATION_LEFT_VALUE
	 * @generated
	 * @ordered
	 */
	ROTATION_LEFT(4, "ROTATION_LEFT", "rotation-left"),

	/**
	 * The '<em><b>ROTATION RIGHT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ROTATION_RIGHT_VALUE
	 * @generated
	 * @ordered
	 */
	ROTATION_RIGHT(5, "ROTATION_RIGHT", "rotation-right");

	/**
	 * The '<em><b>FLEXION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FLEXION
	 * @model literal="flexion"
	 * @generated
	 * @ordered
	 */
	public static final int FLEXION_VALUE = 0;

	/**
	 * The '<em><b>EXTENSION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXTENSION
	 * @model literal="extension"
	 * @generated
	 * @ordered
	 */
	public static final int EXTENSION_VALUE = 1;

	/**
	 * The '<em><b>LATERAL FLEXION LEFT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LATERAL_FLEXION_LEFT
	 * @model literal="lateral-flexion-left"
	 * @generated
	 * @ordered
	 */
	public static final int LATERAL_FLEXION_LEFT_VALUE = 2;

	/**
	 * The '<em><b>LATERAL FLEXION RIGHT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LATERAL_FLEXION_RIGHT
	 * @model literal="lateral-flexion-right"
	 * @generated
	 * @ordered
	 */
	public static final int LATERAL_FLEXION_RIGHT_VALUE = 3;

	/**
	 * The '<em><b>ROTATION LEFT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ROTATION_LEFT
	 * @model literal="rotation-left"
	 * @generated
	 * @ordered
	 */
	public static final int ROTATION_LEFT_VALUE = 4;

	/**
	 * The '<em><b>ROTATION RIGHT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ROTATION_RIGHT
	 * @model literal="rotation-right"
	 * @generated
	 * @ordered
	 */
	public static final int ROTATION_RIGHT_VALUE = 5;

	/**
	 * An array of all the '<em><b>Spinal Movement</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SpinalMovement[] VALUES_ARRAY =
		new SpinalMovement[] {
			FLEXION,
			EXTENSION,
			LATERAL_FLEXION_LEFT,
			LATERAL_FLEXION_RIGHT,
			ROTATION_LEFT,
			ROTATION_RIGHT,
		};

	/**
	 * A public read-only list of all the '<em><b>Spinal Movement</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SpinalMovement> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Spinal Movement</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SpinalMovement get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SpinalMovement result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Spinal Movement</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SpinalMovement getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SpinalMovement result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Spinal Movement</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SpinalMovement get(int value) {
		switch (value) {
			case FLEXION_VALUE: return FLEXION;
			case EXTENSION_VALUE: return EXTENSION;
			case LATERAL_FLEXION_LEFT_VALUE: return LATERAL_FLEXION_LEFT;
			case LATERAL_FLEXION_RIGHT_VALUE: return LATERAL_FLEXION_RIGHT;
			case ROTATION_LEFT_VALUE: return ROTATION_LEFT;
			case ROTATION_RIGHT_VALUE: return ROTATION_RIGHT;
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
	private SpinalMovement(int value, String name, String literal) {
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
	
} //SpinalMovement
