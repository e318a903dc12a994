package kr.seoul.chatdong.governance.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.seoul.chatdong.governance.domain.AgendaItem;
import kr.seoul.chatdong.governance.domain.Meeting;
import kr.seoul.chatdong.governance.query.AgendaItemRow;
import kr.seoul.chatdong.governance.query.MeetingRow;
import kr.seoul.chatdong.governance.query.RegistrationRow;
import kr.seoul.chatdong.governance.service.GovernanceCommands;
import kr.seoul.chatdong.governance.service.MeetingService;

/** Request and response bodies of meetings and agenda items. */
public final class MeetingViews {

    private MeetingViews() {}

    @Schema(name = "NewMeeting", description = "A council meeting to schedule")
    public record NewMeeting(
            @NotNull @Schema(required = true) UUID councilId,

            @NotBlank @Size(max = 200) @Schema(required = true, examples = "2016년 제1차 광역 민관협력 협의체 정기회의")
            String title,

            @NotNull
            @Schema(
                    required = true,
                    description = "with its offset; Seoul is +09:00",
                    examples = "2016-04-20T14:00:00+09:00")
            OffsetDateTime scheduledAt,

            @Size(max = 200) @Schema(examples = "서울시청 서소문청사 회의실")
            String place,

            @Schema(description = "REGULAR when absent", examples = "REGULAR")
            Meeting.Kind kind,

            @jakarta.validation.constraints.Min(1)
            @jakarta.validation.constraints.Max(100_000)
            @Schema(
                    description =
                            "seats of an open event (briefing, conference): registrations past it are waitlisted; absent: no registrations",
                    examples = "300")
            Integer capacity) {

        public GovernanceCommands.ScheduleMeeting toCommand() {
            return new GovernanceCommands.ScheduleMeeting(
                    councilId, title.strip(), scheduledAt.toInstant(), place, kind, capacity);
        }
    }

    @Schema(name = "NewRegistration", description = "A registration for an open event")
    public record NewRegistration(
            @NotBlank @Size(max = 100) @Schema(required = true, examples = "이서연")
            String name,

            @Size(max = 200) @Schema(examples = "도봉구 방아골종합사회복지관")
            String organisation) {

        public GovernanceCommands.Register toCommand() {
            return new GovernanceCommands.Register(name.strip(), organisation == null ? null : organisation.strip());
        }
    }

    @Schema(name = "Registration")
    public record RegistrationView(
            UUID id,
            UUID meetingId,
            @Schema(examples = "이서연") String name,

            @Schema(nullable = true, examples = "도봉구 방아골종합사회복지관")
            String organisation,

            @Schema(examples = "REGISTERED") kr.seoul.chatdong.governance.domain.Registration.Status status,
            Instant createdAt,
            long version) {

        public static RegistrationView of(kr.seoul.chatdong.governance.domain.Registration r) {
            return new RegistrationView(
                    r.id(), r.meetingId(), r.name(), r.organisation(), r.status(), r.createdAt(), r.version());
        }

        public static RegistrationView of(RegistrationRow r) {
            return new RegistrationView(
                    r.id(), r.meetingId(), r.name(), r.organisation(), r.status(), r.createdAt(), r.version());
        }
    }

    @Schema(name = "Meeting")
    public record MeetingView(
            UUID id,
            UUID councilId,
            @Schema(examples = "2016년 제1차 광역 민관협력 협의체 정기회의") String title,
            Instant scheduledAt,
            @Schema(nullable = true) String place,
            @Schema(examples = "SCHEDULED") Meeting.Status status,
            Instant createdAt,
            long version,
            @Schema(examples = "REGULAR") Meeting.Kind kind,

            @Schema(nullable = true, examples = "위원 과반 불참 예상")
            String cancelReason,

            @Schema(nullable = true, description = "when it was closed (HELD)")
            Instant heldAt,

            @Schema(
                    nullable = true,
                    description = "seats of an open event; null: takes no registrations",
                    examples = "300")
            Integer capacity,

            @Schema(nullable = true, description = "the series it is one of (POST /councils/{id}/meeting-series)")
            UUID seriesId,

            @Schema(
                    nullable = true,
                    description = "how long it lasts; null: not given (a calendar shows it two hours long)",
                    examples = "120")
            Integer durationMinutes) {

        public static MeetingView of(Meeting m) {
            return new MeetingView(
                    m.id(),
                    m.councilId(),
                    m.title(),
                    m.scheduledAt(),
                    m.place(),
                    m.status(),
                    m.createdAt(),
                    m.version(),
                    m.kind(),
                    m.cancelReason(),
                    m.heldAt(),
                    m.capacity(),
                    m.seriesId(),
                    m.durationMinutes());
        }

        public static MeetingView of(MeetingRow m) {
            return new MeetingView(
                    m.id(),
                    m.councilId(),
                    m.title(),
                    m.scheduledAt(),
                    m.place(),
                    m.status(),
                    m.createdAt(),
                    m.version(),
                    m.kind(),
                    m.cancelReason(),
                    m.heldAt(),
                    m.capacity(),
                    m.seriesId(),
                    m.durationMinutes());
        }
    }

    @Schema(name = "NewAgendaItem", description = "An item to add at the end of a meeting's agenda")
    public record NewAgendaItem(
            @NotBlank @Size(max = 300) @Schema(required = true, examples = "2016년 민관협력 사업계획 심의")
            String title,

            @Size(max = 2000) @Schema(examples = "자치구 협의체 운영 지원 방안")
            String summary) {

        public GovernanceCommands.AddAgendaItem toCommand() {
            return new GovernanceCommands.AddAgendaItem(title.strip(), summary);
        }
    }

    @Schema(name = "AgendaOrder", description = "Every item on the meeting's agenda, each once, in the new order")
    public record AgendaOrder(
            @NotNull @Size(max = 200) @Schema(required = true)
            List<@NotNull UUID> itemIds) {}

    @Schema(name = "Presence", description = "Whether a member attended")
    public record PresenceInput(
            @NotNull @Schema(required = true) UUID memberId,

            @NotNull @Schema(required = true, examples = "true")
            Boolean present) {

        public GovernanceCommands.Presence toCommand() {
            return new GovernanceCommands.Presence(memberId, present);
        }
    }

    @Schema(name = "Quorum", description = "Attendance against the members in office on the meeting's day")
    public record QuorumView(
            @Schema(examples = "18") int membersInOffice,
            @Schema(examples = "14") int present,
            @Schema(examples = "10") int required,
            @Schema(examples = "true") boolean met,
            @Schema(examples = "MAJORITY") String rule,
            List<PresenceView> attendance) {

        public static QuorumView of(MeetingService.Quorum q) {
            return new QuorumView(
                    q.membersInOffice(),
                    q.present(),
                    q.required(),
                    q.met(),
                    q.rule(),
                    q.attendance().stream()
                            .map(a -> new PresenceView(a.memberId(), a.present()))
                            .toList());
        }
    }

    @Schema(name = "PresenceRecord")
    public record PresenceView(
            UUID memberId, @Schema(examples = "true") boolean present) {}

    @Schema(name = "NewDecisionActionItem", description = "An action item the decision sets")
    public record DecisionActionItem(
            @NotBlank @Size(max = 300) @Schema(required = true, examples = "자치구 협의체 운영 현황 조사")
            String title,

            @NotBlank
            @Size(max = 200)
            @Schema(required = true, description = "who is responsible (a body or a role)", examples = "서울시 복지정책과")
            String owner,

            @Schema(description = "a member of the council, when one owns it")
            UUID ownerMemberId,

            @NotNull @Schema(required = true, examples = "2016-05-31")
            LocalDate dueOn) {}

    @Schema(name = "NewDecision", description = "A decision of the meeting and the action items it sets")
    public record NewDecision(
            @NotBlank @Size(max = 4000) @Schema(required = true, examples = "2016년 자치구 협의체 지원계획을 원안 의결함")
            String text,

            @Size(max = 50) List<@NotNull @Valid DecisionActionItem> actionItems) {

        public GovernanceCommands.Decide toCommand() {
            return new GovernanceCommands.Decide(
                    text.strip(),
                    actionItems == null
                            ? List.of()
                            : actionItems.stream()
                                    .map(a -> new GovernanceCommands.NewActionItem(
                                            a.title().strip(), a.owner().strip(), a.ownerMemberId(), a.dueOn()))
                                    .toList());
        }
    }

    @Schema(name = "Decision")
    public record DecisionView(
            UUID id,
            @Schema(examples = "1") int seq,
            @Schema(examples = "2016년 자치구 협의체 지원계획을 원안 의결함") String text,
            List<ActionItemViews.ActionItemView> actionItems) {}

    @Schema(name = "MeetingRecord", description = "A meeting with its agenda, quorum, decisions and their action items")
    public record MeetingRecordView(
            MeetingView meeting,

            @Schema(
                    description = "the steps allowed from this state (POST …/{id}/{step})",
                    examples = "[\"close\", \"cancel\"]")
            List<String> allowedSteps,

            List<AgendaItemView> agenda,
            QuorumView quorum,
            List<DecisionView> decisions) {

        public static MeetingRecordView of(MeetingService.Record r) {
            List<DecisionView> decisions = r.decisions().stream()
                    .map(d -> new DecisionView(
                            d.id(),
                            d.seq(),
                            d.text(),
                            r.actionItems().stream()
                                    .filter(a -> d.id().equals(a.decisionId()))
                                    .map(ActionItemViews.ActionItemView::of)
                                    .toList()))
                    .toList();
            return new MeetingRecordView(
                    MeetingView.of(r.meeting()),
                    r.meeting().allowedSteps().stream().map(Enum::name).toList(),
                    r.agenda().stream().map(AgendaItemView::of).toList(),
                    QuorumView.of(r.quorum()),
                    decisions);
        }
    }

    @Schema(name = "MinutesInput")
    public record MinutesInput(
            @NotBlank
            @Size(max = 100_000)
            @Schema(required = true, examples = "## 1. 개회\n- 위원장 인사\n## 2. 안건 심의\n1. 2016년 사업계획: **원안 의결**")
            String markdown) {}

    @Schema(name = "Minutes", description = "회의록: Markdown, the sanitised HTML rendered from it, and its approval")
    public record MinutesView(
            @Schema(nullable = true, examples = "## 1. 개회") String markdown,

            @Schema(
                    nullable = true,
                    description = "rendered and sanitised: no script, event handler or javascript: URL",
                    examples = "<h2>1. 개회</h2>")
            String html,

            @Schema(nullable = true) Instant approvedAt,

            @Schema(nullable = true, description = "the later meeting that approved them")
            UUID approvedAtMeetingId) {

        public static MinutesView of(Meeting m) {
            return new MinutesView(
                    m.minutesMarkdown(), m.minutesHtml(), m.minutesApprovedAt(), m.minutesApprovedAtMeetingId());
        }
    }

    @Schema(name = "MinutesApproval")
    public record MinutesApproval(
            @NotNull @Schema(required = true, description = "the later, held meeting of the same council")
            UUID atMeetingId) {}

    @Schema(name = "MeetingCancellation")
    public record CancelInput(
            @NotBlank @Size(max = 1000) @Schema(required = true, examples = "위원 과반 불참 예상으로 연기")
            String reason) {}

    @Schema(name = "AgendaItems", description = "A meeting's agenda in its order")
    public record AgendaView(List<AgendaItemView> items) {}

    @Schema(name = "AgendaItem")
    public record AgendaItemView(
            UUID id,

            @Schema(description = "the meeting it is on; null while PENDING", nullable = true)
            UUID meetingId,

            @Schema(examples = "모니터링 결과 검토: 2016년 3차 모니터링") String title,

            @Schema(nullable = true, examples = "282개동 · 미흡 37건 (60점 미만) · 우수 12건 (90점 이상)")
            String summary,

            @Schema(examples = "MONITORING") AgendaItem.Source source,
            @Schema(nullable = true) UUID roundId,
            @Schema(examples = "SCHEDULED") AgendaItem.Status status,

            @Schema(description = "id of the event it came from", nullable = true)
            String sourceEventId,

            Instant createdAt,
            long version,

            @Schema(
                    nullable = true,
                    description = "its place on the meeting's agenda (1 = first); null while PENDING",
                    examples = "1")
            Integer position) {

        public static AgendaItemView of(AgendaItem a) {
            return new AgendaItemView(
                    a.id(),
                    a.meetingId(),
                    a.title(),
                    a.summary(),
                    a.source(),
                    a.roundId(),
                    a.status(),
                    a.sourceEventId(),
                    a.createdAt(),
                    a.version(),
                    a.position());
        }

        public static AgendaItemView of(AgendaItemRow a) {
            return new AgendaItemView(
                    a.id(),
                    a.meetingId(),
                    a.title(),
                    a.summary(),
                    a.source(),
                    a.roundId(),
                    a.status(),
                    a.sourceEventId(),
                    a.createdAt(),
                    a.version(),
                    a.position());
        }
    }
}
