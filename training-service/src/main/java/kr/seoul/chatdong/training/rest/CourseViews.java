package kr.seoul.chatdong.training.rest;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.seoul.chatdong.training.service.CourseCommands;

import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.training.domain.Course;
import kr.seoul.chatdong.training.domain.CourseTrack;

/** Request and response bodies of the courses API. */
public final class CourseViews {

    private CourseViews() {
    }

    @Schema(name = "NewCourse", description = "A course to offer")
    public record NewCourse(
            @NotBlank @Size(max = 200) @Schema(required = true, examples = "찾아가는 복지 실무과정") String title,
            @NotNull @Schema(required = true, examples = "VISITING_WELFARE_PRACTICE") CourseTrack track,
            @NotNull @Min(1) @Max(200) @Schema(required = true, description = "contact hours", examples = "21") Integer hours,
            @Schema(description = "fields (분야) the course builds capacity in", examples = "[\"WELFARE\", \"HEALTH\"]") Set<@NotNull Field> fields,
            @Size(max = 2000) @Schema(examples = "복지플래너·방문간호사의 가정방문 실무") String description) {

        public CourseCommands.OfferCourse toCommand() {
            return new CourseCommands.OfferCourse(title.strip(), track, hours, fields == null ? Set.of() : fields, description);
        }
    }

    @Schema(name = "CourseChanges", description = "Fields to change (JSON merge patch: absent or null fields stay)")
    public record CourseChanges(
            @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank") @Size(min = 1, max = 200) @Schema(examples = "찾아가는 복지 심화과정") String title,
            @Min(1) @Max(200) @Schema(examples = "28") Integer hours,
            Set<@NotNull Field> fields,
            @Size(max = 2000) String description) {

        public CourseCommands.ReviseCourse toCommand(Set<String> removed) {
            return new CourseCommands.ReviseCourse(title == null ? null : title.strip(), hours, fields, description, removed);
        }
    }

    @Schema(name = "Course", description = "A course")
    public record CourseView(
            @Schema(examples = "5c2e8f1a-1b2c-4d3e-8f9a-0b1c2d3e4f5a") UUID id,
            @Schema(examples = "찾아가는 복지 실무과정") String title,
            @Schema(examples = "VISITING_WELFARE_PRACTICE") CourseTrack track,
            @Schema(examples = "21") int hours,
            @Schema(description = "in field order") List<Field> fields,
            @Schema(nullable = true) String description,
            Instant createdAt,
            @Schema(description = "optimistic-lock version, also sent as the ETag", examples = "0") long version) {

        public static CourseView of(Course course) {
            return new CourseView(course.id(), course.title(), course.track(), course.hours(), course.fields().stream().sorted().toList(),
                    course.description(), course.createdAt(), course.version());
        }

        public static CourseView of(kr.seoul.chatdong.training.repository.CourseRepository.CourseRow course) {
            return new CourseView(course.id(), course.title(), course.track(), course.hours(), course.fields(),
                    course.description(), course.createdAt(), course.version());
        }
    }
}
