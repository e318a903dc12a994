package kr.seoul.chatdong.governance.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** 의결: what a meeting decided, numbered in the meeting's order. */
@Entity
@Table(name = "decision")
public class Decision {

    @Id
    private UUID id;

    @Column(name = "meeting_id")
    private UUID meetingId;

    private int seq;

    private String text;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Decision() {}

    public Decision(Meeting meeting, int seq, String text, Instant now) {
        this.id = UUID.randomUUID();
        this.meetingId = meeting.id();
        this.seq = seq;
        this.text = text;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID meetingId() {
        return meetingId;
    }

    public int seq() {
        return seq;
    }

    public String text() {
        return text;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
