package kr.seoul.chatdong.cases.rest;

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

import kr.seoul.chatdong.cases.domain.ManualFeedback;
import kr.seoul.chatdong.cases.domain.ManualVersion;
import kr.seoul.chatdong.cases.domain.ManualVolume;
import kr.seoul.chatdong.cases.service.SolutionDeskCommands;

/** Request and response bodies of {@link ManualResource}. */
public final class ManualViews {

    private ManualViews() {}

    @Schema(name = "NewManualVersion", description = "A published version of a volume and the feedback it took in")
    public record NewVersion(
            @NotBlank
            @Size(max = 40)
            @Pattern(
                    regexp = "[A-Za-z0-9._-]+",
                    message = "must be letters, digits, ., _ or - (it is part of the version's address)")
            @Schema(required = true, examples = "2016")
            String version,

            @NotNull @Schema(required = true, examples = "2016-04-29")
            LocalDate publishedOn,

            @NotNull @Min(0) @Max(1_000_000) @Schema(required = true, examples = "700")
            Integer copies,

            @Size(max = 500)
            @Schema(description = "OPEN feedback of this volume the version takes in (it becomes ADOPTED)")
            List<@NotNull UUID> feedbackIds) {

        SolutionDeskCommands.PublishVersion toCommand() {
            return new SolutionDeskCommands.PublishVersion(version.strip(), publishedOn, copies, feedbackIds);
        }
    }

    @Schema(name = "NewManualFeedback", description = "Feedback from a district on a section of a volume")
    public record NewFeedback(
            @NotBlank @Size(max = 200) @Schema(required = true, examples = "3장 방문상담 절차")
            String section,

            @NotBlank @Size(max = 4000) @Schema(required = true, examples = "65세 도래 어르신 방문 시 동행 인력 기준을 적어 주세요.")
            String text,

            @NotBlank
            @Pattern(regexp = "[0-9]{5}", message = "must be a 5-digit district code")
            @Schema(required = true, examples = "11290")
            String districtCode) {}

    @Schema(name = "DeclineManualFeedback")
    public record DeclineInput(
            @NotBlank @Size(max = 1200) @Schema(required = true, examples = "행정 매뉴얼의 범위 밖입니다.")
            String reason) {}

    @Schema(name = "ManualVolume")
    public record VolumeView(
            @Schema(examples = "welfare-health") String id,
            @Schema(examples = "복지·건강") String title,
            @Schema(examples = "1") int position) {

        static VolumeView of(ManualVolume v) {
            return new VolumeView(v.id(), v.title(), v.position());
        }
    }

    @Schema(name = "ManualFeedback")
    public record FeedbackView(
            UUID id,
            @Schema(examples = "welfare-health") String volumeId,
            @Schema(examples = "3장 방문상담 절차") String section,

            @Schema(examples = "65세 도래 어르신 방문 시 동행 인력 기준을 적어 주세요.")
            String text,

            @Schema(examples = "11290") String districtCode,
            @Schema(examples = "OPEN") ManualFeedback.Status status,

            @Schema(nullable = true, description = "the version that took it in")
            UUID adoptedIn,

            @Schema(nullable = true, examples = "행정 매뉴얼의 범위 밖입니다.")
            String declinedReason,

            @Schema(examples = "test-officer-11290@seoul.go.kr")
            String createdBy,

            Instant createdAt,
            @Schema(examples = "0") long version) {

        static FeedbackView of(ManualFeedback f) {
            return new FeedbackView(
                    f.id(),
                    f.volumeId(),
                    f.section(),
                    f.text(),
                    f.districtCode(),
                    f.status(),
                    f.adoptedIn(),
                    f.declinedReason(),
                    f.createdBy(),
                    f.createdAt(),
                    f.version());
        }
    }

    @Schema(name = "ManualVersion")
    public record VersionView(
            UUID id,
            @Schema(examples = "welfare-health") String volumeId,
            @Schema(examples = "2016") String version,
            @Schema(examples = "2016-04-29") LocalDate publishedOn,
            @Schema(examples = "700") int copies,

            @Schema(description = "the feedback it took in (lists leave it out)")
            List<FeedbackView> adoptedFeedback,

            Instant createdAt) {

        static VersionView of(ManualVersion v, List<ManualFeedback> adopted) {
            return new VersionView(
                    v.id(),
                    v.volumeId(),
                    v.version(),
                    v.publishedOn(),
                    v.copies(),
                    adopted.stream().map(FeedbackView::of).toList(),
                    v.createdAt());
        }
    }
}
