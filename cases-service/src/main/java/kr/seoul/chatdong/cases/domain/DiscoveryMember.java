package kr.seoul.chatdong.cases.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.seoul.chatdong.commons.rules.DomainException;

/** 발굴단원: the discovery-team member of one district for a period (the plan: 17, one per district). */
@Entity
@Table(name = "discovery_member")
public class DiscoveryMember {

    @Id
    private UUID id;

    private String name;

    @Column(name = "district_code")
    private String districtCode;

    /** The member's sign-in account name: who acts as this member. */
    private String subject;

    @Column(name = "active_from")
    private LocalDate activeFrom;

    /** The last day; null while open-ended. */
    @Column(name = "active_to")
    private LocalDate activeTo;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected DiscoveryMember() {}

    public DiscoveryMember(
            String name, String districtCode, String subject, LocalDate activeFrom, LocalDate activeTo, Instant now) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.districtCode = districtCode;
        this.subject = subject;
        this.createdAt = now;
        setPeriod(activeFrom, activeTo);
    }

    /** A merge patch may remove nothing of a member: every member has a value. */
    public void remove(java.util.Set<String> members) {
        for (String member : members) {
            throw new kr.seoul.chatdong.commons.rules.DomainException.InvalidValue(
                    member, "cannot be removed (null); give a value");
        }
    }

    /** Changes what is given (null leaves it); the period must stay ordered. */
    public void revise(String newName, String newSubject, LocalDate newFrom, LocalDate newTo) {
        if (newName != null) {
            name = newName;
        }
        if (newSubject != null) {
            subject = newSubject;
        }
        setPeriod(newFrom != null ? newFrom : activeFrom, newTo != null ? newTo : activeTo);
    }

    private void setPeriod(LocalDate from, LocalDate to) {
        if (to != null && to.isBefore(from)) {
            throw new DomainException.InvalidValue("activeTo", "is before activeFrom (" + to + " < " + from + ")");
        }
        activeFrom = from;
        activeTo = to;
    }

    /** Whether the member is active on {@code day}. */
    public boolean isActiveOn(LocalDate day) {
        return !day.isBefore(activeFrom) && (activeTo == null || !day.isAfter(activeTo));
    }

    /** Whether this member's period shares a day with {@code from..to} (to null: open-ended). */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return (to == null || !activeFrom.isAfter(to)) && (activeTo == null || !activeTo.isBefore(from));
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String districtCode() {
        return districtCode;
    }

    public String subject() {
        return subject;
    }

    public LocalDate activeFrom() {
        return activeFrom;
    }

    public LocalDate activeTo() {
        return activeTo;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
