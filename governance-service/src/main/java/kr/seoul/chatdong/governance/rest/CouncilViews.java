package kr.seoul.chatdong.governance.rest;

import kr.seoul.chatdong.governance.repository.CouncilRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.seoul.chatdong.governance.service.GovernanceCommands;

import kr.seoul.chatdong.governance.domain.Council;
import kr.seoul.chatdong.governance.domain.CouncilKind;

/** Request and response bodies of the councils API. */
public final class CouncilViews {

    private CouncilViews() {
    }

    @Schema(name = "NewCouncil", description = "A council or committee to establish")
    public record NewCouncil(
            @NotBlank @Size(max = 200) @Schema(required = true, examples = "성북구 민관협력 협의체") String name,
            @NotNull @Schema(required = true, examples = "DISTRICT") CouncilKind kind,
            @Schema(description = "required for DISTRICT and DISTRICT_SUPPORT_TEAM, absent otherwise", examples = "11290") String districtCode,
            @Schema(examples = "2015-07-01") LocalDate establishedOn,
            @Size(max = 2000) @Schema(examples = "복지기관·주민조직·동 주민센터가 함께하는 자치구 단위 협의체") String description) {

        public GovernanceCommands.EstablishCouncil toCommand() {
            return new GovernanceCommands.EstablishCouncil(name.strip(), kind, districtCode, establishedOn, description);
        }
    }

    @Schema(name = "CouncilChanges", description = "Fields to change (JSON merge patch: absent or null fields stay)")
    public record CouncilChanges(
            @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank") @Size(min = 1, max = 200) @Schema(examples = "성북구 민관협력 협의체 (2기)") String name,
            @Schema(examples = "2016-01-15") LocalDate establishedOn,
            @Size(max = 2000) String description) {

        public GovernanceCommands.ReviseCouncil toCommand(java.util.Set<String> removed) {
            return new GovernanceCommands.ReviseCouncil(name == null ? null : name.strip(), description, establishedOn, removed);
        }
    }

    @Schema(name = "Council", description = "A council or committee")
    public record CouncilView(
            @Schema(examples = "3f1d2c4e-8b7a-4f5e-9c6d-1a2b3c4d5e6f") UUID id,
            @Schema(examples = "성북구 민관협력 협의체") String name,
            @Schema(examples = "DISTRICT") CouncilKind kind,
            @Schema(examples = "11290", nullable = true) String districtCode,
            @Schema(examples = "2015-07-01", nullable = true) LocalDate establishedOn,
            @Schema(nullable = true) String description,
            Instant createdAt,
            @Schema(description = "optimistic-lock version, also sent as the ETag", examples = "0") long version) {

        public static CouncilView of(Council council) {
            return new CouncilView(council.id(), council.name(), council.kind(), council.districtCode(),
                    council.establishedOn(), council.description(), council.createdAt(), council.version());
        }

        public static CouncilView of(CouncilRepository.CouncilRow council) {
            return new CouncilView(council.id(), council.name(), council.kind(), council.districtCode(),
                    council.establishedOn(), council.description(), council.createdAt(), council.version());
        }
    }
}
