package kr.seoul.chatdong.training.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.seoul.chatdong.training.domain.Cohort;
import kr.seoul.chatdong.training.domain.CohortSession;
import kr.seoul.chatdong.training.domain.CohortStatus;
import kr.seoul.chatdong.training.domain.Instructor;
import kr.seoul.chatdong.training.query.CohortListItem;
import kr.seoul.chatdong.training.service.CohortCommands;
import kr.seoul.chatdong.training.service.CohortService;

/** Request and response bodies of the cohorts API. */
public final class CohortViews {

    private CohortViews() {}

    @Schema(name = "NewCohort", description = "A cohort (기수) of a course; past dates record a cohort after the fact")
    public record NewCohort(
            @NotNull @Schema(required = true, examples = "a0000000-0000-4000-8000-000000000009")
            UUID courseId,

            @NotNull
            @Min(1)
            @Max(999)
            @Schema(required = true, description = "기수 number within the course", examples = "4")
            Integer number,

            @NotNull @Schema(required = true, examples = "2016-03-16")
            LocalDate startsOn,

            @NotNull @Schema(required = true, examples = "2016-03-18")
            LocalDate endsOn,

            @Size(max = 200) @Schema(examples = "서울시 인재개발원 2강의실")
            String venue,

            @NotNull
            @Min(1)
            @Max(20000)
            @Schema(required = true, description = "seats; further enrolments wait", examples = "40")
            Integer capacity,

            @Size(max = 50)
            @Schema(
                    description = "registry ids of the cohort's instructors (POST /api/v1/instructors), each active "
                            + "on some of the cohort's days",
                    examples = "[\"7d1f5a3e-2b4c-4e8f-9a0b-1c2d3e4f5a6b\"]")
            Set<@NotNull UUID> instructorIds) {

        public CohortCommands.PlanCohort toCommand() {
            return new CohortCommands.PlanCohort(
                    courseId,
                    number,
                    startsOn,
                    endsOn,
                    venue == null || venue.isBlank() ? null : venue.strip(),
                    capacity,
                    instructorIds == null ? Set.of() : instructorIds);
        }
    }

    @Schema(name = "CohortCancellation", description = "Why the cohort is cancelled")
    public record CancelInput(
            @NotBlank @Size(max = 1000) @Schema(required = true, examples = "강사 사정으로 일정 취소")
            String reason) {
        public CohortCommands.CancelCohort toCommand() {
            return new CohortCommands.CancelCohort(reason.strip());
        }
    }

    @Schema(name = "Cohort", description = "A cohort with its seats and the steps allowed next")
    public record CohortView(
            @Schema(examples = "b0000000-0000-4000-8000-000000000001")
            UUID id,

            @Schema(examples = "a0000000-0000-4000-8000-000000000009")
            UUID courseId,

            @Schema(examples = "1") int number,
            @Schema(examples = "2016-02-24") LocalDate startsOn,
            @Schema(examples = "2016-02-26") LocalDate endsOn,

            @Schema(nullable = true, examples = "서울시 인재개발원 2강의실")
            String venue,

            @Schema(examples = "40") int capacity,

            @Schema(description = "sorted as text (the order of the list's)")
            List<UUID> instructorIds,

            @Schema(
                    description =
                            "the cohort's instructors from the registry, in instructorIds' order (name null: an id "
                                    + "planned before the registry)")
            List<CohortInstructorView> instructors,

            @Schema(examples = "OPEN") CohortStatus status,

            @Schema(
                    description = "the steps allowed from this state (POST …/{id}/{step})",
                    examples = "[\"close\", \"cancel\"]")
            List<String> allowedSteps,

            @Schema(description = "trainees with a seat", examples = "40")
            long enrolled,

            @Schema(description = "trainees on the waiting list", examples = "3")
            long waitlisted,

            @Schema(nullable = true, examples = "강사 사정으로 일정 취소")
            String cancelReason,

            Instant createdAt,

            @Schema(description = "optimistic-lock version, also sent as the ETag", examples = "1")
            long version) {

        public static CohortView of(CohortService.CohortDetail detail) {
            Cohort c = detail.cohort();
            return new CohortView(
                    c.id(),
                    c.courseId(),
                    c.number(),
                    c.startsOn(),
                    c.endsOn(),
                    c.venue(),
                    c.capacity(),
                    detail.instructors().stream().map(Instructor.Named::id).toList(),
                    detail.instructors().stream().map(CohortInstructorView::of).toList(),
                    c.status(),
                    c.allowedSteps().stream().map(Enum::name).toList(),
                    detail.seats().enrolled(),
                    detail.seats().waitlisted(),
                    c.cancelReason(),
                    c.createdAt(),
                    c.version());
        }

        public static CohortView of(CohortListItem c) {
            return new CohortView(
                    c.id(),
                    c.courseId(),
                    c.number(),
                    c.startsOn(),
                    c.endsOn(),
                    c.venue(),
                    c.capacity(),
                    c.instructors().stream().map(Instructor.Named::id).toList(),
                    c.instructors().stream().map(CohortInstructorView::of).toList(),
                    c.status(),
                    steps(c.status()),
                    c.seats().enrolled(),
                    c.seats().waitlisted(),
                    c.cancelReason(),
                    c.createdAt(),
                    c.version());
        }

        private static List<String> steps(CohortStatus status) {
            return switch (status) {
                case PLANNED -> List.of("open", "cancel");
                case OPEN -> List.of("close", "cancel");
                case CLOSED -> List.of("complete", "cancel");
                case COMPLETED, CANCELLED -> List.of();
            };
        }
    }

    @Schema(name = "CohortInstructor", description = "An instructor of a cohort: registry id and name")
    public record CohortInstructorView(
            @Schema(examples = "7d1f5a3e-2b4c-4e8f-9a0b-1c2d3e4f5a6b")
            UUID id,

            @Schema(nullable = true, examples = "정강사") String name) {

        static CohortInstructorView of(Instructor.Named named) {
            return new CohortInstructorView(named.id(), named.name());
        }
    }

    @Schema(name = "NewSession", description = "A session (차시) of a cohort, within the cohort's dates (Seoul time)")
    public record NewSession(
            @NotNull @Schema(required = true, examples = "2016-02-24T09:00:00+09:00")
            Instant startsAt,

            @NotNull @Schema(required = true, examples = "2016-02-24T16:00:00+09:00")
            Instant endsAt,

            @NotNull
            @DecimalMin(value = "0.5")
            @DecimalMax("24")
            @Digits(integer = 2, fraction = 1)
            @Schema(
                    required = true,
                    description = "hours it counts for attendance; at most the session's length",
                    examples = "6")
            BigDecimal hours) {

        public CohortCommands.HoldSession toCommand() {
            return new CohortCommands.HoldSession(startsAt, endsAt, hours);
        }
    }

    @Schema(name = "Session", description = "A session of a cohort")
    public record SessionView(
            @Schema(examples = "c0000000-0000-4000-8000-000000000001")
            UUID id,

            @Schema(examples = "b0000000-0000-4000-8000-000000000001")
            UUID cohortId,

            @Schema(examples = "2016-02-24T00:00:00Z") Instant startsAt,
            @Schema(examples = "2016-02-24T07:00:00Z") Instant endsAt,
            @Schema(examples = "6") BigDecimal hours,
            Instant createdAt,
            @Schema(examples = "0") long version) {

        public static SessionView of(CohortSession s) {
            return new SessionView(
                    s.id(),
                    s.cohortId(),
                    s.startsAt(),
                    s.endsAt(),
                    s.hours().stripTrailingZeros(),
                    s.createdAt(),
                    s.version());
        }
    }
}
