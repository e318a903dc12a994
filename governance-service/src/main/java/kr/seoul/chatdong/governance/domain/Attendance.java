package kr.seoul.chatdong.governance.domain;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** 출석: whether a member attended a meeting. */
@Entity
@Table(name = "meeting_attendance")
public class Attendance {

    @Embeddable
    public record Key(
            @Column(name = "meeting_id") UUID meetingId,
            @Column(name = "member_id") UUID memberId) implements Serializable {}

    @EmbeddedId
    private Key key;

    private boolean present;

    protected Attendance() {}

    public Attendance(UUID meetingId, UUID memberId, boolean present) {
        this.key = new Key(meetingId, memberId);
        this.present = present;
    }

    public UUID meetingId() {
        return key.meetingId();
    }

    public UUID memberId() {
        return key.memberId();
    }

    public boolean present() {
        return present;
    }
}
