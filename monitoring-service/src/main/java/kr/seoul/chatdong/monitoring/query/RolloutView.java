package kr.seoul.chatdong.monitoring.query;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.seoul.chatdong.monitoring.domain.RolloutAssignment;

/** The phase in which a whole district, or one dong, joined the programme. */
@Schema(
        name = "RolloutAssignment",
        description = "the phase in which a whole district, or one dong, joined the programme")
public record RolloutView(
        @Schema(examples = "DISTRICT") String scope,
        @Schema(examples = "11290") String code,
        @Schema(examples = "1") int phase,

        @Schema(description = "optimistic-lock version, also sent as the ETag", examples = "0")
        long version) {

    public static RolloutView of(RolloutAssignment a) {
        return new RolloutView(a.scope().name(), a.code(), a.phase(), a.version());
    }
}
