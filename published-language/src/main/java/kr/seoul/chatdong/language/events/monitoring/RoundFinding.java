package kr.seoul.chatdong.language.events.monitoring;

import java.util.UUID;

import kr.seoul.chatdong.language.Field;

/**
 * What a completed monitoring round found about one dong in one field, and the event that said so:
 * the origin every record derived from a round carries (a consulting assignment, a training need).
 * One value for every service; each stores it in its own table (platform-commons maps it, see
 * {@code META-INF/orm.xml}: {@code round_id, dong_code, district_code, field, score, source_event_id}).
 *
 * @param sourceEventId the id of the round.completed (or assessment.corrected) event that reported it
 */
public record RoundFinding(
        UUID roundId, String dongCode, String districtCode, Field field, int score, String sourceEventId) {

    /** The finding of one pair of a round's event. */
    public static RoundFinding of(UUID roundId, RoundCompleted.FieldScore pair, String sourceEventId) {
        return new RoundFinding(
                roundId, pair.dongCode(), pair.districtCode(), pair.field(), pair.score(), sourceEventId);
    }
}
