package org.physiobench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.physiobench.model.api.ClinicalPackage;
import org.physiobench.model.api.ClinicalValidation;
import org.physiobench.model.api.Patient;
import org.physiobench.model.testing.ClinicalExamples;

/** The example patient that other tests (and the store's round trips) rely on. */
class ExamplePatientTest {

    @Test
    void setsEveryFeatureOfEveryClassSomewhere() {
        List<EObject> objects = new ArrayList<>();
        Patient patient = ClinicalExamples.fullyPopulatedPatient();
        objects.add(patient);
        patient.eAllContents().forEachRemaining(objects::add);
        objects.add(ClinicalExamples.therapist());

        Set<String> unset = new HashSet<>();
        for (EClassifier classifier : ClinicalPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass eClass && !eClass.isAbstract()) {
                List<EObject> instances = objects.stream().filter(eClass::isInstance).toList();
                if (instances.isEmpty()) {
                    unset.add(eClass.getName() + " (no instance)");
                }
                for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
                    if (!feature.isDerived() && instances.stream().noneMatch(object -> object.eIsSet(feature))) {
                        unset.add(eClass.getName() + "." + feature.getName());
                    }
                }
            }
        }
        assertEquals(Set.of(), unset, "the example must populate the whole model; extend ClinicalExamples when the model grows");
    }

    @Test
    void isValid() {
        assertEquals(List.of(), ClinicalValidation.problems(ClinicalExamples.fullyPopulatedPatient()));
        assertEquals(List.of(), ClinicalValidation.problems(ClinicalExamples.therapist()));
    }

    @Test
    void isTheSameOnEveryBuild() {
        Patient first = ClinicalExamples.fullyPopulatedPatient();
        Patient second = ClinicalExamples.fullyPopulatedPatient();
        assertTrue(EcoreUtil.equals(first, second));
        assertEquals(first.getId(), second.getId());
    }
}
