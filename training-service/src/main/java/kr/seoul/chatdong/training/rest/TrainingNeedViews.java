package kr.seoul.chatdong.training.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.language.events.monitoring.RoundFinding;
import kr.seoul.chatdong.training.domain.TrainingNeed;
import kr.seoul.chatdong.training.query.TrainingNeedListItem;

/** Request and response bodies of {@link TrainingNeedResource}. */
public final class TrainingNeedViews {

    private TrainingNeedViews() {}

    @Schema(
            name = "TrainingNeed",
            description = "교육 수요: from MONITORING (a round's dong and field below the bar: roundId, dongCode, field, "
                    + "score, sourceEventId) or from a DEMAND_SURVEY of a district's support team (topic, respondents, "
                    + "surveys); the members of the other source are null")
    public record TrainingNeedView(
            UUID id,

            @Schema(
                    description = "MONITORING (a completed round) or DEMAND_SURVEY (a support team's demand survey)",
                    examples = "MONITORING")
            TrainingNeed.Source source,

            @Schema(nullable = true, description = "MONITORING: the round that revealed it")
            UUID roundId,

            @Schema(nullable = true, description = "MONITORING: the dong", examples = "1120059000")
            String dongCode,

            @Schema(examples = "11200") String districtCode,

            @Schema(nullable = true, description = "MONITORING: the field below the bar", examples = "WELFARE")
            Field field,

            @Schema(nullable = true, description = "MONITORING: the score below the round's bar", examples = "45")
            Integer score,

            @Schema(
                    nullable = true,
                    description = "DEMAND_SURVEY: the training asked for (trimmed, inner spaces made one)",
                    examples = "통합사례관리")
            String topic,

            @Schema(
                    nullable = true,
                    description = "DEMAND_SURVEY: the respondents of the surveys that asked for it, summed",
                    examples = "42")
            Integer respondents,

            @Schema(nullable = true, description = "DEMAND_SURVEY: how many surveys asked for it", examples = "1")
            Integer surveys,

            @Schema(examples = "OPEN") TrainingNeed.Status status,

            @Schema(
                    description = "courses that address it when it was found: of the field (MONITORING), or for "
                            + "SUPPORT_TEAM naming the topic in their title or description (DEMAND_SURVEY)")
            List<UUID> courseIds,

            @Schema(
                    nullable = true,
                    description = "why the need was WITHDRAWN (a corrected score no longer below the bar)")
            String withdrawnReason,

            @Schema(nullable = true, description = "MONITORING: id of the round.completed event that revealed it")
            String sourceEventId,

            Instant createdAt,
            long version) {

        static TrainingNeedView of(TrainingNeed n) {
            RoundFinding f = n.finding();
            return new TrainingNeedView(
                    n.id(),
                    n.source(),
                    f == null ? null : f.roundId(),
                    f == null ? null : f.dongCode(),
                    n.districtCode(),
                    f == null ? null : f.field(),
                    f == null ? null : f.score(),
                    n.topic(),
                    n.demandRespondents(),
                    n.demandSurveys(),
                    n.status(),
                    n.courseIds().stream().sorted().toList(),
                    n.withdrawnReason(),
                    f == null ? null : f.sourceEventId(),
                    n.createdAt(),
                    n.version());
        }

        static TrainingNeedView of(TrainingNeedListItem n) {
            return new TrainingNeedView(
                    n.id(),
                    n.source(),
                    n.roundId(),
                    n.dongCode(),
                    n.districtCode(),
                    n.field(),
                    n.score(),
                    n.topic(),
                    n.respondents(),
                    n.surveys(),
                    n.status(),
                    n.courseIds(),
                    n.withdrawnReason(),
                    n.sourceEventId(),
                    n.createdAt(),
                    n.version());
        }
    }
}
