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
 * A representation of the literals of the enumeration '<em><b>Body Region</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The regions of the body chart used for low back pain (posterior view plus groin and anterior thigh for referred pain).
 * <!-- end-model-doc -->
 * @see org.physiobench.model.api.ClinicalPackage#getBodyRegion()
 * @model
 * @generated
 */
public enum BodyRegion implements Enumerator {
	/**
	 * The '<em><b>THORACIC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #THORACIC_VALUE
	 * @generated
	 * @ordered
	 */
	THORACIC(0, "THORACIC", "thoracic"),

	/**
	 * The '<em><b>LUMBAR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LUMBAR_VALUE
	 * @generated
	 * @ordered
	 */
	LUMBAR(1, "LUMBAR", "lumbar"),

	/**
	 * The '<em><b>SACROILIAC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SACROILIAC_VALUE
	 * @generated
	 * @ordered
	 */
	SACROILIAC(2, "SACROILIAC", "sacroiliac"),

	/**
	 * The '<em><b>BUTTOCK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BUTTOCK_VALUE
	 * @generated
	 * @ordered
	 */
	BUTTOCK(3, "BUTTOCK", "buttock"),

	/**
	 * The '<em><b>GROIN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GROIN_VALUE
	 * @generated
	 * @ordered
	 */
	GROIN(4, "GROIN", "groin"),

	/**
	 * The '<em><b>THIGH ANTERIOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #THIGH_ANTERIOR_VALUE
	 * @generated
	 * @ordered
	 */
	THIGH_ANTERIOR(5, "THIGH_ANTERIOR", "thigh-anterior"),

	/**
	 * The '<em><b>THIGH POSTERIOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #THIGH_POSTERIOR_VALUE
	 * @generated
	 * @ordered
	 */
	THIGH_POSTERIOR(6, "THIGH_POSTERIOR", "thigh-posterior"),

	/**
	 * The '<em><b>KNEE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KNEE_VALUE
	 * @generated
	 * @ordered
	 */
	KNEE(7, "KNEE", "knee"),

	/**
	 * The '<em><b>LOWER LEG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOWER_LEG_VALUE
	 * @generated
	 * @ordered
	 */
	LOWER_LEG(8, "LOWER_LEG", "lower-leg"),

	/**
	 * The '<em><b>FOOT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FOOT_VALUE
	 * @generated
	 * @ordered
	 */
	FOOT(9, "FOOT", "foot");

	/**
	 * The '<em><b>THORACIC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #THORACIC
	 * @model literal="thoracic"
	 * @generated
	 * @ordered
	 */
	public static final int THORACIC_VALUE = 0;

	/**
	 * The '<em><b>LUMBAR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LUMBAR
	 * @model literal="lumbar"
	 * @generated
	 * @ordered
	 */
	public static final int LUMBAR_VALUE = 1;

	/**
	 * The '<em><b>SACROILIAC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SACROILIAC
	 * @model literal="sacroiliac"
	 * @generated
	 * @ordered
	 */
	public static final int SACROILIAC_VALUE = 2;

	/**
	 * The '<em><b>BUTTOCK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BUTTOCK
	 * @model literal="buttock"
	 * @generated
	 * @ordered
	 */
	public static final int BUTTOCK_VALUE = 3;

	/**
	 * The '<em><b>GROIN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GROIN
	 * @model literal="groin"
	 * @generated
	 * @ordered
	 */
	public static final int GROIN_VALUE = 4;

	/**
	 * The '<em><b>THIGH ANTERIOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #THIGH_ANTERIOR
	 * @model literal="thigh-anterior"
	 * @generated
	 * @ordered
	 */
	public static final int THIGH_ANTERIOR_VALUE = 5;

	/**
	 * The '<em><b>THIGH POSTERIOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #THIGH_POSTERIOR
	 * @model literal="thigh-posterior"
	 * @generated
	 * @ordered
	 */
	public static final int THIGH_POSTERIOR_VALUE = 6;

	/**
	 * The '<em><b>KNEE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KNEE
	 * @model literal="knee"
	 * @generated
	 * @ordered
	 */
	public static final int KNEE_VALUE = 7;

	/**
	 * The '<em><b>LOWER LEG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOWER_LEG
	 * @model literal="lower-leg"
	 * @generated
	 * @ordered
	 */
	public static final int LOWER_LEG_VALUE = 8;

	/**
	 * The '<em><b>FOOT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FOOT
	 * @model literal="foot"
	 * @generated
	 * @ordered
	 */
	public static final int FOOT_VALUE = 9;

	/**
	 * An array of all the '<em><b>Body Region</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final BodyRegion[] VALUES_ARRAY =
		new BodyRegion[] {
			THORACIC,
			LUMBAR,
			SACROILIAC,
			BUTTOCK,
			GROIN,
			THIGH_ANTERIOR,
			THIGH_POSTERIOR,
			KNEE,
			LOWER_LEG,
			FOOT,
		};

	/**
	 * A public read-only list of all the '<em><b>Body Region</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<BodyRegion> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Body Region</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BodyRegion get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BodyRegion result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Body Region</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BodyRegion getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BodyRegion result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Body Region</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BodyRegion get(int value) {
		switch (value) {
			case THORACIC_VALUE: return THORACIC;
			case LUMBAR_VALUE: return LUMBAR;
			case SACROILIAC_VALUE: return SACROILIAC;
			case BUTTOCK_VALUE: return BUTTOCK;
			case GROIN_VALUE: return GROIN;
			case THIGH_ANTERIOR_VALUE: return THIGH_ANTERIOR;
			case THIGH_POSTERIOR_VALUE: return THIGH_POSTERIOR;
			case KNEE_VALUE: return KNEE;
			case LOWER_LEG_VALUE: return LOWER_LEG;
			case FOOT_VALUE: return FOOT;
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
	private BodyRegion(int value, String name, String literal) {
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
	
} //BodyRegion
