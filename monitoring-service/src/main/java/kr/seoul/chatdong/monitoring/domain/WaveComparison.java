package kr.seoul.chatdong.monitoring.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * 사업 전후 비교: one question measured in a baseline and a follow-up wave, for the participating
 * dongs (시행동), the non-participating dongs (비시행동) and everyone, and the
 * difference-in-differences (이중차분) {@code (P_follow − P_base) − (N_follow − N_base)}: the change
 * in participating dongs beyond the change that happened anyway. Everything is computed from the
 * unrounded measures and rounded once. A group without answers in a wave has no measure there, so
 * the difference-in-differences is null and {@link #note()} says which group and wave lack answers.
 * Answers not split by group (a wave entered as totals) count for everyone only.
 */
public final class WaveComparison {

    /** One group's measure in both waves and its change. */
    public record Arm(
            Tally baseline, Tally followUp, BigDecimal baselineValue, BigDecimal followUpValue, BigDecimal change) {}

    private final QuestionScale scale;
    private final Map<RespondentGroup, Arm> arms = new EnumMap<>(RespondentGroup.class);
    private final Arm all;
    private final BigDecimal differenceInDifferences;
    private final String note;

    private WaveComparison(
            QuestionScale scale,
            WaveTallies baseline,
            WaveTallies followUp,
            String question,
            String baselineWave,
            String followUpWave) {
        this.scale = scale;
        Map<RespondentGroup, BigDecimal> changes = new EnumMap<>(RespondentGroup.class);
        List<String> missing = new ArrayList<>();
        Tally allBase = baseline.unsplit();
        Tally allFollow = followUp.unsplit();
        for (RespondentGroup group : RespondentGroup.values()) {
            Tally base = baseline.group(group);
            Tally follow = followUp.group(group);
            allBase = allBase.plus(base);
            allFollow = allFollow.plus(follow);
            if (base.n() == 0) {
                missing.add(group + " in " + baselineWave);
            }
            if (follow.n() == 0) {
                missing.add(group + " in " + followUpWave);
            }
            BigDecimal change = change(base, follow);
            changes.put(group, change);
            arms.put(group, arm(base, follow, change));
        }
        this.all = arm(allBase, allFollow, change(allBase, allFollow));
        if (missing.isEmpty()) {
            this.differenceInDifferences = scale.rounded(changes.get(RespondentGroup.PARTICIPATING)
                    .subtract(changes.get(RespondentGroup.NON_PARTICIPATING)));
            this.note = null;
        } else {
            this.differenceInDifferences = null;
            this.note = "No answers to " + question + " from " + String.join(", ", missing)
                    + ": the difference-in-differences needs answers from both groups in both waves"
                    + (baseline.unsplit().n() > 0 || followUp.unsplit().n() > 0
                            ? " (a wave entered as totals not split by group counts for all only)"
                            : "");
        }
    }

    public static WaveComparison of(
            SurveyQuestion question,
            Map<RespondentGroup, Tally> baseline,
            Map<RespondentGroup, Tally> followUp,
            String baselineWave,
            String followUpWave) {
        return of(question, WaveTallies.of(baseline), WaveTallies.of(followUp), baselineWave, followUpWave);
    }

    /** As above, with answers not split by group (counted in {@link #all()} only). */
    public static WaveComparison of(
            SurveyQuestion question,
            WaveTallies baseline,
            WaveTallies followUp,
            String baselineWave,
            String followUpWave) {
        return new WaveComparison(question.scale(), baseline, followUp, question.code(), baselineWave, followUpWave);
    }

    /** The unrounded change of one group, or null when it has no answers in a wave. */
    private BigDecimal change(Tally base, Tally follow) {
        BigDecimal before = scale.measure(base.n(), base.sum());
        BigDecimal after = scale.measure(follow.n(), follow.sum());
        return before == null || after == null ? null : after.subtract(before);
    }

    private Arm arm(Tally base, Tally follow, BigDecimal change) {
        return new Arm(
                base,
                follow,
                scale.rounded(scale.measure(base.n(), base.sum())),
                scale.rounded(scale.measure(follow.n(), follow.sum())),
                scale.rounded(change));
    }

    public Arm arm(RespondentGroup group) {
        return arms.get(group);
    }

    /** Both groups together. */
    public Arm all() {
        return all;
    }

    /** (P_follow − P_base) − (N_follow − N_base), rounded as the scale's measures are; null when a group lacks answers in a wave. */
    public BigDecimal differenceInDifferences() {
        return differenceInDifferences;
    }

    /** Why the difference-in-differences is null; null when it is not. */
    public String note() {
        return note;
    }

    public QuestionScale scale() {
        return scale;
    }
}
