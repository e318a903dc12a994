package kr.seoul.chatdong.monitoring.query;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.seoul.chatdong.monitoring.domain.RolloutPhase;

/** A roll-out phase (사업 단계) with what is assigned to it so far. */
@Schema(name = "PhaseView", description = "사업 단계: planned size (from the 2016 plan) against what is assigned so far")
public record PhaseView(
        @Schema(examples = "1") int number,
        @Schema(examples = "1단계") String nameKo,

        @Schema(description = "year-month (or year) the phase started", examples = "2015-07")
        String startsIn,

        @Schema(examples = "13") int plannedDistricts,
        @Schema(examples = "80") int plannedDongs,

        @Schema(description = "districts participating by this phase, as assigned", examples = "4")
        long assignedDistricts,

        @Schema(description = "dongs participating by this phase, as assigned", examples = "61")
        long assignedDongs,

        String note) {

    public PhaseView(RolloutPhase phase, long assignedDistricts, long assignedDongs) {
        this(
                phase.number(),
                phase.nameKo(),
                phase.startsIn(),
                phase.plannedDistricts(),
                phase.plannedDongs(),
                assignedDistricts,
                assignedDongs,
                phase.note());
    }
}
