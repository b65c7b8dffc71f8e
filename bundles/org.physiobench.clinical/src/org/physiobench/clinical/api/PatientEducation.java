package org.physiobench.clinical.api;

import java.util.Optional;

/**
 * Patient-facing education texts fitted to the acuity of the pain. The JOSPT 2021 guideline
 * (George et al., doi 10.2519/jospt.2021.0304) recommends patient education throughout the
 * episode; PhysioBench fits it to the acuity (clinical reference, "Guidance for plan
 * suggestions"): a patient whose pain began recently is not told about "long-lasting pain", and
 * a text for a patient whose duration was not recorded makes no claim about time.
 *
 * <p>Plain words, no jargon; these texts are shown to patients and printed on handouts.
 */
public final class PatientEducation {

    private PatientEducation() {
    }

    /**
     * @param acuity the acuity of the pain; empty when neither onset nor duration class was recorded
     * @return what the patient reads about pain neuroscience education
     */
    public static String painNeuroscience(Optional<Acuity> acuity) {
        String opening = "Your therapist will explain how pain works, with pictures and examples. ";
        String closing = " Ask questions, and bring your own worries about your back to the session.";
        return opening + acuity.map(a -> switch (a) {
            case ACUTE -> "Back pain that has started recently is very common and usually settles within a few weeks. "
                    + "Pain is your body's alarm: it is real, and it does not mean your back is damaged. "
                    + "Keeping moving helps it settle.";
            case SUBACUTE -> "Your back pain has lasted a few weeks. Pain is your body's alarm: it is real, but it "
                    + "does not mean your back is damaged, and the alarm can stay sensitive after tissues have "
                    + "healed. Gradually doing more helps it settle.";
            case CHRONIC -> "Pain is real, but in long-lasting back pain it is a sign of a sensitive alarm system "
                    + "rather than of damage. Step by step, you can do more even while some pain remains.";
        }).orElse("Pain is your body's alarm: it is real, and it does not by itself mean your back is damaged.")
                + closing;
    }

    /**
     * @param acuity the acuity of the pain; empty when neither onset nor duration class was recorded
     * @return what the patient reads about advice, reassurance and self-management
     */
    public static String selfManagement(Optional<Acuity> acuity) {
        String closing = " Your therapist will give you a written plan and tell you which warning signs "
                + "mean you should get medical help at once.";
        return acuity.map(a -> switch (a) {
            case ACUTE -> "Back pain that has started recently usually gets much better within a few weeks. "
                    + "Stay as active as you can and keep up your usual activities, including work if possible; "
                    + "resting in bed slows recovery.";
            case SUBACUTE -> "Your back pain has lasted a few weeks. Keep up your usual activities and build up "
                    + "what you do a little at a time; staying active helps recovery.";
            case CHRONIC -> "Long-lasting back pain can be managed well. Keep active every day, pace what you do, "
                    + "and use the exercises you have learned to help yourself when the pain flares up.";
        }).orElse("Stay as active as you can and keep up your usual activities; staying active helps back pain "
                + "recover.") + closing;
    }
}
