package kr.seoul.chatdong.training.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.training.domain.Audience;
import kr.seoul.chatdong.training.domain.CompletionRule;
import kr.seoul.chatdong.training.domain.Course;
import kr.seoul.chatdong.training.domain.CourseCategory;
import kr.seoul.chatdong.training.domain.CourseTrack;
import kr.seoul.chatdong.training.service.CourseCommands;

/** Request and response bodies of the courses API. */
public final class CourseViews {

    private CourseViews() {}

    @Schema(name = "NewCourse", description = "A course to offer")
    public record NewCourse(
            @NotBlank @Size(max = 200) @Schema(required = true, examples = "찾아가는 복지 실무과정")
            String title,

            @NotNull @Schema(required = true, examples = "VISITING_WELFARE_PRACTICE")
            CourseTrack track,

            @NotNull @Min(1) @Max(200) @Schema(required = true, description = "contact hours", examples = "21")
            Integer hours,

            @Schema(description = "fields (분야) the course builds capacity in", examples = "[\"WELFARE\", \"HEALTH\"]")
            Set<@NotNull Field> fields,

            @Size(max = 2000) @Schema(examples = "복지플래너·방문간호사의 가정방문 실무")
            String description,

            @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,39}", message = "must be 2 to 40 capital letters, digits or hyphens")
            @Schema(description = "short unique code; optional", examples = "CD16-VWP")
            String code,

            @Schema(description = "공통·직무·리더십; COMMON when absent", examples = "JOB")
            CourseCategory category,

            @Schema(
                    description = "who the course is for",
                    examples = "[\"NEW_CIVIL_SERVANT\", \"SERVING_CIVIL_SERVANT\"]")
            Set<@NotNull Audience> audiences,

            @Schema(
                    description =
                            "CITY (서울시 주도, the default) or the 5-digit code of the district that runs it (자치구 주도)",
                    examples = "CITY")
            String organiser,

            @Valid @Schema(description = "수료 기준; 80% of the hours and no evaluation required when absent")
            CompletionRuleView completionRule) {

        public CourseCommands.OfferCourse toCommand() {
            CompletionRuleView rule = completionRule == null ? CompletionRuleView.STANDARD : completionRule;
            return new CourseCommands.OfferCourse(
                    title.strip(),
                    track,
                    hours,
                    fields == null ? Set.of() : fields,
                    description,
                    code,
                    category == null ? CourseCategory.COMMON : category,
                    audiences == null ? Set.of() : audiences,
                    organiser == null ? null : organiser.strip(),
                    rule.minAttendanceShare() == null ? CompletionRule.DEFAULT_SHARE : rule.minAttendanceShare(),
                    Boolean.TRUE.equals(rule.evaluationRequired()));
        }
    }

    @Schema(
            name = "CompletionRule",
            description = "수료 기준: the share of the cohort's hours to attend (PRESENT or LATE; EXCUSED hours are "
                    + "left out), and whether the satisfaction evaluation must be answered")
    public record CompletionRuleView(
            @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 2) @Schema(examples = "0.8")
            BigDecimal minAttendanceShare,

            @Schema(examples = "false") Boolean evaluationRequired) {

        static final CompletionRuleView STANDARD = new CompletionRuleView(CompletionRule.DEFAULT_SHARE, false);

        static CompletionRuleView of(CompletionRule rule) {
            return new CompletionRuleView(rule.minAttendanceShare(), rule.evaluationRequired());
        }
    }

    @Schema(name = "CourseChanges", description = "Fields to change (JSON merge patch: absent or null fields stay)")
    public record CourseChanges(
            @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank")
            @Size(min = 1, max = 200)
            @Schema(examples = "찾아가는 복지 심화과정")
            String title,

            @Min(1) @Max(200) @Schema(examples = "28") Integer hours,
            Set<@NotNull Field> fields,
            @Size(max = 2000) String description) {

        public CourseCommands.ReviseCourse toCommand(Set<String> removed) {
            return new CourseCommands.ReviseCourse(
                    title == null ? null : title.strip(), hours, fields, description, removed);
        }
    }

    @Schema(name = "Course", description = "A course")
    public record CourseView(
            @Schema(examples = "5c2e8f1a-1b2c-4d3e-8f9a-0b1c2d3e4f5a")
            UUID id,

            @Schema(nullable = true, examples = "CD16-VWP") String code,
            @Schema(examples = "찾아가는 복지 실무과정") String title,
            @Schema(examples = "VISITING_WELFARE_PRACTICE") CourseTrack track,
            @Schema(examples = "JOB") CourseCategory category,
            @Schema(description = "in audience order") List<Audience> audiences,
            @Schema(examples = "CITY") String organiser,
            CompletionRuleView completionRule,
            @Schema(examples = "21") int hours,
            @Schema(description = "in field order") List<Field> fields,
            @Schema(nullable = true) String description,
            Instant createdAt,

            @Schema(description = "optimistic-lock version, also sent as the ETag", examples = "0")
            long version) {

        public static CourseView of(Course course) {
            return new CourseView(
                    course.id(),
                    course.code(),
                    course.title(),
                    course.track(),
                    course.category(),
                    course.audiences().stream().sorted().toList(),
                    course.organiser(),
                    CompletionRuleView.of(course.completionRule()),
                    course.hours(),
                    course.fields().stream().sorted().toList(),
                    course.description(),
                    course.createdAt(),
                    course.version());
        }

        public static CourseView of(kr.seoul.chatdong.training.query.CourseListItem course) {
            return new CourseView(
                    course.id(),
                    course.code(),
                    course.title(),
                    course.track(),
                    course.category(),
                    course.audiences(),
                    course.organiser(),
                    new CompletionRuleView(course.minAttendanceShare(), course.evaluationRequired()),
                    course.hours(),
                    course.fields(),
                    course.description(),
                    course.createdAt(),
                    course.version());
        }
    }
}
