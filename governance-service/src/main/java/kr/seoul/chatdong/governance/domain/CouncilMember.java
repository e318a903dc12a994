package kr.seoul.chatdong.governance.domain;

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

/** 위원: a member of a council for a term (termTo null: open-ended). Name and organisation stay in this service. */
@Entity
@Table(name = "council_member")
public class CouncilMember {

    @Id
    private UUID id;

    @Column(name = "council_id")
    private UUID councilId;

    private String name;

    private String organisation;

    @Enumerated(EnumType.STRING)
    private Sector sector;

    @Enumerated(EnumType.STRING)
    private Position position;

    @Column(name = "term_from")
    private LocalDate termFrom;

    @Column(name = "term_to")
    private LocalDate termTo;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected CouncilMember() {}

    public static CouncilMember appoint(
            Council council,
            String name,
            String organisation,
            Sector sector,
            Position position,
            LocalDate termFrom,
            LocalDate termTo,
            Instant now) {
        if (termTo != null && termTo.isBefore(termFrom)) {
            throw new DomainException.InvalidValue(
                    "termTo", "the term ends (" + termTo + ") before it starts (" + termFrom + ")");
        }
        CouncilMember m = new CouncilMember();
        m.id = UUID.randomUUID();
        m.councilId = council.id();
        m.name = name;
        m.organisation = organisation;
        m.sector = sector;
        m.position = position;
        m.termFrom = termFrom;
        m.termTo = termTo;
        m.createdAt = now;
        return m;
    }

    /** Whether the member is in office on {@code day}. */
    public boolean inOfficeOn(LocalDate day) {
        return !termFrom.isAfter(day) && (termTo == null || !termTo.isBefore(day));
    }

    /** Whether this member's term and {@code [from, to]} (to null: open-ended) share a day. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return (to == null || !termFrom.isAfter(to)) && (termTo == null || !termTo.isBefore(from));
    }

    public UUID id() {
        return id;
    }

    public UUID councilId() {
        return councilId;
    }

    public String name() {
        return name;
    }

    public String organisation() {
        return organisation;
    }

    public Sector sector() {
        return sector;
    }

    public Position position() {
        return position;
    }

    public LocalDate termFrom() {
        return termFrom;
    }

    public LocalDate termTo() {
        return termTo;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
