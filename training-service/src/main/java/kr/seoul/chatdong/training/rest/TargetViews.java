package kr.seoul.chatdong.training.rest;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.seoul.chatdong.training.domain.TargetAudience;
import kr.seoul.chatdong.training.domain.TrainingTarget;
import kr.seoul.chatdong.training.service.TargetService;

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

    @Schema(name = "TrainingTargetProgress", description = "A target and the completions toward it")
    public record ProgressView(
            @Schema(nullable = true, description = "null in the total", examples = "CITY")
            String organiser,

            @Schema(nullable = true, description = "null in the total", examples = "CIVIL_SERVANT")
            TargetAudience audience,

            @Schema(nullable = true, examples = "10520") Integer target,

            @Schema(description = "completions (수료) in cohorts that ended in the year", examples = "2104")
            long trained,

            @Schema(
                    nullable = true,
                    description = "trained ÷ target, 0..1 (above 1 when exceeded)",
                    examples = "0.2000")
            BigDecimal share) {

        static ProgressView of(TargetService.Progress p) {
            return new ProgressView(p.organiser(), p.audience(), p.target(), p.trained(), p.share());
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

            @Schema(description = "completions by trainees of the district, any organiser", examples = "412")
            long trained,

            @Schema(nullable = true, examples = "1.3733") BigDecimal share) {}

    @Schema(
            name = "TrainingTargets",
            description = "A year's targets, the completions toward them, in total and per district")
    public record YearView(
            @Schema(examples = "2016") int year,
            List<ProgressView> targets,

            @Schema(description = "the targets summed and the completions toward them")
            ProgressView total,

            @Schema(description = "all 25 districts, in code order")
            List<DistrictView> byDistrict) {

        public static YearView of(TargetService.YearProgress p) {
            return new YearView(
                    p.year(),
                    p.targets().stream().map(ProgressView::of).toList(),
                    ProgressView.of(p.total()),
                    p.byDistrict().stream()
                            .map(d -> new DistrictView(
                                    d.district().code(), d.district().nameKo(), d.target(), d.trained(), d.share()))
                            .toList());
        }
    }
}
