package org.physiobench.demo.internal;

import java.time.LocalDate;
import java.util.SplittableRandom;

import org.physiobench.model.api.ClinicalRecords;
import org.physiobench.model.api.ContactDetails;
import org.physiobench.model.api.Identifier;
import org.physiobench.model.api.ClinicalFactory;
import org.physiobench.model.api.Patient;
import org.physiobench.model.api.Sex;

/**
 * Builds demo patient number {@code n} of a seed. Each patient has its own generator derived
 * from (seed, n), so patients can be built in any order or in parallel and are still the same.
 */
public final class DemoPatientFactory {

    /** The demo therapists who author the records. */
    public static final String[] THERAPISTS = { "demo.therapist.1", "demo.therapist.2", "demo.therapist.3" };

    private final long seed;
    private final LocalDate today;

    /**
     * @param today the last day any demo record may have (fixed, so a seed always gives the
     *            same data, whatever day it is built)
     */
    public DemoPatientFactory(long seed, LocalDate today) {
        this.seed = seed;
        this.today = today;
    }

    public Patient patient(int n) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + n);
        IdSource ids = new IdSource(random);
        boolean female = random.nextBoolean();
        LocalDate birth = today.minusYears(20 + random.nextInt(60)).minusDays(random.nextInt(365));
        Patient patient = ClinicalRecords.newPatient(SyntheticNames.given(random, female),
                SyntheticNames.family(random), birth);
        patient.setId(ids.next());
        patient.setSex(female ? Sex.FEMALE : Sex.MALE);
        patient.setPreferredLanguage("en");
        Identifier mrn = ClinicalFactory.eINSTANCE.createIdentifier();
        mrn.setSystem("urn:physiobench:demo");
        mrn.setValue(String.format("DEMO-%07d", n));
        patient.getIdentifiers().add(mrn);
        ContactDetails contact = patient.getContact();
        contact.setEmail(patient.getGivenName().toLowerCase() + "." + n + "@example.invalid");
        contact.setPhone("+00 000 000 000");
        contact.setCity("Exampletown");

        String therapist = THERAPISTS[random.nextInt(THERAPISTS.length)];
        EpisodeCourse course = new EpisodeCourse(random, ids, today, therapist);
        // Most patients have one episode; some came back after an earlier one.
        LocalDate start = today.minusDays(random.nextInt(730));
        if (random.nextInt(5) == 0) {
            course.addEpisode(patient, start.minusDays(200 + random.nextInt(400)), EpisodeCourse.outcome(random));
        }
        course.addEpisode(patient, start, EpisodeCourse.outcome(random));
        return patient;
    }
}
