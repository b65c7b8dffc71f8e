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
 * A representation of the literals of the enumeration '<em><b>Neurological Test Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.physiobench.model.api.ClinicalPackage#getNeurologicalTestKind()
 * @model
 * @generated
 */
public enum NeurologicalTestKind implements Enumerator {
	/**
	 * The '<em><b>MYOTOME</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MYOTOME_VALUE
	 * @generated
	 * @ordered
	 */
	MYOTOME(0, "MYOTOME", "myotome"),

	/**
	 * The '<em><b>DERMATOME</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DERMATOME_VALUE
	 * @generated
	 * @ordered
	 */
	DERMATOME(1, "DERMATOME", "dermatome"),

	/**
	 * The '<em><b>REFLEX</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REFLEX_VALUE
	 * @generated
	 * @ordered
	 */
	REFLEX(2, "REFLEX", "reflex");

	/**
	 * The '<em><b>MYOTOME</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MYOTOME
	 * @model literal="myotome"
	 * @generated
	 * @ordered
	 */
	public static final int MYOTOME_VALUE = 0;

	/**
	 * The '<em><b>DERMATOME</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DERMATOME
	 * @model literal="dermatome"
	 * @generated
	 * @ordered
	 */
	public static final int DERMATOME_VALUE = 1;

	/**
	 * The '<em><b>REFLEX</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REFLEX
	 * @model literal="reflex"
	 * @generated
	 * @ordered
	 */
	public static final int REFLEX_VALUE = 2;

	/**
	 * An array of all the '<em><b>Neurological Test Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final NeurologicalTestKind[] VALUES_ARRAY =
		new NeurologicalTestKind[] {
			MYOTOME,
			DERMATOME,
			REFLEX,
		};

	/**
	 * A public read-only list of all the '<em><b>Neurological Test Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<NeurologicalTestKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Neurological Test Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static NeurologicalTestKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			NeurologicalTestKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Neurological Test Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static NeurologicalTestKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			NeurologicalTestKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Neurological Test Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static NeurologicalTestKind get(int value) {
		switch (value) {
			case MYOTOME_VALUE: return MYOTOME;
			case DERMATOME_VALUE: return DERMATOME;
			case REFLEX_VALUE: return REFLEX;
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
	private NeurologicalTestKind(int value, String name, String literal) {
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
	
} //NeurologicalTestKind
