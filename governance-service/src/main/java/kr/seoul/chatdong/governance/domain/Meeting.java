package kr.seoul.chatdong.governance.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.commons.time.Clocks;

/** 회의: a meeting of a council. SCHEDULED → HELD (close) or CANCELLED (cancel). */
@Entity
@Table(name = "meeting")
public class Meeting {

    @Schema(name = "MeetingStatus", description = "SCHEDULED until it is closed (HELD) or cancelled")
    public enum Status {
        SCHEDULED,
        HELD,
        CANCELLED
    }

    @Schema(name = "MeetingKind", description = "정기회의, 임시회의, 워크숍, 컨퍼런스, 설명회")
    public enum Kind {
        REGULAR,
        EXTRAORDINARY,
        WORKSHOP,
        CONFERENCE,
        BRIEFING
    }

    /** The workflow steps, as the API names them (POST /meetings/{id}/{step}). */
    public enum Step {
        close,
        cancel
    }

    @Id
    private UUID id;

    @Column(name = "council_id")
    private UUID councilId;

    private String title;

    @Enumerated(EnumType.STRING)
    private Kind kind = Kind.REGULAR;

    @Column(name = "scheduled_at")
    private Instant scheduledAt;

    private String place;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Column(name = "cancel_reason")
    private String cancelReason;

    @Column(name = "held_at")
    private Instant heldAt;

    @Column(name = "minutes_markdown")
    private String minutesMarkdown;

    @Column(name = "minutes_html")
    private String minutesHtml;

    @Column(name = "minutes_approved_at")
    private Instant minutesApprovedAt;

    @Column(name = "minutes_approved_at_meeting_id")
    private UUID minutesApprovedAtMeetingId;

    private Integer capacity;

    @Column(name = "series_id")
    private UUID seriesId;

    @Column(name = "duration_minutes")
    private Integer durationMinutes;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Meeting() {}

    public static Meeting schedule(Council council, String title, Instant scheduledAt, String place, Instant now) {
        return schedule(council, title, Kind.REGULAR, scheduledAt, place, now);
    }

    /** A meeting may be recorded after the fact (a past date) to enter history; it is then closed like any other. */
    public static Meeting schedule(
            Council council, String title, Kind kind, Instant scheduledAt, String place, Instant now) {
        if (council.status() != CouncilStatus.ACTIVE) {
            throw new DomainException.RuleViolation(
                    "The council is " + council.status() + "; it holds no more meetings");
        }
        Meeting m = new Meeting();
        m.id = UUID.randomUUID();
        m.councilId = council.id();
        m.title = title;
        m.kind = kind == null ? Kind.REGULAR : kind;
        m.scheduledAt = scheduledAt;
        m.place = place;
        m.status = Status.SCHEDULED;
        m.createdAt = now;
        return m;
    }

    public boolean isUpcoming(Instant now) {
        return status == Status.SCHEDULED && scheduledAt.isAfter(now);
    }

    /** The meeting's day in Seoul: members in office that day make its quorum. */
    public LocalDate day() {
        return LocalDate.ofInstant(scheduledAt, Clocks.SEOUL);
    }

    /** Attendance, decisions and agenda change only while the meeting is not cancelled. */
    public void requireOpenForRecord(String what) {
        if (status == Status.CANCELLED) {
            throw new DomainException.StateConflict("The meeting was cancelled; no " + what + " can be recorded")
                    .with("currentState", status.name())
                    .with("allowedSteps", List.of());
        }
    }

    /** SCHEDULED → HELD, once its time has come (a meeting recorded after the fact is in the past already). */
    public void close(Instant now) {
        require(Step.close);
        if (scheduledAt.isAfter(now)) {
            throw new DomainException.RuleViolation(
                            "The meeting is scheduled at " + scheduledAt + "; it can be closed once it has taken place")
                    .with("rule", "not-yet-held")
                    .with("scheduledAt", scheduledAt.toString());
        }
        this.status = Status.HELD;
        this.heldAt = now;
    }

    /** SCHEDULED → CANCELLED, with the reason. */
    public void cancel(String reason) {
        require(Step.cancel);
        this.status = Status.CANCELLED;
        this.cancelReason = reason;
    }

    /** The minutes, as Markdown and the sanitised HTML rendered from it; approved minutes are final. */
    public void writeMinutes(String markdown, String safeHtml) {
        requireOpenForRecord("minutes");
        if (minutesApprovedAt != null) {
            throw new DomainException.StateConflict(
                            "The minutes were approved at meeting " + minutesApprovedAtMeetingId + "; they are final")
                    .with("currentState", "APPROVED")
                    .with("allowedSteps", List.of());
        }
        this.minutesMarkdown = markdown;
        this.minutesHtml = safeHtml;
    }

    /** Minutes are approved at a later meeting of the same council, which has taken place (HELD). */
    public void approveMinutesAt(Meeting later, Instant now) {
        if (minutesMarkdown == null) {
            throw new DomainException.RuleViolation("The meeting has no minutes to approve; PUT them first")
                    .with("rule", "no-minutes");
        }
        if (minutesApprovedAt != null) {
            throw new DomainException.StateConflict("The minutes were approved already")
                    .with("currentState", "APPROVED")
                    .with("allowedSteps", List.of());
        }
        if (!later.councilId.equals(councilId)) {
            throw new DomainException.RuleViolation(
                            "Meeting " + later.id + " is of another council; minutes are approved at a later "
                                    + "meeting of the same council")
                    .with("rule", "approving-meeting-of-another-council")
                    .with("field", "atMeetingId");
        }
        if (!later.scheduledAt.isAfter(scheduledAt)) {
            throw new DomainException.RuleViolation(
                            "Meeting " + later.id + " is not later than this one; minutes are approved at a later "
                                    + "meeting of the same council")
                    .with("rule", "approving-meeting-not-later")
                    .with("field", "atMeetingId");
        }
        if (later.status != Status.HELD) {
            throw new DomainException.RuleViolation(
                            "Meeting " + later.id + " is " + later.status + "; minutes are approved at a meeting held")
                    .with("rule", "approving-meeting-not-held");
        }
        this.minutesApprovedAt = now;
        this.minutesApprovedAtMeetingId = later.id;
    }

    private void require(Step step) {
        if (status != Status.SCHEDULED) {
            throw new DomainException.StateConflict(
                            "The meeting is " + status + "; '" + step + "' is not a step from there (it has ended)")
                    .with("currentState", status.name())
                    .with(
                            "allowedSteps",
                            allowedSteps().stream().map(Enum::name).toList());
        }
    }

    public List<Step> allowedSteps() {
        return status == Status.SCHEDULED ? List.of(Step.close, Step.cancel) : List.of();
    }

    /** Open events take registrations up to their capacity; a meeting without one takes none. */
    public void openForRegistration(Integer capacity) {
        if (capacity != null && capacity < 1) {
            throw new DomainException.InvalidValue("capacity", "at least 1");
        }
        this.capacity = capacity;
    }

    public void requireOpenForRegistration() {
        if (capacity == null) {
            throw new DomainException.RuleViolation("The meeting takes no registrations (no capacity set)")
                    .with("rule", "not-open-for-registration");
        }
        if (status != Status.SCHEDULED) {
            throw new DomainException.StateConflict("The meeting is " + status + "; registrations are closed")
                    .with("currentState", status.name())
                    .with(
                            "allowedSteps",
                            allowedSteps().stream().map(Enum::name).toList());
        }
    }

    public Integer capacity() {
        return capacity;
    }

    /** One of a series' meetings, each {@code durationMinutes} long (1 minute to a day). */
    public void partOf(MeetingSeries series, int durationMinutes) {
        if (durationMinutes < 1 || durationMinutes > 24 * 60) {
            throw new DomainException.InvalidValue("durationMinutes", "from 1 to 1440");
        }
        this.seriesId = series.id();
        this.durationMinutes = durationMinutes;
    }

    /** Whether the series' cancellation from {@code from} (a Seoul day) takes it: not yet held, on or after that day. */
    public boolean cancelledWithSeriesFrom(LocalDate from) {
        return status == Status.SCHEDULED && !day().isBefore(from);
    }

    public UUID seriesId() {
        return seriesId;
    }

    public Integer durationMinutes() {
        return durationMinutes;
    }

    public UUID id() {
        return id;
    }

    public UUID councilId() {
        return councilId;
    }

    public String title() {
        return title;
    }

    public Kind kind() {
        return kind;
    }

    public Instant scheduledAt() {
        return scheduledAt;
    }

    public String place() {
        return place;
    }

    public Status status() {
        return status;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public Instant heldAt() {
        return heldAt;
    }

    public String minutesMarkdown() {
        return minutesMarkdown;
    }

    public String minutesHtml() {
        return minutesHtml;
    }

    public Instant minutesApprovedAt() {
        return minutesApprovedAt;
    }

    public UUID minutesApprovedAtMeetingId() {
        return minutesApprovedAtMeetingId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
