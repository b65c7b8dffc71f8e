package org.physiobench.clinical.api;

/** The guidelines and studies plan suggestions are based on; each suggestion names one. */
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

    /** Bigos S et al. 1994, AHCPR clinical practice guideline no. 14: red flags. */
    AHCPR_1994("Bigos S et al. 1994. Acute low back problems in adults. Clinical practice guideline no. 14. "
            + "AHCPR publication 95-0642");

    private final String citation;

    GuidelineReference(String citation) {
        this.citation = citation;
    }

    /** @return the citation a therapist can look up */
    public String citation() {
        return citation;
    }
}
