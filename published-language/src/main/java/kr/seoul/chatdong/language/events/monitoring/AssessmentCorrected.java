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

    /** The corrected pair, as round.completed would have stated it. */
    public RoundCompleted.FieldScore corrected() {
        return new RoundCompleted.FieldScore(dongCode, districtCode, field, score);
    }
}
