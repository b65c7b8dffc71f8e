package org.physiobench.demo.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.random.RandomGenerator;

import org.physiobench.model.api.Assessment;
import org.physiobench.model.api.ClinicalFactory;
import org.physiobench.model.api.ClinicalRecords;
import org.physiobench.model.api.InstrumentAdministration;
import org.physiobench.model.api.Score;

/**
 * Item answers of the instruments a demo assessment administers, with the scores computed
 * from them by the published rules (see the clinical reference): so a demo record is
 * internally consistent and the clinical rules can be exercised on it.
 */
final class InstrumentAnswers {

    static final String ODI = "odi";
    static final String NPRS = "nprs";
    static final String STARTBACK = "startback";
    static final String TOTAL = "total";
    static final String PSYCHOSOCIAL = "psychosocial";

    private final IdSource ids;

    InstrumentAnswers(IdSource ids) {
        this.ids = ids;
    }

    /**
     * ODI 2.1a: ten sections scored 0-5; score = sum / (5 x sections answered) x 100 (Fairbank &
     * Pynsent 2000, Spine 25:2940-2953). Section 8 (sex life) is sometimes left unanswered.
     * Bands: minimal up to 20, moderate up to 40, severe up to 60, crippled up to 80,
     * bed-bound above.
     *
     * @param targetPercent the disability the answers should express (0-100)
     * @return the computed score
     */
    double odi(Assessment assessment, LocalDate date, double targetPercent, RandomGenerator random) {
        InstrumentAdministration odi = administration(assessment, ODI, date);
        double perSection = Math.max(0, Math.min(5, targetPercent / 20.0));
        int sum = 0;
        int answered = 0;
        boolean skipSexLife = random.nextInt(5) == 0;
        for (int section = 1; section <= 10; section++) {
            if (section == 8 && skipSexLife) {
                ClinicalRecords.answer(odi, "odi-" + section, null);
                continue;
            }
            int value = (int) Math.max(0, Math.min(5, Math.round(perSection + random.nextGaussian() * 0.6)));
            ClinicalRecords.answer(odi, "odi-" + section, value);
            sum += value;
            answered++;
        }
        double percent = BigDecimal.valueOf(sum * 100.0 / (5.0 * answered)).setScale(1, RoundingMode.HALF_UP)
                .doubleValue();
        odi.getScores().add(score(TOTAL, percent, odiBand(percent)));
        return percent;
    }

    private static String odiBand(double percent) {
        if (percent <= 20) {
            return "minimal disability";
        }
        if (percent <= 40) {
            return "moderate disability";
        }
        if (percent <= 60) {
            return "severe disability";
        }
        return percent <= 80 ? "crippled" : "bed-bound or exaggerating";
    }

    /** NPRS: one item, 0 (no pain) to 10 (worst imaginable); the score is the rating. */
    void nprs(Assessment assessment, LocalDate date, int rating) {
        InstrumentAdministration nprs = administration(assessment, NPRS, date);
        ClinicalRecords.answer(nprs, "nprs-1", rating);
        nprs.getScores().add(score(TOTAL, rating, null));
    }

    /**
     * STarT Back (Keele order): items 1-8 agree = 1, disagree = 0; item 9 answered 0-4 (not at
     * all .. extremely) scores 1 for "very much" (3) or "extremely" (4). Total = sum (0-9),
     * psychosocial = items 5-9 (0-5). Group: total &lt;= 3 low; psychosocial &gt;= 4 high;
     * otherwise medium (Hill et al. 2008, Arthritis Rheum 59:632-641).
     *
     * @param group the risk group the answers should fall in: "low", "medium" or "high"
     * @return the group computed from the answers
     */
    String startBack(Assessment assessment, LocalDate date, String group, RandomGenerator random) {
        InstrumentAdministration startBack = administration(assessment, STARTBACK, date);
        int physicalAgree = switch (group) {
            case "low" -> random.nextInt(3);
            default -> 2 + random.nextInt(3);
        };
        int psychosocialAgree = switch (group) {
            case "low" -> Math.min(3 - physicalAgree, random.nextInt(2));
            case "medium" -> Math.max(0, Math.min(3, 4 - physicalAgree + random.nextInt(2)));
            default -> 4 + random.nextInt(2);
        };
        int total = 0;
        int psychosocial = 0;
        for (int item = 1; item <= 4; item++) {
            int agree = item <= physicalAgree ? 1 : 0;
            ClinicalRecords.answer(startBack, "startback-" + item, agree);
            total += agree;
        }
        for (int item = 5; item <= 8; item++) {
            int agree = item - 4 <= Math.min(4, psychosocialAgree) ? 1 : 0;
            ClinicalRecords.answer(startBack, "startback-" + item, agree);
            total += agree;
            psychosocial += agree;
        }
        boolean bothersome = psychosocialAgree >= 5;
        int item9 = bothersome ? 3 + random.nextInt(2) : random.nextInt(3);
        ClinicalRecords.answer(startBack, "startback-9", item9);
        int item9Score = item9 >= 3 ? 1 : 0;
        total += item9Score;
        psychosocial += item9Score;
        String computed = total <= 3 ? "low" : psychosocial >= 4 ? "high" : "medium";
        startBack.getScores().add(score(TOTAL, total, computed));
        startBack.getScores().add(score(PSYCHOSOCIAL, psychosocial, null));
        return computed;
    }

    private InstrumentAdministration administration(Assessment assessment, String instrumentId, LocalDate date) {
        InstrumentAdministration administration = ClinicalRecords.newAdministration(assessment, instrumentId, date);
        administration.setId(ids.next());
        return administration;
    }

    private static Score score(String scoreId, double value, String interpretation) {
        Score score = ClinicalFactory.eINSTANCE.createScore();
        score.setScoreId(scoreId);
        score.setValue(value);
        score.setInterpretation(interpretation);
        return score;
    }
}
