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
 * A representation of the literals of the enumeration '<em><b>Override Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What a contraindication override answers: a block (the modality must not be used) or a warning (a precaution).
 * <!-- end-model-doc -->
 * @see org.physiobench.model.api.ClinicalPackage#getOverrideKind()
 * @model
 * @generated
 */
public enum OverrideKind implements Enumerator {
	/**
	 * The '<em><b>BLOCK OVERRIDDEN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BLOCK_OVERRIDDEN_VALUE
	 * @generated
	 * @ordered
	 */
	BLOCK_OVERRIDDEN(0, "BLOCK_OVERRIDDEN", "block-overridden"),

	/**
	 * The '<em><b>WARNING ACKNOWLEDGED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WARNING_ACKNOWLEDGED_VALUE
	 * @generated
	 * @ordered
	 */
	WARNING_ACKNOWLEDGED(1, "WARNING_ACKNOWLEDGED", "warning-acknowledged");

	/**
	 * The '<em><b>BLOCK OVERRIDDEN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BLOCK_OVERRIDDEN
	 * @model literal="block-overridden"
	 * @generated
	 * @ordered
	 */
	public static final int BLOCK_OVERRIDDEN_VALUE = 0;

	/**
	 * The '<em><b>WARNING ACKNOWLEDGED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WARNING_ACKNOWLEDGED
	 * @model literal="warning-acknowledged"
	 * @generated
	 * @ordered
	 */
	public static final int WARNING_ACKNOWLEDGED_VALUE = 1;

	/**
	 * An array of all the '<em><b>Override Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final OverrideKind[] VALUES_ARRAY =
		new OverrideKind[] {
			BLOCK_OVERRIDDEN,
			WARNING_ACKNOWLEDGED,
		};

	/**
	 * A public read-only list of all the '<em><b>Override Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<OverrideKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Override Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OverrideKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OverrideKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Override Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OverrideKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OverrideKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Override Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OverrideKind get(int value) {
		switch (value) {
			case BLOCK_OVERRIDDEN_VALUE: return BLOCK_OVERRIDDEN;
			case WARNING_ACKNOWLEDGED_VALUE: return WARNING_ACKNOWLEDGED;
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
	private OverrideKind(int value, String name, String literal) {
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
	
} //OverrideKind
