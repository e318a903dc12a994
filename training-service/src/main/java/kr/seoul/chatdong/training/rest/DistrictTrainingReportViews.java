package kr.seoul.chatdong.training.rest;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.seoul.chatdong.training.domain.DistrictTrainingReport;
import kr.seoul.chatdong.training.domain.DistrictTrainingReportStatus;
import kr.seoul.chatdong.training.domain.TargetAudience;
import kr.seoul.chatdong.training.service.DistrictTrainingReportService;

/** Request and response bodies of the districts' training reports. */
public final class DistrictTrainingReportViews {

    private DistrictTrainingReportViews() {}

    @Schema(
            name = "NewDistrictTrainingReport",
            description = "자치구 주도교육 held outside the platform: one training's completions in a month")
    public record NewReport(
            @NotBlank
            @Schema(required = true, description = "5-digit code of the reporting district", examples = "11290")
            String districtCode,

            @NotNull @Min(2000) @Max(2100) @Schema(required = true, examples = "2016")
            Integer year,

            @NotNull
            @Min(1)
            @Max(12)
            @Schema(required = true, description = "the month it was held, 1–12", examples = "3")
            Integer month,

            @NotBlank
            @Size(max = DistrictTrainingReport.MAX_TITLE)
            @Schema(required = true, examples = "찾동 공무원 기본교육 (구 자체)")
            String title,

            @NotNull @Schema(required = true, description = "whom it trained", examples = "CIVIL_SERVANT")
            TargetAudience audience,

            @NotNull
            @Min(0)
            @Max(DistrictTrainingReport.MAX_COMPLETIONS)
            @Schema(required = true, description = "people who completed it (수료), 0–5,000", examples = "120")
            Integer completions) {

        DistrictTrainingReportService.ReportTraining toCommand() {
            return new DistrictTrainingReportService.ReportTraining(
                    districtCode.strip(), year, month, title.strip(), audience, completions);
        }
    }

    @Schema(
            name = "DistrictTrainingReportChanges",
            description = "A correction of a district training report (JSON merge patch): absent members stay; each "
                    + "member is required, so null is a 400. District and year are not corrected: withdraw the report "
                    + "and report it again.")
    public record ReportChanges(
            @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank")
            @Size(max = DistrictTrainingReport.MAX_TITLE)
            @Schema(examples = "찾동 공무원 기본교육 (구 자체, 2회차)")
            String title,

            @Schema(examples = "CIVIL_SERVANT") TargetAudience audience,

            @Min(0)
            @Max(DistrictTrainingReport.MAX_COMPLETIONS)
            @Schema(description = "people who completed it (수료), 0–5,000", examples = "118")
            Integer completions,

            @Min(1) @Max(12) @Schema(description = "the month it was held, 1–12", examples = "3")
            Integer month) {

        DistrictTrainingReportService.CorrectReport toCommand(Set<String> removed) {
            return new DistrictTrainingReportService.CorrectReport(
                    title == null ? null : title.strip(), audience, completions, month, removed);
        }
    }

    @Schema(name = "DistrictTrainingReportWithdrawal", description = "Why the report is withdrawn")
    public record Withdrawal(
            @NotBlank
            @Size(max = DistrictTrainingReport.MAX_REASON)
            @Schema(required = true, examples = "같은 교육을 두 번 보고함 (3월 보고에 포함)")
            String reason) {}

    @Schema(
            name = "DistrictTrainingReport",
            description = "A district's report of training it held outside the platform")
    public record ReportView(
            @Schema(examples = "e0000000-0000-4000-8000-000000000001")
            UUID id,

            @Schema(examples = "11290") String districtCode,
            @Schema(examples = "2016") int year,
            @Schema(examples = "3") int month,
            @Schema(examples = "찾동 공무원 기본교육 (구 자체)") String title,
            @Schema(examples = "CIVIL_SERVANT") TargetAudience audience,
            @Schema(examples = "120") int completions,

            @Schema(description = "the account that reported it", examples = "seongbuk.officer")
            String reportedBy,

            Instant reportedAt,

            @Schema(description = "RECORDED (counted) or WITHDRAWN (counted nowhere)", examples = "RECORDED")
            DistrictTrainingReportStatus status,

            @Schema(nullable = true, description = "why it was withdrawn", examples = "같은 교육을 두 번 보고함")
            String withdrawnReason,

            @Schema(nullable = true) Instant withdrawnAt,

            @Schema(description = "optimistic-lock version, also sent as the ETag", examples = "0")
            long version) {

        static ReportView of(DistrictTrainingReport r) {
            return new ReportView(
                    r.id(),
                    r.districtCode(),
                    r.year(),
                    r.month(),
                    r.title(),
                    r.audience(),
                    r.completions(),
                    r.reportedBy(),
                    r.reportedAt(),
                    r.status(),
                    r.withdrawnReason(),
                    r.withdrawnAt(),
                    r.version());
        }
    }
}
