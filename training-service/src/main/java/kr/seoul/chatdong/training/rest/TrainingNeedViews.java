package kr.seoul.chatdong.training.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.training.domain.RoundFinding;
import kr.seoul.chatdong.training.domain.TrainingNeed;
import kr.seoul.chatdong.training.query.TrainingNeedListItem;

/** Request and response bodies of {@link TrainingNeedResource}. */
public final class TrainingNeedViews {

    private TrainingNeedViews() {}

    @Schema(name = "TrainingNeed")
    public record TrainingNeedView(
            UUID id,
            UUID roundId,
            @Schema(examples = "1120059000") String dongCode,
            @Schema(examples = "11200") String districtCode,
            @Schema(examples = "WELFARE") Field field,

            @Schema(description = "the score below the round's bar", examples = "45")
            int score,

            @Schema(examples = "OPEN") TrainingNeed.Status status,

            @Schema(description = "courses that address the field, when the need was found")
            List<UUID> courseIds,

            @Schema(
                    nullable = true,
                    description = "why the need was WITHDRAWN (a corrected score no longer below the bar)")
            String withdrawnReason,

            @Schema(description = "id of the round.completed event that revealed it")
            String sourceEventId,

            Instant createdAt,
            long version) {

        static TrainingNeedView of(TrainingNeed n) {
            RoundFinding f = n.finding();
            return new TrainingNeedView(
                    n.id(),
                    f.roundId(),
                    f.dongCode(),
                    f.districtCode(),
                    f.field(),
                    f.score(),
                    n.status(),
                    n.courseIds().stream().sorted().toList(),
                    n.withdrawnReason(),
                    f.sourceEventId(),
                    n.createdAt(),
                    n.version());
        }

        static TrainingNeedView of(TrainingNeedListItem n) {
            return new TrainingNeedView(
                    n.id(),
                    n.roundId(),
                    n.dongCode(),
                    n.districtCode(),
                    n.field(),
                    n.score(),
                    n.status(),
                    n.courseIds(),
                    n.withdrawnReason(),
                    n.sourceEventId(),
                    n.createdAt(),
                    n.version());
        }
    }
}
