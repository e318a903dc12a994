package kr.seoul.chatdong.training.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

import kr.seoul.chatdong.training.domain.RecordedTrainingFigure;
import kr.seoul.chatdong.training.domain.TargetAudience;
import kr.seoul.chatdong.training.domain.TrainedBySource;
import kr.seoul.chatdong.training.domain.TrainingTarget;
import kr.seoul.chatdong.training.query.TargetQueries;

/** Request and response bodies of the yearly training targets. */
public final class TargetViews {

    private TargetViews() {}

    @Schema(
            name = "TrainingTargetInput",
            description = "How many of an audience an organiser means to train in the year")
    public record TargetInput(
            @NotNull
            @Pattern(regexp = "CITY|11[0-9]{3}")
            @Schema(required = true, description = "CITY or a district code", examples = "CITY")
            String organiser,

            @NotNull @Schema(required = true, examples = "CIVIL_SERVANT")
            TargetAudience audience,

            @NotNull @Min(0) @Max(1000000) @Schema(required = true, examples = "10520")
            Integer target) {

        TrainingTarget toTarget() {
            return new TrainingTarget(organiser, audience, target);
        }
    }

    @Schema(name = "TrainingTargetsInput", description = "The year's targets; they replace the ones set before")
    public record TargetsInput(
            @NotNull @Size(max = 200) @Schema(required = true, examples = """
            [{"organiser":"CITY","audience":"CIVIL_SERVANT","target":10520},{"organiser":"11290","audience":"RESIDENT","target":300}]""")
            List<@NotNull @Valid TargetInput> targets) {

        public List<TrainingTarget> toTargets() {
            return targets.stream().map(TargetInput::toTarget).toList();
        }
    }

    @Schema(name = "TrainedBySource", description = "Trained people by where they were counted; they add up to trained")
    public record BySourceView(
            @JsonProperty("CITY")
            @Schema(description = "서울시 주도교육: completions in cohorts of the city's courses", examples = "1013")
            long city,

            @JsonProperty("DISTRICT_COHORT")
            @Schema(
                    description = "자치구 주도교육 on the platform: completions in cohorts of districts' courses",
                    examples = "734")
            long districtCohort,

            @JsonProperty("DISTRICT_REPORT")
            @Schema(
                    description =
                            "자치구 주도교육 outside the platform: completions the districts reported (POST /district-training-reports)",
                    examples = "10000")
            long districtReport) {

        static BySourceView of(TrainedBySource t) {
            return new BySourceView(t.city(), t.districtCohort(), t.districtReport());
        }
    }

    @Schema(name = "TrainingTargetProgress", description = "A target and the trained people counted toward it")
    public record ProgressView(
            @Schema(nullable = true, description = "null in the total", examples = "CITY")
            String organiser,

            @Schema(nullable = true, description = "null in the total", examples = "CIVIL_SERVANT")
            TargetAudience audience,

            @Schema(nullable = true, examples = "10520") Integer target,

            @Schema(
                    description = "trained people counted toward the target, the sum of bySource: a CITY target "
                            + "counts every source for its audience, a district's target its own cohorts and reports",
                    examples = "11747")
            long trained,

            @Schema(description = "trained by source") BySourceView bySource,

            @Schema(
                    nullable = true,
                    description = "trained ÷ target, 0..1 (above 1 when exceeded)",
                    examples = "1.1166")
            BigDecimal share) {

        static ProgressView of(TargetQueries.Progress p) {
            return new ProgressView(
                    p.organiser(),
                    p.audience(),
                    p.target(),
                    p.trained().total(),
                    BySourceView.of(p.trained()),
                    p.share());
        }
    }

    @Schema(
            name = "DistrictTrainingProgress",
            description = "A district's completions, against its own targets where it set any")
    public record DistrictView(
            @Schema(examples = "11290") String districtCode,
            @Schema(examples = "성북구") String districtName,

            @Schema(
                    nullable = true,
                    description = "the district's own targets (organiser = the district), summed",
                    examples = "300")
            Integer target,

            @Schema(
                    description = "completions by trainees of the district in any organiser's cohorts, and the "
                            + "district's reports",
                    examples = "412")
            long trained,

            @Schema(description = "trained by source") BySourceView bySource,

            @Schema(nullable = true, examples = "1.3733") BigDecimal share) {}

    @Schema(
            name = "RecordedTrainingFigure",
            description = "Trained people as the programme reported them for a year before the platform (not "
                    + "counted from cohorts or reports; source RECORDED_FIGURE)")
    public record RecordedFigureView(
            @Schema(examples = "CIVIL_SERVANT") TargetAudience audience,
            @Schema(examples = "11747") int trained,

            @Schema(nullable = true, description = "서울시 주도교육; null where not reported", examples = "1013")
            Integer cityRun,

            @Schema(nullable = true, description = "자치구 주도교육; null where not reported", examples = "10734")
            Integer districtRun,

            @Schema(examples = "RECORDED_FIGURE") String source,

            @Schema(nullable = true, examples = "공무원(신입·기존) 교육 11,747명 (2016 추진계획)")
            String note,

            Instant recordedAt) {

        static RecordedFigureView of(RecordedTrainingFigure f) {
            return new RecordedFigureView(
                    f.audience(),
                    f.trained(),
                    f.cityRun(),
                    f.districtRun(),
                    "RECORDED_FIGURE",
                    f.note(),
                    f.recordedAt());
        }
    }

    @Schema(
            name = "TrainingTargets",
            description = "A year's targets, the completions toward them, in total and per district")
    public record YearView(
            @Schema(examples = "2016") int year,
            List<ProgressView> targets,

            @Schema(
                    description = "the targets summed and the trained people toward them, each person once: "
                            + "where the city set a target for an audience, it stands for that audience")
            ProgressView total,

            @Schema(description = "all 25 districts, in code order")
            List<DistrictView> byDistrict,

            @Schema(
                    description = "the figures recorded for a year before the platform (2015: 11,747 civil "
                            + "servants, 297 private welfare workers); empty for other years")
            List<RecordedFigureView> recordedFigures) {

        public static YearView of(TargetQueries.YearProgress p) {
            return new YearView(
                    p.year(),
                    p.targets().stream().map(ProgressView::of).toList(),
                    ProgressView.of(p.total()),
                    p.byDistrict().stream()
                            .map(d -> new DistrictView(
                                    d.district().code(),
                                    d.district().nameKo(),
                                    d.target(),
                                    d.trained().total(),
                                    BySourceView.of(d.trained()),
                                    d.share()))
                            .toList(),
                    p.recordedFigures().stream().map(RecordedFigureView::of).toList());
        }
    }
}
