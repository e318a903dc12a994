package kr.seoul.chatdong.monitoring.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.monitoring.domain.ConsultingStatus;
import kr.seoul.chatdong.monitoring.query.DueQueries;

/** What {@link DueResource} answers. */
public final class DueViews {

    private DueViews() {}

    @Schema(
            name = "DistrictDue",
            description =
                    "What is due in a district today (Seoul's date). Lists hold at most 100 entries; counts are complete.")
    public record DueView(
            @Schema(examples = "11290") String districtCode,
            @Schema(examples = "2016-04-25") LocalDate asOf,

            @Schema(
                    description =
                            "rounds PLANNED or IN_PROGRESS with (dong, field) pairs of the district not assessed, the round ending first first")
            List<RoundMissing> roundsWithMissingAssessments,

            @Schema(description = "the first missing pairs, by round end, dong and field")
            List<MissingPairView> missingAssessments,

            @Schema(description = "consulting assignments OPEN or ASSIGNED: nobody has scheduled the visit")
            DueAssignments unscheduledAssignments,

            @Schema(description = "SCHEDULED with the visit day past (visit not recorded), or VISITED (report missing)")
            DueAssignments overdueVisits,

            @Schema(
                    description =
                            "values of entered indicators missing for each one's last closed period (the period before today's), "
                                    + "for the district and its dongs where the program ran then: the district's own first, each in the plan's order of indicators")
            DueIndicatorValues missingIndicatorValues,

            @Schema(
                    description =
                            "follow-ups of field contacts still OPEN after their dueOn, the longest overdue first; "
                                    + "POST /api/v1/follow-ups/{id}/done closes one")
            DueFollowUps overdueFollowUps) {

        static DueView of(DueQueries.Due d) {
            return new DueView(
                    d.districtCode(),
                    d.asOf(),
                    d.roundsWithMissingAssessments().stream()
                            .map(RoundMissing::of)
                            .toList(),
                    d.missingPairs().stream()
                            .map(p -> new MissingPairView(p.roundId(), p.dongCode(), p.field()))
                            .toList(),
                    DueAssignments.of(d.unscheduledAssignments()),
                    DueAssignments.of(d.overdueVisits()),
                    new DueIndicatorValues(
                            d.missingIndicatorValues().count(),
                            d.missingIndicatorValues().items().stream()
                                    .map(v -> new MissingIndicatorValue(
                                            v.indicatorCode(), v.nameKo(), v.period(), v.scopeCode()))
                                    .toList()),
                    new DueFollowUps(
                            d.overdueFollowUps().count(),
                            d.overdueFollowUps().items().stream()
                                    .map(DueFollowUp::of)
                                    .toList()));
        }
    }

    @Schema(name = "RoundMissingAssessments")
    public record RoundMissing(
            UUID roundId,
            @Schema(examples = "2016년 3차 모니터링") String name,
            @Schema(examples = "IN_PROGRESS") String status,
            @Schema(examples = "2016-11-30") LocalDate endsOn,

            @Schema(description = "the district's (dong, field) pairs not assessed yet", examples = "12")
            long missing) {

        static RoundMissing of(DueQueries.MissingAssessments m) {
            return new RoundMissing(m.roundId(), m.name(), m.status(), m.endsOn(), m.missing());
        }
    }

    @Schema(name = "DueIndicatorValues")
    public record DueIndicatorValues(
            @Schema(examples = "42") long count, List<MissingIndicatorValue> items) {}

    @Schema(
            name = "MissingIndicatorValue",
            description = "PUT /api/v1/indicators/{indicatorCode}/values/{scopeCode}/{period} enters it")
    public record MissingIndicatorValue(
            @Schema(examples = "VILLAGE_PLANNING_TEAMS_FORMED")
            String indicatorCode,

            @Schema(examples = "마을계획단 구성") String nameKo,
            @Schema(examples = "2016") String period,

            @Schema(description = "the district's code or one of its dongs'", examples = "11290")
            String scopeCode) {}

    @Schema(name = "DueFollowUps")
    public record DueFollowUps(@Schema(examples = "2") long count, List<DueFollowUp> items) {}

    @Schema(name = "DueFollowUp", description = "A follow-up of a field contact, open past its day")
    public record DueFollowUp(
            @Schema(description = "what is due", examples = "FOLLOW_UP")
            String kind,

            @Schema(examples = "5c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f")
            UUID id,

            @Schema(description = "the field contact that left it", examples = "3f2e1d0c-9b8a-4766-a554-433221100fed")
            UUID contactId,

            @Schema(examples = "복지플래너 방문일정 공유 캘린더 도입 여부 확인") String action,
            @Schema(examples = "2016-05-20") LocalDate dueOn) {

        static DueFollowUp of(kr.seoul.chatdong.monitoring.query.LiaisonQueries.FollowUpItem f) {
            return new DueFollowUp("FOLLOW_UP", f.id(), f.contactId(), f.action(), f.dueOn());
        }
    }

    @Schema(name = "MissingAssessment")
    public record MissingPairView(
            UUID roundId,
            @Schema(examples = "1129052500") String dongCode,
            @Schema(examples = "HEALTH") Field field) {}

    @Schema(name = "DueAssignments")
    public record DueAssignments(@Schema(examples = "3") long count, List<DueAssignment> items) {

        static DueAssignments of(DueQueries.Listed<DueQueries.PendingAssignment> listed) {
            return new DueAssignments(
                    listed.count(),
                    listed.items().stream().map(DueAssignment::of).toList());
        }
    }

    @Schema(name = "DueAssignment")
    public record DueAssignment(
            UUID id,
            UUID roundId,
            @Schema(examples = "1129052500") String dongCode,
            @Schema(examples = "WELFARE") Field field,
            @Schema(examples = "SCHEDULED") ConsultingStatus status,
            @Schema(nullable = true) UUID consultantId,

            @Schema(nullable = true, examples = "2016-04-20")
            LocalDate visitOn,

            @Schema(nullable = true) LocalDate visitedOn,
            Instant createdAt) {

        static DueAssignment of(DueQueries.PendingAssignment a) {
            return new DueAssignment(
                    a.id(),
                    a.roundId(),
                    a.dongCode(),
                    a.field(),
                    a.status(),
                    a.consultantId(),
                    a.visitOn(),
                    a.visitedOn(),
                    a.createdAt());
        }
    }
}
