package kr.seoul.chatdong.monitoring.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.seoul.chatdong.language.geo.District;
import kr.seoul.chatdong.language.geo.Dong;
import kr.seoul.chatdong.monitoring.domain.RolloutPhase;

/** What the geography endpoints answer with. */
public final class GeographyViews {

    private GeographyViews() {
    }

    @Schema(name = "DistrictView", description = "자치구 with its dong count and the phase in which it joined")
    public record DistrictView(
            @Schema(examples = "11290") String code,
            @Schema(examples = "성북구") String nameKo,
            @Schema(examples = "Seongbuk-gu") String nameEn,
            @Schema(description = "administrative dongs in the reference data", examples = "20") int dongCount,
            @Schema(description = "earliest roll-out phase of any of its dongs; null when not assigned", examples = "1", nullable = true) Integer phase) {

        public DistrictView(District district, int dongCount, Integer phase) {
            this(district.code(), district.nameKo(), district.nameEn(), dongCount, phase);
        }
    }

    @Schema(name = "DongView", description = "행정동 with the phase in which it joined")
    public record DongView(
            @Schema(examples = "1129052500") String code,
            @Schema(examples = "성북동") String nameKo,
            @Schema(examples = "11290") String districtCode,
            @Schema(examples = "성북구") String districtNameKo,
            @Schema(description = "roll-out phase; null when the plan does not say and no admin has assigned it", examples = "1", nullable = true) Integer phase) {

        public DongView(Dong dong, Integer phase) {
            this(dong.code(), dong.nameKo(), dong.districtCode(), dong.districtNameKo(), phase);
        }
    }

    @Schema(name = "PhaseView", description = "사업 단계: planned size (from the 2016 plan) against what is assigned so far")
    public record PhaseView(
            @Schema(examples = "1") int number,
            @Schema(examples = "1단계") String nameKo,
            @Schema(description = "year-month (or year) the phase started", examples = "2015-07") String startsIn,
            @Schema(examples = "13") int plannedDistricts,
            @Schema(examples = "80") int plannedDongs,
            @Schema(description = "districts participating by this phase, as assigned", examples = "4") long assignedDistricts,
            @Schema(description = "dongs participating by this phase, as assigned", examples = "61") long assignedDongs,
            String note) {

        public PhaseView(RolloutPhase phase, long assignedDistricts, long assignedDongs) {
            this(phase.number(), phase.nameKo(), phase.startsIn(), phase.plannedDistricts(), phase.plannedDongs(),
                    assignedDistricts, assignedDongs, phase.note());
        }
    }

    @Schema(name = "RolloutAssignment", description = "the phase in which a whole district, or one dong, joined the programme")
    public record RolloutView(
            @Schema(examples = "DISTRICT") String scope,
            @Schema(examples = "11290") String code,
            @Schema(examples = "1") int phase,
            @Schema(description = "optimistic-lock version, also sent as the ETag", examples = "0") long version) {

        public static RolloutView of(kr.seoul.chatdong.monitoring.domain.RolloutAssignment a) {
            return new RolloutView(a.scope().name(), a.code(), a.phase(), a.version());
        }
    }

    @Schema(name = "PhaseAssignment", description = "the roll-out phase to assign")
    public record PhaseAssignment(
            @NotNull @Min(1) @Max(3) @Schema(examples = "2", required = true) Integer phase) {
    }
}
