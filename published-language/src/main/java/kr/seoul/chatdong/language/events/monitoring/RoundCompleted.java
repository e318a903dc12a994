package kr.seoul.chatdong.language.events.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import kr.seoul.chatdong.language.Field;

/**
 * {@code kr.seoul.chatdong.monitoring.round.completed.v1}, owned by monitoring-service: a
 * monitoring round was completed, with every dong's score in every field and the round's two bars.
 * The bars travel with the scores so that every consumer applies the same rule the round was run
 * with ({@link #underperforming()}, {@link #excellent()}).
 */
public record RoundCompleted(
        UUID roundId,
        String name,
        LocalDate startsOn,
        LocalDate endsOn,
        int underperformingBelow,
        int excellentFrom,
        Instant completedAt,
        List<DongScores> dongs) {

    /** One dong's scores, 0–100, per field. */
    public record DongScores(String dongCode, String districtCode, Map<Field, Integer> scores) {}

    /** One (dong, field) pair and its score. */
    public record FieldScore(String dongCode, String districtCode, Field field, int score) {}

    /** 미흡: the (dong, field) pairs scoring below {@code underperformingBelow}, in dong then field order. */
    public List<FieldScore> underperforming() {
        return pairs(true);
    }

    /** 우수: the (dong, field) pairs scoring at least {@code excellentFrom}, in dong then field order. */
    public List<FieldScore> excellent() {
        return pairs(false);
    }

    private List<FieldScore> pairs(boolean below) {
        List<FieldScore> result = new ArrayList<>();
        for (DongScores dong : dongs) {
            for (Field field : Field.values()) {
                Integer score = dong.scores().get(field);
                if (score == null) {
                    continue;
                }
                if (below ? score < underperformingBelow : score >= excellentFrom) {
                    result.add(new FieldScore(dong.dongCode(), dong.districtCode(), field, score));
                }
            }
        }
        return result;
    }
}
