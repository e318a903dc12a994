package kr.seoul.chatdong.monitoring.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.language.Field;

/**
 * 컨설턴트: a private expert who consults dongs in the fields they know. Never consults a dong of
 * their own home district (conflict of interest), never more than {@code capacity} active
 * assignments, only between {@code activeFrom} and {@code activeTo}.
 */
@Entity
@Table(name = "consultant")
public class Consultant {

    @Id
    private UUID id;

    private String name;

    private String organisation;

    @ElementCollection
    @CollectionTable(name = "consultant_field", joinColumns = @JoinColumn(name = "consultant_id"))
    @Column(name = "field")
    @Enumerated(EnumType.STRING)
    private Set<Field> fields = EnumSet.noneOf(Field.class);

    @Column(name = "home_district_code")
    private String homeDistrictCode;

    private int capacity;

    @Column(name = "active_from")
    private LocalDate activeFrom;

    @Column(name = "active_to")
    private LocalDate activeTo;

    /** The consultant's sign-in account name: how a call is known to be theirs. */
    private String subject;

    @Column(name = "last_assigned_at")
    private Instant lastAssignedAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Consultant() {}

    public static Consultant register(
            String name,
            String organisation,
            Set<Field> fields,
            String homeDistrictCode,
            int capacity,
            LocalDate activeFrom,
            LocalDate activeTo,
            String subject,
            Instant now) {
        Consultant c = new Consultant();
        c.id = UUID.randomUUID();
        c.name = name;
        c.organisation = organisation;
        c.homeDistrictCode = homeDistrictCode;
        c.subject = subject;
        c.createdAt = now;
        c.revise(null, null, fields, capacity, activeFrom, activeTo);
        return c;
    }

    /** Changes what is given (null stays); the result must still be a consultant who can work. */
    public void revise(
            String newName,
            String newOrganisation,
            Set<Field> newFields,
            Integer newCapacity,
            LocalDate newActiveFrom,
            LocalDate newActiveTo) {
        if (newFields != null && newFields.isEmpty()) {
            throw new DomainException.InvalidValue("fields", "must name at least one field the consultant consults in");
        }
        LocalDate from = newActiveFrom != null ? newActiveFrom : activeFrom;
        LocalDate to = newActiveTo != null ? newActiveTo : activeTo;
        if (to != null && to.isBefore(from)) {
            throw new DomainException.InvalidValue("activeTo", "must be on or after activeFrom (" + from + ")");
        }
        if (newName != null) {
            name = newName;
        }
        if (newOrganisation != null) {
            organisation = newOrganisation;
        }
        if (newFields != null) {
            fields = EnumSet.copyOf(newFields);
        }
        if (newCapacity != null) {
            capacity = newCapacity;
        }
        activeFrom = from;
        if (newActiveTo != null) {
            activeTo = newActiveTo;
        }
    }

    /** A merge patch may remove only {@code activeTo} (the consultant then stays active). */
    public void remove(Set<String> members) {
        for (String member : members) {
            if (!member.equals("activeTo")) {
                throw new DomainException.InvalidValue(member, "is required; it cannot be removed (null)");
            }
            activeTo = null;
        }
    }

    /**
     * Why this consultant cannot take consulting in {@code field} for a dong of {@code districtCode}
     * on {@code day} with {@code active} assignments already, or null when they can.
     */
    public Refusal refusalFor(Field field, String districtCode, LocalDate day, long active) {
        if (!fields.contains(field)) {
            return new Refusal("consultant-field-mismatch", "consults in " + fields + ", not " + field);
        }
        if (day.isBefore(activeFrom) || activeTo != null && day.isAfter(activeTo)) {
            return new Refusal(
                    "consultant-inactive",
                    "is active " + activeFrom + ".." + (activeTo == null ? "" : activeTo) + ", not on " + day);
        }
        if (homeDistrictCode.equals(districtCode)) {
            return new Refusal(
                    "consultant-conflict-of-interest",
                    "has home district " + homeDistrictCode
                            + ", the dong's own district: a consultant never consults their own district");
        }
        if (active >= capacity) {
            return new Refusal(
                    "consultant-at-capacity",
                    "already has " + active + " active assignments, the capacity of " + capacity);
        }
        return null;
    }

    /** A rule that keeps a consultant from an assignment: a stable code and a sentence. */
    public record Refusal(String rule, String reason) {}

    void assignedAt(Instant now) {
        lastAssignedAt = now;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String organisation() {
        return organisation;
    }

    public Set<Field> fields() {
        return Collections.unmodifiableSet(fields);
    }

    public String homeDistrictCode() {
        return homeDistrictCode;
    }

    public int capacity() {
        return capacity;
    }

    public LocalDate activeFrom() {
        return activeFrom;
    }

    public LocalDate activeTo() {
        return activeTo;
    }

    public String subject() {
        return subject;
    }

    public Instant lastAssignedAt() {
        return lastAssignedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
