package kr.seoul.chatdong.monitoring.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.monitoring.domain.Assessment;
import kr.seoul.chatdong.monitoring.domain.MonitoringRound;
import kr.seoul.chatdong.monitoring.domain.RoundScope;
import kr.seoul.chatdong.monitoring.domain.RoundStatus;
import kr.seoul.chatdong.monitoring.query.AssessmentListItem;
import kr.seoul.chatdong.monitoring.query.RoundListItem;
import kr.seoul.chatdong.monitoring.service.RoundCommands;

/** Request and response bodies of the rounds API. */
public final class RoundViews {

    private RoundViews() {}

    @Schema(name = "NewRound", description = "A monitoring round to plan")
    public record NewRound(
            @NotBlank @Size(max = 200) @Schema(required = true, examples = "2016년 2차 모니터링 (1단계 80개동)")
            String name,

            @NotNull @Schema(required = true, examples = "2016-02-01")
            LocalDate startsOn,

            @NotNull @Schema(required = true, examples = "2016-03-31")
            LocalDate endsOn,

            @Size(max = 1000)
            @Schema(
                    description = "the scope as 10-digit codes of dongs; no duplicates. Exactly one of dongCodes, "
                            + "districtCodes and upToPhase",
                    examples = "[\"1129052500\", \"1129054500\"]")
            List<@NotNull @Pattern(regexp = "\\d{10}", message = "must be a 10-digit 행정동 code") String> dongCodes,

            @Size(max = 25)
            @Schema(
                    description = "the scope as 5-digit codes of districts: all their dongs; no duplicates",
                    examples = "[\"11290\", \"11200\"]")
            List<@NotNull @Pattern(regexp = "\\d{5}", message = "must be a 5-digit 자치구 code") String> districtCodes,

            @Min(1)
            @Max(3)
            @Schema(
                    description = "the scope as the roll-out: every dong assigned to this phase or an earlier one "
                            + "when the round is planned (GET /api/v1/rollout-phases)",
                    examples = "1")
            Integer upToPhase,

            @Min(0)
            @Max(100)
            @Schema(
                    description = "a (dong, field) scoring below this gets consulting (미흡동)",
                    defaultValue = "60",
                    examples = "60")
            Integer underperformingBelow,

            @Min(0)
            @Max(100)
            @Schema(
                    description = "a (dong, field) scoring at least this is nominated as a best practice",
                    defaultValue = "90",
                    examples = "90")
            Integer excellentFrom,

            @Schema(
                    description = "first day of the consulting window (visits to 미흡 dongs); may be set later",
                    examples = "2016-04-01")
            LocalDate consultingFrom,

            @Schema(description = "last day of the consulting window", examples = "2016-05-31")
            LocalDate consultingTo) {

        public RoundCommands.PlanRound toCommand() {
            return new RoundCommands.PlanRound(
                    name.strip(),
                    startsOn,
                    endsOn,
                    dongCodes,
                    districtCodes,
                    upToPhase,
                    underperformingBelow,
                    excellentFrom,
                    consultingFrom,
                    consultingTo);
        }
    }

    @Schema(name = "RoundChanges", description = "Fields to change (JSON merge patch: absent or null fields stay)")
    public record RoundChanges(
            @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank")
            @Size(min = 1, max = 200)
            @Schema(examples = "2016년 3차 모니터링 (1·2단계 282개동)")
            String name,

            @Schema(examples = "2016-08-01") LocalDate startsOn,
            @Schema(examples = "2016-11-30") LocalDate endsOn,

            @Schema(
                    description =
                            "first day of the consulting window; may change after completion too; null removes it",
                    examples = "2016-04-01")
            LocalDate consultingFrom,

            @Schema(description = "last day of the consulting window; null removes it", examples = "2016-05-31")
            LocalDate consultingTo) {

        public RoundCommands.ReviseRound toCommand(java.util.Set<String> removed) {
            return new RoundCommands.ReviseRound(
                    name == null ? null : name.strip(), startsOn, endsOn, consultingFrom, consultingTo, removed);
        }
    }

    @Schema(name = "Round", description = "A monitoring round")
    public record RoundView(
            @Schema(examples = "0b9c7f7e-2a55-4c8e-9d2b-5f0f3c7f1a10")
            UUID id,

            @Schema(examples = "2016년 2차 모니터링 (1단계 80개동)") String name,
            @Schema(examples = "2016-02-01") LocalDate startsOn,
            @Schema(examples = "2016-03-31") LocalDate endsOn,
            @Schema(examples = "60") int underperformingBelow,
            @Schema(examples = "90") int excellentFrom,
            @Schema(examples = "PLANNED") RoundStatus status,

            @Schema(description = "number of dongs in scope", examples = "80")
            int dongCount,

            @Schema(description = "how the dongs were chosen")
            ScopeView scope,

            List<String> dongCodes,

            @Schema(description = "progress: (dong, field) pairs assessed so far")
            Progress progress,

            @Schema(nullable = true, description = "first day of the consulting window", examples = "2016-04-01")
            LocalDate consultingFrom,

            @Schema(nullable = true, description = "last day of the consulting window", examples = "2016-05-31")
            LocalDate consultingTo,

            Instant createdAt,
            @Schema(nullable = true) Instant completedAt,

            @Schema(description = "optimistic-lock version, also sent as the ETag", examples = "0")
            long version) {

        public static RoundView of(MonitoringRound round, long assessed) {
            return new RoundView(
                    round.id(),
                    round.name(),
                    round.startsOn(),
                    round.endsOn(),
                    round.underperformingBelow(),
                    round.excellentFrom(),
                    round.status(),
                    round.dongCodes().size(),
                    ScopeView.of(round.scope()),
                    List.copyOf(round.dongCodes()),
                    new Progress(assessed, round.expectedAssessments()),
                    round.consultingFrom(),
                    round.consultingTo(),
                    round.createdAt(),
                    round.completedAt(),
                    round.version());
        }
    }

    @Schema(name = "RoundScope", description = "How a round's dongs were chosen when it was planned")
    public record ScopeView(
            @Schema(
                    description =
                            "DONGS (a list of dongs), DISTRICTS (all dongs of the districts) or PHASE (every dong assigned to "
                                    + "a roll-out phase up to upToPhase)",
                    examples = "PHASE")
            RoundScope.Kind kind,

            @Schema(nullable = true, description = "for DISTRICTS", examples = "[\"11290\"]")
            List<String> districtCodes,

            @Schema(nullable = true, description = "for PHASE", examples = "1")
            Integer upToPhase) {

        static ScopeView of(RoundScope scope) {
            return new ScopeView(scope.kind(), scope.districtCodes(), scope.upToPhase());
        }
    }

    @Schema(name = "RoundProgress")
    public record Progress(
            @Schema(examples = "318") long assessed,

            @Schema(description = "dongs in scope × 4 fields", examples = "320")
            long expected) {}

    @Schema(name = "AssessmentInput", description = "One dong's score in one field")
    public record AssessmentInput(
            @NotNull @Min(0) @Max(100) @Schema(required = true, examples = "58")
            Integer score,

            @Size(max = 4000) @Schema(examples = "방문 상담 기록이 누락된 사례가 많음")
            String findings,

            @Size(max = 1000)
            @Schema(
                    description =
                            "why a score of a COMPLETED round is corrected (required then; it travels in "
                                    + "assessment.corrected and on every record withdrawn because of it — never a person's name)",
                    examples = "복지 분야 방문상담 실적 누락분 확인 후 재채점")
            String reason) {

        public RoundCommands.Score toCommand(String dongCode, Field field) {
            return new RoundCommands.Score(
                    dongCode, field, score, findings, reason == null || reason.isBlank() ? null : reason.strip());
        }
    }

    @Schema(name = "AssessmentBatchItem", description = "One assessment in a batch")
    public record AssessmentBatchItem(
            @NotNull
            @Pattern(regexp = "\\d{10}", message = "must be a 10-digit 행정동 code")
            @Schema(required = true, examples = "1129052500")
            String dongCode,

            @NotNull @Schema(required = true, examples = "WELFARE")
            Field field,

            @NotNull @Min(0) @Max(100) @Schema(required = true, examples = "72")
            Integer score,

            @Size(max = 4000) String findings) {

        public RoundCommands.Score toCommand() {
            return new RoundCommands.Score(dongCode, field, score, findings);
        }
    }

    @Schema(name = "Assessment", description = "One dong's score in one field of a round")
    public record AssessmentView(
            UUID roundId,
            @Schema(examples = "1129052500") String dongCode,
            @Schema(examples = "WELFARE") Field field,
            @Schema(examples = "58") int score,
            @Schema(nullable = true) String findings,
            Instant assessedAt,

            @Schema(description = "optimistic-lock version, also sent as the ETag", examples = "0")
            long version) {

        public static AssessmentView of(Assessment a) {
            return new AssessmentView(
                    a.roundId(), a.dongCode(), a.field(), a.score(), a.findings(), a.assessedAt(), a.version());
        }

        public static AssessmentView of(AssessmentListItem a) {
            return new AssessmentView(
                    a.roundId(), a.dongCode(), a.field(), a.score(), a.findings(), a.assessedAt(), a.version());
        }
    }

    @Schema(name = "RoundSummary", description = "A monitoring round in a list (without its dong codes)")
    public record RoundSummary(
            @Schema(examples = "0b9c7f7e-2a55-4c8e-9d2b-5f0f3c7f1a10")
            UUID id,

            @Schema(examples = "2016년 2차 모니터링 (1단계 80개동)") String name,
            @Schema(examples = "2016-02-01") LocalDate startsOn,
            @Schema(examples = "2016-03-31") LocalDate endsOn,
            @Schema(examples = "COMPLETED") RoundStatus status,

            @Schema(description = "number of dongs in scope", examples = "80")
            int dongCount) {

        public static RoundSummary of(MonitoringRound round) {
            return new RoundSummary(
                    round.id(),
                    round.name(),
                    round.startsOn(),
                    round.endsOn(),
                    round.status(),
                    round.dongCodes().size());
        }

        public static RoundSummary of(RoundListItem round) {
            return new RoundSummary(
                    round.id(), round.name(), round.startsOn(), round.endsOn(), round.status(), round.dongCount());
        }
    }
}
