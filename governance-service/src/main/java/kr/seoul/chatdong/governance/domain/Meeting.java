package kr.seoul.chatdong.governance.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** 회의: a meeting of a council. */
@Entity
@Table(name = "meeting")
public class Meeting {

    @Schema(name = "MeetingStatus")
    /** Holding (with attendance) and cancelling come with the meetings workflow (and their values then). */
    public enum Status { SCHEDULED }

    @Id
    private UUID id;

    @Column(name = "council_id")
    private UUID councilId;

    private String title;

    @Column(name = "scheduled_at")
    private Instant scheduledAt;

    private String place;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Meeting() {
    }

    public static Meeting schedule(Council council, String title, Instant scheduledAt, String place, Instant now) {
        Meeting m = new Meeting();
        m.id = UUID.randomUUID();
        m.councilId = council.id();
        m.title = title;
        m.scheduledAt = scheduledAt;
        m.place = place;
        m.status = Status.SCHEDULED;
        m.createdAt = now;
        return m;
    }

    public boolean isUpcoming(Instant now) {
        return status == Status.SCHEDULED && scheduledAt.isAfter(now);
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

    public Instant scheduledAt() {
        return scheduledAt;
    }

    public String place() {
        return place;
    }

    public Status status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
