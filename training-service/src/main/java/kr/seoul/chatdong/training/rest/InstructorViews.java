package kr.seoul.chatdong.training.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.training.domain.Instructor;
import kr.seoul.chatdong.training.domain.Instructor.Affiliation;
import kr.seoul.chatdong.training.domain.InstructorYearFigure;
import kr.seoul.chatdong.training.query.InstructorListItem;
import kr.seoul.chatdong.training.query.InstructorQueries;
import kr.seoul.chatdong.training.service.InstructorCommands;

/** Request and response bodies of the instructor registry (강사). */
public final class InstructorViews {

    private InstructorViews() {}

    static final String ACCOUNT = "[a-z0-9._@-]{1,255}";
    static final String ACCOUNT_MESSAGE =
            "must be the person's sign-in account name in lower case (letters, digits, . _ @ -)";
    private static final String NOT_BLANK = "[\\s\\S]*\\S[\\s\\S]*";

    @Schema(name = "NewInstructor", description = "An instructor of the programme (강사)")
    public record NewInstructor(
            @NotBlank @Size(max = 100) @Schema(required = true, examples = "정강사")
            String name,

            @NotBlank @Size(max = 200) @Schema(required = true, examples = "서울시복지재단")
            String organisation,

            @NotNull
            @Schema(
                    required = true,
                    description = "CIVIL_SERVANT (공무원) or PRIVATE (민간: academia, welfare practice)",
                    examples = "PRIVATE")
            Affiliation affiliation,

            @Size(max = 4)
            @Schema(description = "the fields the instructor teaches", examples = "[\"WELFARE\", \"VILLAGE\"]")
            Set<@NotNull Field> fields,

            @Pattern(regexp = ACCOUNT, message = ACCOUNT_MESSAGE)
            @Schema(
                    nullable = true,
                    description = "the sign-in account (Keycloak's preferred_username) of an instructor who signs in",
                    examples = "jung.gangsa")
            String account,

            @NotNull
            @Schema(required = true, description = "the first day the instructor may teach", examples = "2016-01-04")
            LocalDate activeFrom) {

        public InstructorCommands.RegisterInstructor toCommand() {
            return new InstructorCommands.RegisterInstructor(
                    name.strip(),
                    organisation.strip(),
                    affiliation,
                    fields == null ? Set.of() : fields,
                    account,
                    activeFrom);
        }
    }

    @Schema(
            name = "InstructorChanges",
            description = "Members to change (JSON merge patch: absent members stay; null removes account, "
                    + "activeUntil or fields). activeUntil retires the instructor after that day.")
    public record InstructorChanges(
            @Pattern(regexp = NOT_BLANK, message = "must not be blank")
            @Size(min = 1, max = 100)
            @Schema(examples = "정강사")
            String name,

            @Pattern(regexp = NOT_BLANK, message = "must not be blank")
            @Size(min = 1, max = 200)
            @Schema(examples = "서울시복지재단")
            String organisation,

            @Schema(examples = "PRIVATE") Affiliation affiliation,
            @Size(max = 4) Set<@NotNull Field> fields,

            @Pattern(regexp = ACCOUNT, message = ACCOUNT_MESSAGE) @Schema(nullable = true, examples = "jung.gangsa")
            String account,

            @Schema(examples = "2016-01-04") LocalDate activeFrom,

            @Schema(
                    nullable = true,
                    description = "the last day the instructor teaches (retired after it)",
                    examples = "2016-12-31")
            LocalDate activeUntil) {

        public InstructorCommands.ReviseInstructor toCommand(Set<String> removed) {
            return new InstructorCommands.ReviseInstructor(
                    name == null ? null : name.strip(),
                    organisation == null ? null : organisation.strip(),
                    affiliation,
                    fields,
                    account,
                    activeFrom,
                    activeUntil,
                    removed);
        }
    }

    @Schema(name = "Instructor", description = "An instructor of the registry")
    public record InstructorView(
            @Schema(examples = "7d1f5a3e-2b4c-4e8f-9a0b-1c2d3e4f5a6b")
            UUID id,

            @Schema(examples = "정강사") String name,
            @Schema(examples = "서울시복지재단") String organisation,
            @Schema(examples = "PRIVATE") Affiliation affiliation,
            @Schema(description = "in field order") List<Field> fields,

            @Schema(nullable = true, examples = "jung.gangsa")
            String account,

            @Schema(examples = "2016-01-04") LocalDate activeFrom,

            @Schema(nullable = true, description = "retired after this day", examples = "2016-12-31")
            LocalDate activeUntil,

            Instant createdAt,

            @Schema(description = "optimistic-lock version, also sent as the ETag", examples = "0")
            long version) {

        public static InstructorView of(Instructor i) {
            return new InstructorView(
                    i.id(),
                    i.name(),
                    i.organisation(),
                    i.affiliation(),
                    i.fields().stream().sorted().toList(),
                    i.account(),
                    i.activeFrom(),
                    i.activeUntil(),
                    i.createdAt(),
                    i.version());
        }

        public static InstructorView of(InstructorListItem i) {
            return new InstructorView(
                    i.id(),
                    i.name(),
                    i.organisation(),
                    i.affiliation(),
                    i.fields(),
                    i.account(),
                    i.activeFrom(),
                    i.activeUntil(),
                    i.createdAt(),
                    i.version());
        }
    }

    @Schema(name = "InstructorEvaluationYear", description = "강사 평가 of a year (the year its cohorts ended)")
    public record EvaluationYearView(
            @Schema(examples = "2016") int year,

            @Schema(description = "evaluations that rated the instructor", examples = "52")
            long responses,

            @Schema(description = "their cohorts", examples = "2")
            long cohorts,

            @Schema(description = "mean of the instructor items, 1–5", examples = "4.60")
            BigDecimal average,

            @Schema(description = "the mean on the 100-point scale (1 → 0, 5 → 100)", examples = "90.00")
            BigDecimal score) {

        static EvaluationYearView of(InstructorQueries.YearOfEvaluations y) {
            return new EvaluationYearView(
                    y.year(), y.responses(), y.cohorts(), y.average(), EvaluationViews.points(y.average()));
        }
    }

    @Schema(name = "InstructorEvaluations", description = "An instructor's evaluations, year by year")
    public record EvaluationsView(
            @Schema(examples = "7d1f5a3e-2b4c-4e8f-9a0b-1c2d3e4f5a6b")
            UUID instructorId,

            @Schema(examples = "정강사") String name,

            @Schema(description = "oldest first; only years with responses")
            List<EvaluationYearView> years) {

        static EvaluationsView of(Instructor instructor, List<InstructorQueries.YearOfEvaluations> years) {
            return new EvaluationsView(
                    instructor.id(),
                    instructor.name(),
                    years.stream().map(EvaluationYearView::of).toList());
        }
    }

    @Schema(
            name = "InstructorYearlyFigure",
            description = "A year's instructors: recorded by the programme (2015) or counted from the registry")
    public record YearlyFigureView(
            @Schema(examples = "2015") int year,

            @Schema(description = "civilServants + privateInstructors", examples = "123")
            int total,

            @Schema(description = "공무원", examples = "19") int civilServants,
            @Schema(description = "민간", examples = "104") int privateInstructors,

            @Schema(
                    nullable = true,
                    description = "courses: as recorded (강사양성 과정, 2015), or the distinct courses of the year's "
                            + "cohorts (not cancelled) the registry's instructors taught",
                    examples = "5")
            Integer courses,

            @Schema(
                    description =
                            "RECORDED: as the programme reported it; REGISTRY: instructors active on any day of the year",
                    examples = "RECORDED")
            InstructorYearFigure.Source source,

            @Schema(nullable = true, examples = "강사양성 : 5개과정 / 123명 : 공무원 19, 민간 104명")
            String note) {

        static YearlyFigureView of(InstructorYearFigure f) {
            return new YearlyFigureView(
                    f.year(), f.total(), f.civilServants(), f.privateInstructors(), f.courses(), f.source(), f.note());
        }
    }
}
