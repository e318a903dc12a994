package kr.seoul.chatdong.cases.rest;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.seoul.chatdong.cases.service.CaseCommands;

import kr.seoul.chatdong.cases.domain.BestPracticeCase;
import kr.seoul.chatdong.cases.domain.CaseSource;
import kr.seoul.chatdong.cases.domain.CaseStatus;
import kr.seoul.chatdong.language.Field;

/** Request and response bodies of the cases API. */
public final class CaseViews {

    private CaseViews() {
    }

    @Schema(name = "NewCase", description = "A best-practice case to draft; give the dong, or the district for a district-wide case")
    public record NewCase(
            @NotBlank @Size(max = 200) @Schema(required = true, examples = "주민과 함께 만든 골목 돌봄 지도") String title,
            @Size(max = 4000) @Schema(examples = "복지플래너와 통반장이 함께 고립 가구를 찾아 돌봄 지도를 만들었다.") String summary,
            @Schema(description = "5-digit district code; may be left out when dongCode is given", examples = "11290") String districtCode,
            @Schema(description = "10-digit dong code", examples = "1129052500") String dongCode,
            @NotNull @Schema(required = true, examples = "WELFARE") Field field) {

        public CaseCommands.DraftCase toCommand() {
            return new CaseCommands.DraftCase(title.strip(), summary, districtCode, dongCode, field);
        }
    }

    @Schema(name = "CaseChanges", description = "Fields to change (JSON merge patch: absent or null fields stay)")
    public record CaseChanges(
            @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank") @Size(min = 1, max = 200) @Schema(examples = "주민과 함께 만든 골목 돌봄 지도") String title,
            @Size(max = 4000) String summary) {

        public CaseCommands.ReviseCase toCommand(java.util.Set<String> removed) {
            return new CaseCommands.ReviseCase(title == null ? null : title.strip(), summary, removed);
        }
    }

    @Schema(name = "BestPracticeCase", description = "A best-practice case")
    public record CaseView(
            @Schema(examples = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d") UUID id,
            @Schema(examples = "주민과 함께 만든 골목 돌봄 지도") String title,
            @Schema(nullable = true) String summary,
            @Schema(examples = "11290") String districtCode,
            @Schema(examples = "1129052500", nullable = true) String dongCode,
            @Schema(examples = "WELFARE") Field field,
            @Schema(examples = "DRAFT") CaseStatus status,
            @Schema(examples = "DISCOVERY_TEAM") CaseSource source,
            @Schema(description = "the monitoring round that nominated it", nullable = true) UUID roundId,
            @Schema(description = "the score that nominated it", nullable = true, examples = "95") Integer score,
            @Schema(description = "id of the event it came from", nullable = true) String sourceEventId,
            @Schema(description = "why a nomination was WITHDRAWN (a corrected score below the excellence bar)", nullable = true) String withdrawnReason,
            Instant createdAt,
            @Schema(description = "optimistic-lock version, also sent as the ETag", examples = "0") long version) {

        public static CaseView of(BestPracticeCase c) {
            return new CaseView(c.id(), c.title(), c.summary(), c.districtCode(), c.dongCode(), c.field(), c.status(),
                    c.source(), c.roundId(), c.score(), c.sourceEventId(), c.withdrawnReason(), c.createdAt(), c.version());
        }

        public static CaseView of(kr.seoul.chatdong.cases.repository.BestPracticeCaseRepository.CaseRow c) {
            return new CaseView(c.id(), c.title(), c.summary(), c.districtCode(), c.dongCode(), c.field(), c.status(),
                    c.source(), c.roundId(), c.score(), c.sourceEventId(), c.withdrawnReason(), c.createdAt(), c.version());
        }
    }
}
