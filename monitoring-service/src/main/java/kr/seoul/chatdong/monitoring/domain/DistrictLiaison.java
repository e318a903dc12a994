package kr.seoul.chatdong.monitoring.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.seoul.chatdong.commons.rules.DomainException;

/**
 * 자치구 담당자: the Foundation staff member responsible for one district for a period. The current
 * liaison of a district has no {@code validTo}; a new person ends the period of the one before the
 * day before theirs starts. {@code account} is the person's sign-in name: a token of it records
 * field contacts of the district whatever its role.
 */
@Entity
@Table(name = "district_liaison")
public class DistrictLiaison {

    @Id
    private UUID id;

    @Column(name = "district_code")
    private String districtCode;

    private String name;

    private String organisation;

    private String account;

    private String phone;

    private String email;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected DistrictLiaison() {}

    /** The first or next liaison of a district, from {@code from} on. */
    public static DistrictLiaison appoint(
            String districtCode,
            String name,
            String organisation,
            String account,
            String phone,
            String email,
            LocalDate from,
            Instant now) {
        DistrictLiaison l = new DistrictLiaison();
        l.id = UUID.randomUUID();
        l.districtCode = districtCode;
        l.account = account;
        l.validFrom = from;
        l.createdAt = now;
        l.describe(name, organisation, phone, email);
        return l;
    }

    /** The same person's details change (their period stays). */
    public void describe(String newName, String newOrganisation, String newPhone, String newEmail) {
        name = newName;
        organisation = newOrganisation;
        phone = newPhone;
        email = newEmail;
    }

    /**
     * Moves the start of the current period (the same person, a corrected day); it stays after the
     * start of the period before, whose end follows.
     */
    public void startOn(LocalDate from, DistrictLiaison previous) {
        if (previous != null) {
            previous.endBefore(from);
        }
        validFrom = from;
    }

    /**
     * Ends this (current) period on the day before {@code nextFrom}, when the next liaison starts;
     * the next one must start after this one did (422 {@code liaison-period-order}).
     */
    public void endBefore(LocalDate nextFrom) {
        if (!nextFrom.isAfter(validFrom)) {
            throw new DomainException.RuleViolation("The liaison before (" + name + ") started on " + validFrom
                            + "; the next one must start after that, not on " + nextFrom)
                    .with("rule", "liaison-period-order");
        }
        validTo = nextFrom.minusDays(1);
    }

    public boolean isCurrent() {
        return validTo == null;
    }

    public UUID id() {
        return id;
    }

    public String districtCode() {
        return districtCode;
    }

    public String name() {
        return name;
    }

    public String organisation() {
        return organisation;
    }

    public String account() {
        return account;
    }

    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
