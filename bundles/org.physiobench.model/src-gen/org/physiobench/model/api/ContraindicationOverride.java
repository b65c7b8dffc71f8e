/**
 * Copyright (c) 2026 the PhysioBench authors.
 * Generated from model/physiobench.ecore by releng/scripts/generate-model.sh - do not edit.
 */
package org.physiobench.model.api;

import java.time.Instant;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Contraindication Override</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The therapist's explicit decision to plan a modality despite a contraindication: which modality, what the check said, why the therapist went ahead, who and when.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.physiobench.model.api.ContraindicationOverride#getModalityId <em>Modality Id</em>}</li>
 *   <li>{@link org.physiobench.model.api.ContraindicationOverride#getKind <em>Kind</em>}</li>
 *   <li>{@link org.physiobench.model.api.ContraindicationOverride#getContraindications <em>Contraindications</em>}</li>
 *   <li>{@link org.physiobench.model.api.ContraindicationOverride#getReason <em>Reason</em>}</li>
 *   <li>{@link org.physiobench.model.api.ContraindicationOverride#getBy <em>By</em>}</li>
 *   <li>{@link org.physiobench.model.api.ContraindicationOverride#getAt <em>At</em>}</li>
 * </ul>
 *
 * @see org.physiobench.model.api.ClinicalPackage#getContraindicationOverride()
 * @model
 * @generated
 */
public interface ContraindicationOverride extends EObject {
	/**
	 * Returns the value of the '<em><b>Modality Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Modality Id</em>' attribute.
	 * @see #setModalityId(String)
	 * @see org.physiobench.model.api.ClinicalPackage#getContraindicationOverride_ModalityId()
	 * @model
	 * @generated
	 */
	String getModalityId();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.ContraindicationOverride#getModalityId <em>Modality Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Modality Id</em>' attribute.
	 * @see #getModalityId()
	 * @generated
	 */
	void setModalityId(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.physiobench.model.api.OverrideKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.physiobench.model.api.OverrideKind
	 * @see #setKind(OverrideKind)
	 * @see org.physiobench.model.api.ClinicalPackage#getContraindicationOverride_Kind()
	 * @model
	 * @generated
	 */
	OverrideKind getKind();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.ContraindicationOverride#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.physiobench.model.api.OverrideKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(OverrideKind value);

	/**
	 * Returns the value of the '<em><b>Contraindications</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The reasons of the contraindication check as the therapist saw them (e.g. block (fracture): ...).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Contraindications</em>' attribute list.
	 * @see org.physiobench.model.api.ClinicalPackage#getContraindicationOverride_Contraindications()
	 * @model
	 * @generated
	 */
	EList<String> getContraindications();

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the therapist goes ahead; required for an override of a block.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see org.physiobench.model.api.ClinicalPackage#getContraindicationOverride_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.ContraindicationOverride#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

	/**
	 * Returns the value of the '<em><b>By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>By</em>' attribute.
	 * @see #setBy(String)
	 * @see org.physiobench.model.api.ClinicalPackage#getContraindicationOverride_By()
	 * @model
	 * @generated
	 */
	String getBy();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.ContraindicationOverride#getBy <em>By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>By</em>' attribute.
	 * @see #getBy()
	 * @generated
	 */
	void setBy(String value);

	/**
	 * Returns the value of the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>At</em>' attribute.
	 * @see #setAt(Instant)
	 * @see org.physiobench.model.api.ClinicalPackage#getContraindicationOverride_At()
	 * @model dataType="org.physiobench.model.api.Timestamp"
	 * @generated
	 */
	Instant getAt();

	/**
	 * Sets the value of the '{@link org.physiobench.model.api.ContraindicationOverride#getAt <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>At</em>' attribute.
	 * @see #getAt()
	 * @generated
	 */
	void setAt(Instant value);

} // ContraindicationOverride
