package org.physiobench.store.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.physiobench.store.api.PatientIndex;

/**
 * A minimal patient model built at run time: the store's persistence mechanics (versions,
 * audit, backup, crash safety) are tested on it independently of the clinical model. A
 * patient has names, a birth date (java.time), visits (containment) and a reference to one of
 * its visits (a cross-reference inside the aggregate).
 */
final class MiniModel implements PatientModel {

    static final MiniModel INSTANCE = new MiniModel();

    final EPackage ePackage;
    final EClass patient;
    final EClass visit;
    final EAttribute id;
    final EAttribute familyName;
    final EAttribute givenName;
    final EAttribute birthDate;
    final EAttribute episodeStatus;
    final EAttribute redFlag;
    final EReference visits;
    final EReference keyVisit;
    final EAttribute visitDate;
    final EAttribute odi;
    final EAttribute nprs;
    final EAttribute riskGroup;

    private MiniModel() {
        EcoreFactory f = EcoreFactory.eINSTANCE;
        EcorePackage e = EcorePackage.eINSTANCE;
        ePackage = f.createEPackage();
        ePackage.setName("storetest");
        ePackage.setNsPrefix("storetest");
        ePackage.setNsURI("urn:physiobench:test:store");
        // Type names in documents are URIs of the classes: the package needs a resource at its
        // namespace URI, as generated packages have.
        new ResourceImpl(URI.createURI(ePackage.getNsURI())).getContents().add(ePackage);
        EDataType date = f.createEDataType();
        date.setName("Date");
        date.setInstanceClass(LocalDate.class);
        ePackage.getEClassifiers().add(date);

        visit = f.createEClass();
        visit.setName("Visit");
        visitDate = attribute(visit, "date", date);
        odi = attribute(visit, "odi", e.getEIntegerObject());
        nprs = attribute(visit, "nprs", e.getEIntegerObject());
        riskGroup = attribute(visit, "riskGroup", e.getEString());

        patient = f.createEClass();
        patient.setName("Patient");
        id = attribute(patient, "id", e.getEString());
        familyName = attribute(patient, "familyName", e.getEString());
        givenName = attribute(patient, "givenName", e.getEString());
        birthDate = attribute(patient, "birthDate", date);
        episodeStatus = attribute(patient, "episodeStatus", e.getEString());
        redFlag = attribute(patient, "redFlag", e.getEBoolean());
        visits = f.createEReference();
        visits.setName("visits");
        visits.setEType(visit);
        visits.setContainment(true);
        visits.setUpperBound(-1);
        patient.getEStructuralFeatures().add(visits);
        keyVisit = f.createEReference();
        keyVisit.setName("keyVisit");
        keyVisit.setEType(visit);
        patient.getEStructuralFeatures().add(keyVisit);
        ePackage.getEClassifiers().add(visit);
        ePackage.getEClassifiers().add(patient);
    }

    private static EAttribute attribute(EClass owner, String name, org.eclipse.emf.ecore.EClassifier type) {
        EAttribute attribute = EcoreFactory.eINSTANCE.createEAttribute();
        attribute.setName(name);
        attribute.setEType(type);
        owner.getEStructuralFeatures().add(attribute);
        return attribute;
    }

    @Override
    public List<EPackage> packages() {
        return List.of(ePackage);
    }

    @Override
    public EClass rootClass() {
        return patient;
    }

    @Override
    public String idOf(EObject p) {
        return (String) p.eGet(id);
    }

    @Override
    public PatientIndex indexOf(EObject p) {
        @SuppressWarnings("unchecked")
        EList<EObject> all = (EList<EObject>) p.eGet(visits);
        EObject last = all.stream().max(Comparator.comparing(v -> (LocalDate) v.eGet(visitDate))).orElse(null);
        return new PatientIndex((String) p.eGet(familyName), (String) p.eGet(givenName),
                (LocalDate) p.eGet(birthDate), (String) p.eGet(episodeStatus),
                last == null ? null : (LocalDate) last.eGet(visitDate), last == null ? null : (Integer) last.eGet(odi),
                last == null ? null : (Integer) last.eGet(nprs), last == null ? null : (String) last.eGet(riskGroup),
                (Boolean) p.eGet(redFlag));
    }

    /** A patient with {@code visitCount} weekly visits of improving scores. */
    EObject newPatient(String patientId, String family, String given, int visitCount) {
        EObject p = EcoreUtil.create(patient);
        p.eSet(id, patientId);
        p.eSet(familyName, family);
        p.eSet(givenName, given);
        p.eSet(birthDate, LocalDate.of(1970, 1, 1).plusDays(Math.floorMod(patientId.hashCode(), 15000)));
        p.eSet(episodeStatus, "active");
        p.eSet(redFlag, false);
        @SuppressWarnings("unchecked")
        EList<EObject> list = (EList<EObject>) p.eGet(visits);
        for (int i = 0; i < visitCount; i++) {
            EObject v = EcoreUtil.create(visit);
            v.eSet(visitDate, LocalDate.of(2026, 1, 5).plusWeeks(i));
            v.eSet(odi, Math.max(0, 48 - 6 * i));
            v.eSet(nprs, Math.max(0, 7 - i));
            v.eSet(riskGroup, i == 0 ? "high" : "medium");
            list.add(v);
        }
        if (!list.isEmpty()) {
            p.eSet(keyVisit, list.get(0));
        }
        return p;
    }
}
