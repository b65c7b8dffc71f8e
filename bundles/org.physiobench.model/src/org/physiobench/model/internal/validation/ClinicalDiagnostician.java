package org.physiobench.model.internal.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.physiobench.model.api.ClinicalLabels;
import org.physiobench.model.api.ClinicalPackage;

/**
 * A diagnostician that always applies the clinical validator (registered or not) and names
 * objects and fields as a therapist reads them, also in EMF's own structural messages
 * ("The required feature 'id' of 'Session on 2026-03-04' must be set").
 */
public final class ClinicalDiagnostician extends Diagnostician {

    public ClinicalDiagnostician(EValidator clinicalValidator) {
        super(registryWith(clinicalValidator));
    }

    private static EValidator.Registry registryWith(EValidator clinicalValidator) {
        EValidator.Registry registry = new EValidatorRegistryImpl(EValidator.Registry.INSTANCE);
        registry.put(ClinicalPackage.eINSTANCE, clinicalValidator);
        return registry;
    }

    @Override
    public String getObjectLabel(EObject eObject) {
        return ClinicalLabels.describe(eObject);
    }

    @Override
    public String getFeatureLabel(EStructuralFeature eStructuralFeature) {
        return ClinicalLabels.describe(eStructuralFeature);
    }
}
