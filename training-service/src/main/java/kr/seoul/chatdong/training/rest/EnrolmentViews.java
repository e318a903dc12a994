package kr.seoul.chatdong.training.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.seoul.chatdong.training.domain.Enrolment;
import kr.seoul.chatdong.training.domain.EnrolmentStatus;
import kr.seoul.chatdong.training.domain.Trainee;
import kr.seoul.chatdong.training.query.EnrolmentListItem;
import kr.seoul.chatdong.training.service.EnrolmentCommands;
import kr.seoul.chatdong.training.service.EnrolmentImport;
import kr.seoul.chatdong.training.service.EnrolmentService;

/** Request and response bodies of trainees and enrolments. */
public final class EnrolmentViews {

    private EnrolmentViews() {}

    @Schema(
            name = "NewTrainee",
            description = "A trainee: only what the programme needs (the name never goes into events or logs)")
    public record NewTrainee(
            @NotBlank @Size(max = 100) @Schema(required = true, examples = "김복지")
            String name,

            @NotBlank @Size(max = 200) @Schema(required = true, examples = "성북구 성북동 주민센터")
            String organisation,

            @NotBlank
            @Schema(required = true, description = "5-digit code of the district of the workplace", examples = "11290")
            String districtCode,

            @Schema(
                    description = "10-digit code of the dong of the workplace, when it is a dong",
                    examples = "1129052500")
            String dongCode,

            @NotBlank @Size(max = 50) @Schema(required = true, description = "직렬 or role", examples = "사회복지")
            String jobType,

            @Pattern(regexp = "[A-Za-z0-9-]{1,30}", message = "must be 1 to 30 letters, digits or hyphens")
            @Schema(description = "employee number; identifies the trainee when given", examples = "S2016-0042")
            String employeeNo,

            @Pattern(
                    regexp = "[a-z0-9._@-]{1,255}",
                    message = "must be the person's sign-in account name in lower case (letters, digits, . _ @ -)")
            @Schema(
                    description =
                            "The person's sign-in account name (the token's preferred_username; Keycloak keeps it in lower case). "
                                    + "Links the record to the person: a trainee signed in with this account checks in and answers evaluations as this "
                                    + "trainee. One trainee per account.",
                    examples = "kim.bokji")
            String account) {

        public EnrolmentCommands.RegisterTrainee toCommand() {
            return new EnrolmentCommands.RegisterTrainee(
                    name.strip(),
                    organisation.strip(),
                    districtCode.strip(),
                    dongCode == null || dongCode.isBlank() ? null : dongCode.strip(),
                    jobType.strip(),
                    employeeNo,
                    account);
        }
    }

    @Schema(name = "TraineeAccountLink", description = "The sign-in account a trainee acts with (null unlinks)")
    public record AccountLink(
            @Pattern(
                    regexp = "[a-z0-9._@-]{1,255}",
                    message = "must be the person's sign-in account name in lower case (letters, digits, . _ @ -)")
            @Schema(nullable = true, examples = "kim.bokji")
            String account) {}

    @Schema(name = "Trainee", description = "A trainee")
    public record TraineeView(
            @Schema(examples = "d0000000-0000-4000-8000-000000000001")
            UUID id,

            @Schema(examples = "김복지") String name,
            @Schema(examples = "성북구 성북동 주민센터") String organisation,
            @Schema(examples = "11290") String districtCode,

            @Schema(nullable = true, examples = "1129052500")
            String dongCode,

            @Schema(examples = "사회복지") String jobType,

            @Schema(nullable = true, examples = "S2016-0042")
            String employeeNo,

            @Schema(
                    nullable = true,
                    description = "the sign-in account name linked to this trainee",
                    examples = "kim.bokji")
            String account,

            Instant createdAt,
            @Schema(examples = "0") long version) {

        public static TraineeView of(Trainee t) {
            return new TraineeView(
                    t.id(),
                    t.name(),
                    t.organisation(),
                    t.districtCode(),
                    t.dongCode(),
                    t.jobType(),
                    t.employeeNo(),
                    t.account(),
                    t.createdAt(),
                    t.version());
        }
    }

    @Schema(name = "NewEnrolment", description = "Enrol a registered trainee")
    public record NewEnrolment(
            @NotNull @Schema(required = true, examples = "d0000000-0000-4000-8000-000000000001")
            UUID traineeId) {
        public EnrolmentCommands.Enrol toCommand() {
            return new EnrolmentCommands.Enrol(traineeId);
        }
    }

    @Schema(name = "Enrolment", description = "A trainee's seat in a cohort, or place on its waiting list")
    public record EnrolmentView(
            @Schema(examples = "e0000000-0000-4000-8000-000000000001")
            UUID id,

            @Schema(examples = "b0000000-0000-4000-8000-000000000001")
            UUID cohortId,

            @Schema(examples = "d0000000-0000-4000-8000-000000000001")
            UUID traineeId,

            @Schema(examples = "WAITLISTED") EnrolmentStatus status,

            @Schema(
                    nullable = true,
                    description = "place on the waiting list (1 = next); null unless WAITLISTED",
                    examples = "2")
            Long position,

            @Schema(nullable = true, description = "on a cancellation: the waiting enrolment that took the freed seat")
            UUID promotedEnrolmentId,

            Instant createdAt,
            @Schema(nullable = true) Instant cancelledAt,

            @Schema(
                    nullable = true,
                    description = "null until the cohort completes; then whether the course's rule was met",
                    examples = "true")
            Boolean completed,

            @Schema(
                    nullable = true,
                    description = "attended hours over counted hours, 0..1, set when the cohort completes",
                    examples = "0.9167")
            java.math.BigDecimal attendedShare,

            @Schema(nullable = true, description = "a completer's certificate number", examples = "CD16-7KQ2M9XA")
            String certificateNo,

            @Schema(examples = "0") long version) {

        public static EnrolmentView of(EnrolmentService.EnrolmentDetail d) {
            Enrolment e = d.enrolment();
            return new EnrolmentView(
                    e.id(),
                    e.cohortId(),
                    e.traineeId(),
                    e.status(),
                    d.position(),
                    d.promotedEnrolmentId(),
                    e.createdAt(),
                    e.cancelledAt(),
                    e.completed(),
                    e.attendedShare(),
                    e.certificateNo(),
                    e.version());
        }

        public static EnrolmentView of(EnrolmentListItem e) {
            return new EnrolmentView(
                    e.id(),
                    e.cohortId(),
                    e.traineeId(),
                    e.status(),
                    e.position(),
                    null,
                    e.createdAt(),
                    e.cancelledAt(),
                    e.completed(),
                    e.attendedShare(),
                    e.certificateNo(),
                    e.version());
        }
    }

    @Schema(name = "BulkEnrolmentReport", description = "What a CSV enrolment did: accepted = enrolled + waitlisted")
    public record BulkReport(
            @Schema(examples = "9998") int accepted,
            @Schema(examples = "40") int enrolled,
            @Schema(examples = "9958") int waitlisted,

            @Schema(description = "trainees the file named that were not registered yet", examples = "9990")
            int traineesCreated,

            @Schema(description = "rows not enrolled, by line (the header is line 1)")
            List<RejectedRow> rejected) {

        public static BulkReport of(EnrolmentImport.BulkResult r) {
            return new BulkReport(
                    r.accepted(),
                    r.enrolled(),
                    r.waitlisted(),
                    r.traineesCreated(),
                    r.rejected().stream()
                            .map(x -> new RejectedRow(x.line(), x.reason()))
                            .toList());
        }
    }

    @Schema(name = "RejectedRow", description = "A row that was not enrolled")
    public record RejectedRow(
            @Schema(examples = "7") int line,

            @Schema(examples = "duplicate: the same trainee as line 3")
            String reason) {}
}
