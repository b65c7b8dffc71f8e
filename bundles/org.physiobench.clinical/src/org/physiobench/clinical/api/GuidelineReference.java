package org.physiobench.clinical.api;

/** The guidelines and studies the clinical rules are based on; each suggestion and triage rule names one. */
public enum GuidelineReference {

    /** George SZ et al. 2021, JOSPT 51(11):CPG1-CPG60, doi 10.2519/jospt.2021.0304. */
    JOSPT_2021("George SZ et al. 2021. Interventions for the management of acute and chronic low back pain: "
            + "revision 2021. J Orthop Sports Phys Ther. doi:10.2519/jospt.2021.0304"),

    /** Hill JC et al. 2011, Lancet 378:1560-1571: STarT Back stratified care. */
    STARTBACK_HILL_2011("Hill JC et al. 2011. Comparison of stratified primary care management for low back pain "
            + "with current best practice (STarT Back). Lancet 378:1560-1571"),

    /** Alrwaily M et al. 2016, Phys Ther 96:1057-1066: treatment-based classification. */
    TBC_ALRWAILY_2016("Alrwaily M et al. 2016. Treatment-based classification system for low back pain: "
            + "revision and update. Phys Ther 96:1057-1066"),

    /** Ostelo RW et al. 2008, Spine 33:90-94: MCIDs of pain and disability scales, used in goals. */
    OSTELO_2008("Ostelo RW et al. 2008. Interpreting change scores for pain and functional status in low back "
            + "pain: towards international consensus regarding minimal important change. Spine 33:90-94"),

    /** Finucane LM et al. 2020, JOSPT 50(7):350-372: the IFOMPT International Framework for Red Flags. */
    IFOMPT_2020("Finucane LM et al. 2020. International framework for red flags for potential serious spinal "
            + "pathologies. J Orthop Sports Phys Ther 50(7):350-372. doi:10.2519/jospt.2020.9971"),

    /** GIRFT 2023: the National Suspected Cauda Equina Syndrome pathway (NHS England). */
    GIRFT_2023("Getting It Right First Time (GIRFT). 2023. National suspected cauda equina syndrome (CES) "
            + "pathway. NHS England"),

    /** NICE NG59: low back pain and sciatica in over 16s (2016, updated 2020). */
    NICE_NG59("National Institute for Health and Care Excellence. 2016 (updated 2020). Low back pain and "
            + "sciatica in over 16s: assessment and management. NICE guideline NG59"),

    /** Downie A et al. 2013, BMJ 347:f7095: only a history of cancer meaningfully raises the probability of malignancy. */
    DOWNIE_2013("Downie A et al. 2013. Red flags to screen for malignancy and fracture in patients with low back "
            + "pain: systematic review. BMJ 347:f7095"),

    /** Flynn T et al. 2002, Spine 27:2835-2843: the clinical prediction rule for spinal manipulation. */
    FLYNN_2002("Flynn T et al. 2002. A clinical prediction rule for classifying patients with low back pain who "
            + "demonstrate short-term improvement with spinal manipulation. Spine 27:2835-2843"),

    /** Childs JD et al. 2004, Ann Intern Med 141:920-928: validation of the manipulation prediction rule. */
    CHILDS_2004("Childs JD et al. 2004. A clinical prediction rule to identify patients with low back pain most "
            + "likely to benefit from spinal manipulation: a validation study. Ann Intern Med 141:920-928");

    private final String citation;

    GuidelineReference(String citation) {
        this.citation = citation;
    }

    /** @return the citation a therapist can look up */
    public String citation() {
        return citation;
    }
}
