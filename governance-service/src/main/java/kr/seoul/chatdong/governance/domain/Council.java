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

/** 협의체: a council or committee of the program's public–private governance. */
@Entity
@Table(name = "council")
public class Council {

    @Id
    private UUID id;

    private String name;

    @Enumerated(EnumType.STRING)
    private CouncilKind kind;

    @Column(name = "district_code")
    private String districtCode;

    @Column(name = "established_on")
    private LocalDate establishedOn;

    private String description;

    @Column(name = "parent_id")
    private UUID parentId;

    private String mandate;

    @Column(name = "term_from")
    private LocalDate termFrom;

    @Column(name = "term_to")
    private LocalDate termTo;

    @Enumerated(EnumType.STRING)
    private CouncilStatus status = CouncilStatus.ACTIVE;

    @Column(name = "quorum_rule")
    private String quorumRule = "MAJORITY";

    @Column(name = "seed_key")
    private String seedKey;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Council() {}

    /** A district council names its district; a city-wide one must not. */
    public static Council establish(
            String name,
            CouncilKind kind,
            String districtCode,
            LocalDate establishedOn,
            String description,
            Instant now) {
        if (kind.belongsToDistrict() && districtCode == null) {
            throw new DomainException.InvalidValue(
                    "districtCode", "a " + kind + " council belongs to one district: give its 5-digit code");
        }
        if (!kind.belongsToDistrict() && districtCode != null) {
            throw new DomainException.InvalidValue(
                    "districtCode", "a " + kind + " council is city-wide: leave districtCode out");
        }
        Council council = new Council();
        council.id = UUID.randomUUID();
        council.name = name;
        council.kind = kind;
        council.districtCode = districtCode;
        council.establishedOn = establishedOn;
        council.description = description;
        council.createdAt = now;
        return council;
    }

    /**
     * A sub-committee sits under a parent (e.g. the education planning committee's five); its scope
     * is the parent's. The term, when given, must not end before it starts.
     */
    public void constitute(
            Council parent, String mandate, LocalDate termFrom, LocalDate termTo, QuorumRule quorumRule) {
        if (parent != null) {
            if (!java.util.Objects.equals(parent.districtCode, districtCode)) {
                throw new DomainException.RuleViolation(
                                "A sub-committee has its parent's scope (district " + parent.districtCode + ")")
                        .with("rule", "sub-committee-outside-parent-scope")
                        .with("field", "parentId");
            }
            this.parentId = parent.id;
        }
        if (termFrom != null && termTo != null && termTo.isBefore(termFrom)) {
            throw new DomainException.InvalidValue(
                    "termTo", "the term ends (" + termTo + ") before it starts (" + termFrom + ")");
        }
        this.mandate = mandate;
        this.termFrom = termFrom;
        this.termTo = termTo;
        this.quorumRule = (quorumRule == null ? QuorumRule.MAJORITY : quorumRule).text();
    }

    /** Marks a body the service seeds at first start, so later starts find it. */
    public void seededAs(String key) {
        this.seedKey = key;
    }

    /** CITY for a city-wide body, DISTRICT for one district's. */
    public String scope() {
        return districtCode == null ? "CITY" : "DISTRICT";
    }

    /** Changes what a PATCH names; {@code null} leaves a field as it is. */
    public void revise(String name, String description, LocalDate establishedOn) {
        if (name != null) {
            this.name = name;
        }
        if (description != null) {
            this.description = description;
        }
        if (establishedOn != null) {
            this.establishedOn = establishedOn;
        }
    }

    /** Removes what a merge patch sent as null: the description and the founding date are optional, the name is not. */
    public void remove(java.util.Set<String> members) {
        for (String member : members) {
            switch (member) {
                case "description" -> this.description = null;
                case "establishedOn" -> this.establishedOn = null;
                default -> throw new DomainException.InvalidValue(member, "is required; it cannot be removed (null)");
            }
        }
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public CouncilKind kind() {
        return kind;
    }

    public String districtCode() {
        return districtCode;
    }

    public LocalDate establishedOn() {
        return establishedOn;
    }

    public String description() {
        return description;
    }

    public UUID parentId() {
        return parentId;
    }

    public String mandate() {
        return mandate;
    }

    public LocalDate termFrom() {
        return termFrom;
    }

    public LocalDate termTo() {
        return termTo;
    }

    public CouncilStatus status() {
        return status;
    }

    public QuorumRule quorumRule() {
        return new QuorumRule(quorumRule);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
