package kr.seoul.chatdong.monitoring.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.seoul.chatdong.commons.csv.CsvRows;
import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.language.events.monitoring.RoundFinding;
import kr.seoul.chatdong.monitoring.domain.Consultant;
import kr.seoul.chatdong.monitoring.domain.ConsultingAssignment;
import kr.seoul.chatdong.monitoring.domain.ConsultingStatus;
import kr.seoul.chatdong.monitoring.query.AssignmentListItem;
import kr.seoul.chatdong.monitoring.query.ConsultantListItem;
import kr.seoul.chatdong.monitoring.service.ConsultantService;
import kr.seoul.chatdong.monitoring.service.ConsultingCommands;
import kr.seoul.chatdong.monitoring.service.ConsultingEffect;

/** Request and response bodies of the consultants and consulting-assignments APIs. */
public final class ConsultingViews {

    private static final String NOT_BLANK = "[\\s\\S]*\\S[\\s\\S]*";

    private ConsultingViews() {}

    @Schema(name = "NewConsultant", description = "A private expert to register for consulting")
    public record NewConsultant(
            @NotBlank @Size(max = 100) @Schema(required = true, examples = "김민지")
            String name,

            @NotBlank @Size(max = 200) @Schema(required = true, examples = "서울시복지재단")
            String organisation,

            @NotEmpty
            @Schema(
                    required = true,
                    description = "the fields the consultant consults in",
                    examples = "[\"WELFARE\", \"HEALTH\"]")
            Set<@NotNull Field> fields,

            @NotNull
            @Pattern(regexp = "\\d{5}", message = "must be a 5-digit 자치구 code")
            @Schema(
                    required = true,
                    description = "the district the consultant lives or works in: never consults its dongs",
                    examples = "11110")
            String homeDistrictCode,

            @NotNull
            @Min(1)
            @Max(100)
            @Schema(required = true, description = "most active assignments at a time", examples = "5")
            Integer capacity,

            @NotNull @Schema(required = true, examples = "2016-03-01")
            LocalDate activeFrom,

            @Schema(description = "last active day; open-ended when absent", examples = "2016-12-31")
            LocalDate activeTo,

            @NotBlank
            @Size(max = 200)
            @Schema(
                    required = true,
                    description =
                            "the person's sign-in account name (the token's preferred_username; Keycloak keeps it in lower case): calls with a token of this account are theirs",
                    examples = "consultant-kim")
            String subject) {

        public ConsultingCommands.RegisterConsultant toCommand() {
            return new ConsultingCommands.RegisterConsultant(
                    name.strip(),
                    organisation.strip(),
                    fields,
                    homeDistrictCode,
                    capacity,
                    activeFrom,
                    activeTo,
                    subject.strip());
        }
    }

    @Schema(
            name = "ConsultantChanges",
            description = "Fields to change (JSON merge patch: absent fields stay; activeTo may be removed with null)")
    public record ConsultantChanges(
            @Pattern(regexp = NOT_BLANK, message = "must not be blank")
            @Size(min = 1, max = 100)
            @Schema(examples = "김민지")
            String name,

            @Pattern(regexp = NOT_BLANK, message = "must not be blank")
            @Size(min = 1, max = 200)
            @Schema(examples = "서울시복지재단")
            String organisation,

            @Size(min = 1) @Schema(examples = "[\"WELFARE\"]")
            Set<@NotNull Field> fields,

            @Min(1) @Max(100) @Schema(examples = "8") Integer capacity,
            @Schema(examples = "2016-03-01") LocalDate activeFrom,
            @Schema(examples = "2016-06-30") LocalDate activeTo) {

        public ConsultingCommands.ReviseConsultant toCommand(Set<String> removed) {
            return new ConsultingCommands.ReviseConsultant(
                    name == null ? null : name.strip(),
                    organisation == null ? null : organisation.strip(),
                    fields,
                    capacity,
                    activeFrom,
                    activeTo,
                    removed);
        }
    }

    @Schema(name = "Consultant", description = "A consultant with their current load")
    public record ConsultantView(
            @Schema(examples = "7e1a2b3c-4d5e-4f60-8a9b-0c1d2e3f4a5b")
            UUID id,

            @Schema(examples = "김민지") String name,
            @Schema(examples = "서울시복지재단") String organisation,
            @Schema(examples = "[\"WELFARE\", \"HEALTH\"]") Set<Field> fields,
            @Schema(examples = "11110") String homeDistrictCode,
            @Schema(examples = "5") int capacity,
            @Schema(examples = "2016-03-01") LocalDate activeFrom,

            @Schema(nullable = true, examples = "2016-12-31")
            LocalDate activeTo,

            @Schema(description = "the consultant's sign-in account name", examples = "consultant-kim")
            String subject,

            @Schema(description = "assignments ASSIGNED, SCHEDULED, VISITED or REPORTED now", examples = "2")
            long activeAssignments,

            Instant createdAt,

            @Schema(description = "optimistic-lock version, also sent as the ETag", examples = "0")
            long version) {

        static ConsultantView of(ConsultantService.Loaded loaded) {
            Consultant c = loaded.consultant();
            return new ConsultantView(
                    c.id(),
                    c.name(),
                    c.organisation(),
                    Set.copyOf(c.fields()),
                    c.homeDistrictCode(),
                    c.capacity(),
                    c.activeFrom(),
                    c.activeTo(),
                    c.subject(),
                    loaded.activeAssignments(),
                    c.createdAt(),
                    c.version());
        }
    }

    @Schema(name = "ConsultantSummary", description = "A consultant in a list")
    public record ConsultantSummary(
            UUID id,
            @Schema(examples = "김민지") String name,
            @Schema(examples = "서울시복지재단") String organisation,
            @Schema(examples = "[\"WELFARE\"]") Set<Field> fields,
            @Schema(examples = "11110") String homeDistrictCode,
            @Schema(examples = "5") int capacity,
            @Schema(examples = "2016-03-01") LocalDate activeFrom,
            @Schema(nullable = true) LocalDate activeTo,
            @Schema(examples = "2") long activeAssignments) {

        static ConsultantSummary of(ConsultantListItem r) {
            return new ConsultantSummary(
                    r.id(),
                    r.name(),
                    r.organisation(),
                    r.fields(),
                    r.homeDistrictCode(),
                    r.capacity(),
                    r.activeFrom(),
                    r.activeTo(),
                    r.activeAssignments());
        }
    }

    @Schema(name = "AssignConsultant", description = "The consultant to give an OPEN assignment to")
    public record AssignInput(
            @NotNull @Schema(required = true, examples = "7e1a2b3c-4d5e-4f60-8a9b-0c1d2e3f4a5b")
            UUID consultantId) {
        public ConsultingCommands.Assign toCommand() {
            return new ConsultingCommands.Assign(consultantId);
        }
    }

    @Schema(name = "ReassignConsultant", description = "Another consultant, and why")
    public record ReassignInput(
            @NotNull @Schema(required = true, examples = "7e1a2b3c-4d5e-4f60-8a9b-0c1d2e3f4a5b")
            UUID consultantId,

            @NotBlank @Size(max = 1000) @Schema(required = true, examples = "담당 컨설턴트 장기 출장")
            String reason) {
        public ConsultingCommands.Reassign toCommand() {
            return new ConsultingCommands.Reassign(consultantId, reason.strip());
        }
    }

    @Schema(name = "ScheduleVisit", description = "The day of the visit, inside the round's consulting window")
    public record ScheduleInput(
            @NotNull @Schema(required = true, examples = "2016-04-20")
            LocalDate visitOn) {
        public ConsultingCommands.Schedule toCommand() {
            return new ConsultingCommands.Schedule(visitOn);
        }
    }

    @Schema(name = "RecordVisit", description = "The visit that took place")
    public record VisitInput(
            @NotNull @Schema(required = true, examples = "2016-04-20")
            LocalDate visitedOn,

            @Size(max = 4000) @Schema(examples = "동장·복지팀장 면담, 방문상담 기록 점검")
            String notes) {
        public ConsultingCommands.Visit toCommand() {
            return new ConsultingCommands.Visit(visitedOn, notes);
        }
    }

    @Schema(name = "ConsultingReport", description = "The consultant's diagnosis, recommendations and follow-ups")
    public record ReportInput(
            @NotBlank @Size(max = 8000) @Schema(required = true, examples = "복지플래너 방문 일정 관리가 수기로 이루어져 누락 발생")
            String diagnosis,

            @NotNull @Size(max = 50) @Schema(required = true, examples = "[\"방문 일정 공유 캘린더 도입\", \"주 1회 사례회의 정례화\"]")
            List<@NotBlank @Size(max = 1000) String> recommendations,

            @NotNull @Size(max = 50) @Schema(required = true, examples = "[\"6월 중 이행 점검\"]")
            List<@NotBlank @Size(max = 1000) String> followUps) {
        public ConsultingCommands.Report toCommand() {
            return new ConsultingCommands.Report(diagnosis.strip(), recommendations, followUps);
        }
    }

    @Schema(name = "CancelConsulting", description = "Why the consulting is cancelled")
    public record CancelInput(
            @NotBlank @Size(max = 1000) @Schema(required = true, examples = "동 통폐합으로 대상 제외")
            String reason) {
        public ConsultingCommands.Cancel toCommand() {
            return new ConsultingCommands.Cancel(reason.strip());
        }
    }

    @Schema(
            name = "ConsultingAssignmentDetail",
            description = "A consulting assignment with its workflow so far and the steps allowed next")
    public record AssignmentDetail(
            UUID id,
            UUID roundId,
            @Schema(examples = "1120059000") String dongCode,
            @Schema(examples = "11200") String districtCode,
            @Schema(examples = "WELFARE") Field field,

            @Schema(description = "the score that fell below the bar", examples = "45")
            int score,

            @Schema(examples = "SCHEDULED") ConsultingStatus status,

            @Schema(
                    description = "the steps allowed from this state (POST …/{id}/{step})",
                    examples = "[\"visit\", \"schedule\", \"reassign\", \"cancel\"]")
            List<String> allowedSteps,

            @Schema(nullable = true) UUID consultantId,
            @Schema(nullable = true) Instant assignedAt,

            @Schema(nullable = true, examples = "2016-04-20")
            LocalDate visitOn,

            @Schema(nullable = true, examples = "2016-04-20")
            LocalDate visitedOn,

            @Schema(nullable = true) String visitNotes,
            @Schema(nullable = true) String diagnosis,
            List<String> recommendations,
            List<String> followUps,
            @Schema(nullable = true) Instant reportedAt,
            @Schema(nullable = true) Instant closedAt,

            @Schema(nullable = true, description = "why it was cancelled or withdrawn")
            String endedReason,

            @Schema(nullable = true) Instant endedAt,

            @Schema(description = "id of the round.completed event that opened it")
            String sourceEventId,

            Instant createdAt,

            @Schema(description = "optimistic-lock version, also sent as the ETag", examples = "3")
            long version) {

        static AssignmentDetail of(ConsultingAssignment a) {
            RoundFinding f = a.finding();
            return new AssignmentDetail(
                    a.id(),
                    f.roundId(),
                    f.dongCode(),
                    f.districtCode(),
                    f.field(),
                    f.score(),
                    a.status(),
                    a.allowedSteps().stream().map(Enum::name).toList(),
                    a.consultantId(),
                    a.assignedAt(),
                    a.visitOn(),
                    a.visitedOn(),
                    a.visitNotes(),
                    a.diagnosis(),
                    a.recommendations(),
                    a.followUps(),
                    a.reportedAt(),
                    a.closedAt(),
                    a.endedReason(),
                    a.endedAt(),
                    f.sourceEventId(),
                    a.createdAt(),
                    a.version());
        }
    }

    @Schema(
            name = "ConsultingEffect",
            description = "Mean score change per field, consulted vs below the bar but not consulted vs others")
    public record EffectView(
            UUID roundId,
            UUID baselineRoundId,
            @Schema(examples = "60") int baselineBar,
            List<FieldEffectView> fields) implements CsvRows<FieldEffectView> {

        /** The spreadsheet: one row per field (its groups as dotted columns: consulted.count, consulted.meanChange, …). */
        @Override
        public List<FieldEffectView> csvRows() {
            return fields;
        }

        @Override
        public Class<FieldEffectView> csvRowType() {
            return FieldEffectView.class;
        }

        static EffectView of(ConsultingEffect.Effect e) {
            return new EffectView(
                    e.round().id(),
                    e.baseline().id(),
                    e.baseline().underperformingBelow(),
                    e.fields().stream().map(FieldEffectView::of).toList());
        }
    }

    @Schema(name = "ConsultingFieldEffect")
    public record FieldEffectView(
            @Schema(examples = "WELFARE") Field field,

            @Schema(description = "pairs whose baseline assignment reached a visit (VISITED, REPORTED or CLOSED)")
            GroupView consulted,

            @Schema(description = "pairs below the baseline's bar without a visit")
            GroupView belowBarNotConsulted,

            @Schema(description = "pairs at or above the baseline's bar")
            GroupView others,

            @Schema(
                    nullable = true,
                    description =
                            "consulted.meanChange − belowBarNotConsulted.meanChange; null when either group is empty",
                    examples = "8.50")
            BigDecimal effect) {

        static FieldEffectView of(ConsultingEffect.FieldEffect f) {
            return new FieldEffectView(
                    f.field(),
                    GroupView.of(f.consulted()),
                    GroupView.of(f.belowBarNotConsulted()),
                    GroupView.of(f.others()),
                    f.effect());
        }
    }

    @Schema(name = "ConsultingEffectGroup")
    public record GroupView(
            @Schema(description = "(dong, field) pairs assessed in both rounds", examples = "12")
            long count,

            @Schema(
                    nullable = true,
                    description = "mean of (round score − baseline score), two decimals; null when count is 0",
                    examples = "11.25")
            BigDecimal meanChange) {

        static GroupView of(ConsultingEffect.Group g) {
            return new GroupView(g.count(), g.meanChange());
        }
    }

    @Schema(name = "ConsultingAssignment")
    public record AssignmentView(
            UUID id,
            UUID roundId,
            @Schema(examples = "1120059000") String dongCode,
            @Schema(examples = "11200") String districtCode,
            @Schema(examples = "WELFARE") Field field,

            @Schema(description = "the score that fell below the bar", examples = "45")
            int score,

            @Schema(examples = "ASSIGNED") ConsultingStatus status,

            @Schema(nullable = true, description = "the consultant who has it (null while OPEN)")
            UUID consultantId,

            @Schema(nullable = true, description = "the scheduled visit", examples = "2016-04-20")
            LocalDate visitOn,

            @Schema(nullable = true, description = "why it was CANCELLED or WITHDRAWN")
            String endedReason,

            @Schema(description = "id of the round.completed event that opened it")
            String sourceEventId,

            Instant createdAt,
            long version) {

        public static AssignmentView of(ConsultingAssignment a) {
            RoundFinding f = a.finding();
            return new AssignmentView(
                    a.id(),
                    f.roundId(),
                    f.dongCode(),
                    f.districtCode(),
                    f.field(),
                    f.score(),
                    a.status(),
                    a.consultantId(),
                    a.visitOn(),
                    a.endedReason(),
                    f.sourceEventId(),
                    a.createdAt(),
                    a.version());
        }

        public static AssignmentView of(AssignmentListItem a) {
            return new AssignmentView(
                    a.id(),
                    a.roundId(),
                    a.dongCode(),
                    a.districtCode(),
                    a.field(),
                    a.score(),
                    a.status(),
                    a.consultantId(),
                    a.visitOn(),
                    a.endedReason(),
                    a.sourceEventId(),
                    a.createdAt(),
                    a.version());
        }
    }
}
