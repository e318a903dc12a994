package kr.seoul.chatdong.governance.rest;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.seoul.chatdong.governance.domain.AgendaRouting;
import kr.seoul.chatdong.governance.domain.CouncilKind;
import kr.seoul.chatdong.governance.query.AgendaRoutingRow;

/** Request and response bodies of the agenda routing API. */
public final class AgendaRoutingViews {

    private AgendaRoutingViews() {}

    @Schema(
            name = "AgendaRoutingInput",
            description = "The council that receives the source's agenda items from now on")
    public record RoutingInput(
            @NotNull
            @Schema(
                    required = true,
                    description = "an active council, e.g. the 운영위원회 or the 시 추진단",
                    examples = "3f1d2c4e-8b7a-4f5e-9c6d-1a2b3c4d5e6f")
            UUID councilId) {}

    @Schema(name = "AgendaRouting", description = "Which council receives the agenda items a source derives")
    public record RoutingView(
            @Schema(examples = "MONITORING") AgendaRouting.Source source,

            @Schema(examples = "3f1d2c4e-8b7a-4f5e-9c6d-1a2b3c4d5e6f")
            UUID councilId,

            @Schema(examples = "운영위원회") String councilName,
            @Schema(examples = "STEERING_COMMITTEE") CouncilKind councilKind,

            @Schema(description = "when the routing last changed")
            Instant updatedAt,

            @Schema(description = "optimistic-lock version, also sent as the ETag", examples = "0")
            long version) {

        static RoutingView of(AgendaRoutingRow row) {
            return new RoutingView(
                    row.source(),
                    row.councilId(),
                    row.councilName(),
                    row.councilKind(),
                    row.updatedAt(),
                    row.version());
        }
    }
}
