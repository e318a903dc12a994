package kr.seoul.chatdong.cases.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.seoul.chatdong.cases.domain.DistributionChannel;
import kr.seoul.chatdong.cases.domain.ManualAudience;
import kr.seoul.chatdong.cases.domain.ManualFeedback;
import kr.seoul.chatdong.cases.domain.ManualKind;
import kr.seoul.chatdong.cases.domain.ManualVersion;
import kr.seoul.chatdong.cases.domain.ManualVersionStatus;
import kr.seoul.chatdong.cases.domain.ManualVolume;
import kr.seoul.chatdong.cases.domain.Question;
import kr.seoul.chatdong.cases.service.ManualCommands;
import kr.seoul.chatdong.commons.documents.DocumentType;
import kr.seoul.chatdong.commons.documents.StoredDocument;

/** Request and response bodies of {@link ManualResource}. */
public final class ManualViews {

    private ManualViews() {}

    @Schema(name = "NewManualVolume", description = "A volume of the manuals: it starts with version 1 in DRAFTING")
    public record NewVolume(
            @NotBlank @Size(max = 200) @Schema(required = true, examples = "자치구 추진지원단 운영 매뉴얼")
            String title,

            @NotNull @Schema(required = true, examples = "MANUAL")
            ManualKind kind,

            @NotNull
            @Schema(
                    required = true,
                    description = "whom it is written for: training's audiences and SUPPORT_TEAM",
                    examples = "SUPPORT_TEAM")
            ManualAudience audience) {

        ManualCommands.CreateVolume toCommand() {
            return new ManualCommands.CreateVolume(title.strip(), kind, audience);
        }
    }

    @Schema(
            name = "NewManualVersion",
            description = "The next version of a volume, DRAFTING; the body may be empty or left out")
    public record NewVersion(
            @Size(max = 40)
            @Pattern(regexp = "[A-Za-z0-9._-]+", message = "must be letters, digits, ., _ or -")
            @Schema(nullable = true, description = "a name for it, once per volume", examples = "2016")
            String label,

            @Size(max = 500)
            @Schema(description = "OPEN feedback of this volume the version takes in (it becomes ADOPTED)")
            List<@NotNull UUID> feedbackIds) {

        static final NewVersion EMPTY = new NewVersion(null, null);

        ManualCommands.StartVersion toCommand() {
            return new ManualCommands.StartVersion(label == null ? null : label.strip(), feedbackIds);
        }
    }

    @Schema(name = "ApproveManualVersion", description = "The governance decision that approved the version")
    public record ApproveInput(
            @NotNull @Schema(required = true, examples = "5d2f7a1e-8c3b-4f0a-9e61-2b7c4d9a0e15")
            UUID meetingId,

            @NotNull @Schema(required = true, examples = "c8e4b2d6-1f3a-4e7b-9c05-6a2d8f1e3b79")
            UUID decisionId) {

        ManualCommands.Approve toCommand() {
            return new ManualCommands.Approve(meetingId, decisionId);
        }
    }

    @Schema(name = "DistributeManualVersion", description = "How the approved version is distributed")
    public record DistributeInput(
            @NotNull @Min(0) @Max(1_000_000) @Schema(required = true, description = "printed copies", examples = "700")
            Integer copies,

            @NotEmpty @Size(max = 3) @Schema(required = true, examples = "[\"PRINT\", \"WEB\"]")
            List<@NotNull DistributionChannel> channels) {

        ManualCommands.Distribute toCommand() {
            return new ManualCommands.Distribute(copies, Set.copyOf(channels));
        }
    }

    @Schema(name = "AdoptQuestion", description = "The manual version a solution-desk question is taken into")
    public record AdoptInput(
            @NotBlank @Size(max = 40) @Schema(required = true, examples = "welfare-planner-handbook")
            String volumeId,

            @NotNull @Min(1) @Schema(required = true, examples = "1")
            Integer version) {

        ManualCommands.AdoptQuestion toCommand() {
            return new ManualCommands.AdoptQuestion(volumeId.strip(), version);
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
            @Schema(examples = "support-team-operations") String id,
            @Schema(examples = "자치구 추진지원단 운영 매뉴얼") String title,
            @Schema(examples = "MANUAL") ManualKind kind,
            @Schema(examples = "SUPPORT_TEAM") ManualAudience audience,
            @Schema(examples = "5") int position,

            @Schema(nullable = true, description = "its highest-numbered version")
            LatestVersion latestVersion) {

        static VolumeView of(ManualVolume v, ManualVersion latest) {
            return new VolumeView(
                    v.id(),
                    v.title(),
                    v.kind(),
                    v.audience(),
                    v.position(),
                    latest == null ? null : new LatestVersion(latest.number(), latest.label(), latest.status()));
        }
    }

    @Schema(name = "ManualLatestVersion")
    public record LatestVersion(
            @Schema(examples = "1") int version,
            @Schema(nullable = true, examples = "2016") String label,
            @Schema(examples = "DRAFTING") ManualVersionStatus status) {}

    @Schema(name = "ManualAdoptedQuestion", description = "A solution-desk question a version took in")
    public record AdoptedQuestionView(
            UUID id,
            @Schema(examples = "11290") String districtCode,
            @Schema(examples = "방문간호") String topic,
            @Schema(examples = "ANSWERED") Question.Status status) {

        static AdoptedQuestionView of(Question q) {
            return new AdoptedQuestionView(q.id(), q.districtCode(), q.topic(), q.status());
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

    @Schema(
            name = "ManualVersionDocument",
            description = "A manual version's document: the file districts download (its bytes at href)")
    public record DocumentView(
            @Schema(description = "the original file name", examples = "자치구_추진지원단_운영매뉴얼_2016.hwp")
            String fileName,

            @Schema(description = "detected from the bytes", examples = "HWP")
            DocumentType type,

            @Schema(examples = "application/x-hwp") String mediaType,

            @Schema(description = "bytes", examples = "14848")
            long size,

            @Schema(
                    description = "SHA-256 of the bytes (hex); the download's ETag, and If-Match of a replacement",
                    examples = "3b6f1c9e0d2a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9012345678")
            String sha256,

            Instant uploadedAt,

            @Schema(examples = "editor-kim") String uploadedBy,

            @Schema(examples = "/api/v1/manuals/support-team-operations/versions/1/document")
            String href) {

        static DocumentView of(ManualVersion v, StoredDocument d) {
            return d == null
                    ? null
                    : new DocumentView(
                            d.fileName(),
                            d.type(),
                            d.mediaType(),
                            d.size(),
                            d.sha256(),
                            d.createdAt(),
                            d.createdBy(),
                            "/api/v1/manuals/" + v.volumeId() + "/versions/" + v.number() + "/document");
        }
    }

    @Schema(name = "ManualVersion")
    public record VersionView(
            UUID id,
            @Schema(examples = "support-team-operations") String volumeId,

            @Schema(description = "its number in the volume: 1, 2, …", examples = "1")
            int version,

            @Schema(nullable = true, examples = "2016") String label,
            @Schema(examples = "DRAFTING") ManualVersionStatus status,

            @Schema(description = "the steps allowed from its status", examples = "[\"submit\"]")
            List<String> allowedSteps,

            @Schema(nullable = true) Instant submittedAt,

            @Schema(
                    nullable = true,
                    description = "the meeting whose decision approved it",
                    examples = "5d2f7a1e-8c3b-4f0a-9e61-2b7c4d9a0e15")
            UUID approvedMeetingId,

            @Schema(
                    nullable = true,
                    description = "the decision that approved it",
                    examples = "c8e4b2d6-1f3a-4e7b-9c05-6a2d8f1e3b79")
            UUID approvedDecisionId,

            @Schema(nullable = true) Instant approvedAt,

            @Schema(nullable = true, examples = "2016-04-29")
            LocalDate distributedOn,

            @Schema(nullable = true, description = "printed copies", examples = "700")
            Integer copies,

            @Schema(description = "empty until distributed (and for versions recorded before the life cycle)")
            List<DistributionChannel> channels,

            @Schema(
                    nullable = true,
                    description = "its document (PUT …/document uploads it while DRAFTING or IN_REVIEW); null until "
                            + "uploaded")
            DocumentView document,

            @Schema(description = "the feedback it took in (lists leave it out)")
            List<FeedbackView> adoptedFeedback,

            @Schema(description = "the solution-desk questions it took in (lists leave them out)")
            List<AdoptedQuestionView> adoptedQuestions,

            @Schema(nullable = true, examples = "editor-kim")
            String createdBy,

            Instant createdAt) {

        /** As lists show it: without the feedback and questions it took in. */
        static VersionView of(ManualVersion v, StoredDocument document) {
            return of(v, document, List.of(), List.of());
        }

        static VersionView of(
                ManualVersion v, StoredDocument document, List<ManualFeedback> feedback, List<Question> questions) {
            return new VersionView(
                    v.id(),
                    v.volumeId(),
                    v.number(),
                    v.label(),
                    v.status(),
                    v.allowedSteps().stream().map(Enum::name).toList(),
                    v.submittedAt(),
                    v.approvedMeetingId(),
                    v.approvedDecisionId(),
                    v.approvedAt(),
                    v.distributedOn(),
                    v.copies(),
                    v.channels(),
                    DocumentView.of(v, document),
                    feedback.stream().map(FeedbackView::of).toList(),
                    questions.stream().map(AdoptedQuestionView::of).toList(),
                    v.createdBy(),
                    v.createdAt());
        }
    }
}
