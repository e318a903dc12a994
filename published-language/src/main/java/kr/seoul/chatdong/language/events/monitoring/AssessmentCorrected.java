package kr.seoul.chatdong.language.events.monitoring;

import java.time.Instant;
import java.util.UUID;

import kr.seoul.chatdong.language.Field;

/**
 * {@code kr.seoul.chatdong.monitoring.assessment.corrected.v1}, owned by monitoring-service: a city
 * admin corrected one score of a completed round. It travels on the round's topic with the round's
 * key, so every consumer sees it after the round's completion and after earlier corrections. The
 * round's bars travel with it: a consumer reconciles what it derived from the old score with what
 * the new score derives ({@link #wasBelow()}/{@link #nowBelow()}, {@link #wasExcellent()}/{@link #nowExcellent()}).
 *
 * @param reason why the score changed, for the records a consumer withdraws (never a person's name)
 */
public record AssessmentCorrected(
        UUID roundId,
        String roundName,
        String dongCode,
        String districtCode,
        Field field,
        int previousScore,
        int score,
        int underperformingBelow,
        int excellentFrom,
        String reason,
        Instant correctedAt) {

    public boolean wasBelow() {
        return previousScore < underperformingBelow;
    }

    public boolean nowBelow() {
        return score < underperformingBelow;
    }

    public boolean wasExcellent() {
        return previousScore >= excellentFrom;
    }

    public boolean nowExcellent() {
        return score >= excellentFrom;
    }

    /** The bar a consumer derived its records under: below {@code underperformingBelow}, or from {@code excellentFrom}. */
    public enum Bar {
        UNDERPERFORMING,
        EXCELLENT
    }

    /** What a consumer does with its record of the pair, so that it holds what the corrected round would have derived. */
    public enum Reconciliation {
        /** The old score crossed the bar, the new one does not: withdraw the record, with {@link #withdrawalReason()}. */
        WITHDRAW,
        /** The new score crosses the bar, the old one did not, and there is no record yet: derive one from {@link #corrected()}. */
        DERIVE,
        /** Nothing changes for this consumer. */
        UNTOUCHED
    }

    /**
     * The one decision of a correction, the same for every consumer: given the bar its records follow
     * and whether it holds a record of this round, dong and field already.
     */
    public Reconciliation reconciliation(Bar bar, boolean recorded) {
        boolean was = bar == Bar.UNDERPERFORMING ? wasBelow() : wasExcellent();
        boolean now = bar == Bar.UNDERPERFORMING ? nowBelow() : nowExcellent();
        if (was && !now) {
            return recorded ? Reconciliation.WITHDRAW : Reconciliation.UNTOUCHED;
        }
        if (!was && now && !recorded) {
            return Reconciliation.DERIVE;
        }
        return Reconciliation.UNTOUCHED;
    }

    /** Why a withdrawn record was withdrawn, as every consumer writes it (평가 정정 41→72: reason). */
    public String withdrawalReason() {
        return "평가 정정 " + previousScore + "→" + score + ": " + reason;
    }

    /** The corrected pair, as round.completed would have stated it. */
    public RoundCompleted.FieldScore corrected() {
        return new RoundCompleted.FieldScore(dongCode, districtCode, field, score);
    }
}
