package kr.seoul.chatdong.monitoring.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.seoul.chatdong.commons.rules.DomainException;

/**
 * 후속 조치: something a field contact left to do by a day. OPEN until marked DONE (once); an open
 * one past its {@code dueOn} is due in the district.
 */
@Entity
@Table(name = "follow_up")
public class FollowUp {

    @Id
    private UUID id;

    @Column(name = "contact_id")
    private UUID contactId;

    @Column(name = "district_code")
    private String districtCode;

    /** Its place among the contact's follow-ups (0, 1, …). */
    private int position;

    private String action;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    private FollowUpStatus status;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Column(name = "done_note")
    private String doneNote;

    @Column(name = "done_by")
    private String doneBy;

    @Column(name = "done_at")
    private Instant doneAt;

    @Version
    private long version;

    protected FollowUp() {}

    FollowUp(UUID contactId, String districtCode, int position, String action, LocalDate dueOn) {
        this.id = UUID.randomUUID();
        this.contactId = contactId;
        this.districtCode = districtCode;
        this.position = position;
        this.action = action;
        this.dueOn = dueOn;
        this.status = FollowUpStatus.OPEN;
    }

    /** Marks it done on {@code today}; done twice is a 409. */
    public void done(String note, String by, LocalDate today, Instant now) {
        if (status == FollowUpStatus.DONE) {
            throw new DomainException.StateConflict(
                    "The follow-up '" + action + "' was already done on " + doneOn + " by " + doneBy);
        }
        status = FollowUpStatus.DONE;
        doneNote = note;
        doneBy = by;
        doneOn = today;
        doneAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID contactId() {
        return contactId;
    }

    public String districtCode() {
        return districtCode;
    }

    public int position() {
        return position;
    }

    public String action() {
        return action;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public FollowUpStatus status() {
        return status;
    }

    public LocalDate doneOn() {
        return doneOn;
    }

    public String doneNote() {
        return doneNote;
    }

    public String doneBy() {
        return doneBy;
    }

    public Instant doneAt() {
        return doneAt;
    }

    public long version() {
        return version;
    }
}
