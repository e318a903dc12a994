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

/** 참가 신청: a registration for an open event; WAITLISTED once the capacity is taken. */
@Entity
@Table(name = "meeting_registration")
public class Registration {

    @Schema(name = "RegistrationStatus", description = "REGISTERED within the capacity, WAITLISTED past it, WITHDRAWN")
    public enum Status {
        REGISTERED,
        WAITLISTED,
        WITHDRAWN
    }

    @Id
    private UUID id;

    @Column(name = "meeting_id")
    private UUID meetingId;

    private String name;

    private String organisation;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Registration() {}

    public Registration(Meeting meeting, String name, String organisation, boolean seatLeft, Instant now) {
        this.id = UUID.randomUUID();
        this.meetingId = meeting.id();
        this.name = name;
        this.organisation = organisation;
        this.status = seatLeft ? Status.REGISTERED : Status.WAITLISTED;
        this.createdAt = now;
    }

    /** Withdraws it; true when it held a seat (so the first on the waiting list gets it). */
    public boolean withdraw() {
        boolean held = status == Status.REGISTERED;
        status = Status.WITHDRAWN;
        return held;
    }

    public void promote() {
        status = Status.REGISTERED;
    }

    public UUID id() {
        return id;
    }

    public UUID meetingId() {
        return meetingId;
    }

    public String name() {
        return name;
    }

    public String organisation() {
        return organisation;
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
