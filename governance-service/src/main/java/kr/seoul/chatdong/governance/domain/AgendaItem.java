package kr.seoul.chatdong.governance.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.seoul.chatdong.language.events.monitoring.ReportPublished;
import kr.seoul.chatdong.language.events.monitoring.RoundCompleted;

/** 안건: an item on a council meeting's agenda; PENDING while no meeting is scheduled for it. */
@Entity
@Table(name = "agenda_item")
public class AgendaItem {

    @Schema(name = "AgendaItemSource", description = "where an agenda item came from")
    public enum Source {
        MANUAL,
        MONITORING,
        /** A published yearly evaluation report (공유보고). */
        EVALUATION
    }

    @Schema(name = "AgendaItemStatus", description = "PENDING until a meeting takes it up")
    public enum Status {
        PENDING,
        SCHEDULED
    }

    @Id
    private UUID id;

    @Column(name = "meeting_id")
    private UUID meetingId;

    private String title;

    private String summary;

    @Enumerated(EnumType.STRING)
    private Source source;

    @Column(name = "round_id")
    private UUID roundId;

    @Column(name = "report_year")
    private Short reportYear;

    @Column(name = "report_version")
    private Integer reportVersion;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Column(name = "source_event_id")
    private String sourceEventId;

    private Integer position;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected AgendaItem() {}

    /**
     * The review of a completed monitoring round, for the next meeting of the council it is routed to
     * ({@code nextMeeting}), or pending when none is scheduled.
     */
    public static AgendaItem reviewOf(
            RoundCompleted round, Meeting nextMeeting, int position, String sourceEventId, Instant now) {
        AgendaItem item = new AgendaItem();
        item.id = UUID.randomUUID();
        item.title = "모니터링 결과 검토: " + round.name();
        item.summary = round.dongs().size() + "개동 · 미흡 "
                + round.underperforming().size() + "건 (" + round.underperformingBelow() + "점 미만) · 우수 "
                + round.excellent().size() + "건 (" + round.excellentFrom() + "점 이상)";
        item.source = Source.MONITORING;
        item.roundId = round.roundId();
        item.sourceEventId = sourceEventId;
        item.createdAt = now;
        if (nextMeeting == null) {
            item.status = Status.PENDING;
        } else {
            item.placeOn(nextMeeting, position);
        }
        return item;
    }

    /**
     * 공유보고: a published version of a yearly evaluation report, for the next meeting of the council
     * routed for EVALUATION ({@code nextMeeting}), or pending when none is scheduled.
     */
    public static AgendaItem reportOf(
            ReportPublished report, Meeting nextMeeting, int position, String sourceEventId, Instant now) {
        AgendaItem item = new AgendaItem();
        item.id = UUID.randomUUID();
        item.title = "평가보고서 공유보고: " + report.title();
        item.summary = report.year() + "년 평가보고서 제" + report.version() + "판 · " + report.url();
        item.source = Source.EVALUATION;
        item.reportYear = (short) report.year();
        item.reportVersion = report.version();
        item.sourceEventId = sourceEventId;
        item.createdAt = now;
        if (nextMeeting == null) {
            item.status = Status.PENDING;
        } else {
            item.placeOn(nextMeeting, position);
        }
        return item;
    }

    /** An item added to a meeting's agenda by hand, at the end ({@code position}). */
    public static AgendaItem manual(Meeting meeting, String title, String summary, int position, Instant now) {
        AgendaItem item = new AgendaItem();
        item.id = UUID.randomUUID();
        item.title = title;
        item.summary = summary;
        item.source = Source.MANUAL;
        item.createdAt = now;
        item.placeOn(meeting, position);
        return item;
    }

    /** Puts a pending item on a meeting's agenda at {@code position} (1 = first). */
    public void placeOn(Meeting meeting, int position) {
        this.meetingId = meeting.id();
        this.status = Status.SCHEDULED;
        this.position = position;
    }

    /** Moves the item to {@code position} of its meeting's agenda. */
    public void moveTo(int position) {
        this.position = position;
    }

    public Integer position() {
        return position;
    }

    public UUID id() {
        return id;
    }

    public UUID meetingId() {
        return meetingId;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public Source source() {
        return source;
    }

    public UUID roundId() {
        return roundId;
    }

    public Status status() {
        return status;
    }

    public String sourceEventId() {
        return sourceEventId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
