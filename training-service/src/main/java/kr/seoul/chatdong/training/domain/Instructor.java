package kr.seoul.chatdong.training.domain;

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
 * 강사: an instructor of the programme's cohorts, a civil servant or from outside the administration
 * (학계·복지현장), active from a day until they retire. A cohort is taught only by instructors active on
 * its days; their evaluations (강사 평가) are kept under the registry id.
 */
@Entity
@Table(name = "instructor")
public class Instructor {

    /** Where the instructor comes from, as the plan counts them (2015: 공무원 19, 민간 104). */
    public enum Affiliation {
        /** 공무원 */
        CIVIL_SERVANT,
        /** 민간: academia, welfare practice, civil society */
        PRIVATE
    }

    /** An instructor's registry id and name, as a cohort shows them (null name: an id the registry does not hold). */
    public record Named(UUID id, String name) {}

    @Id
    private UUID id;

    private String name;

    private String organisation;

    @Enumerated(EnumType.STRING)
    private Affiliation affiliation;

    @ElementCollection
    @CollectionTable(name = "instructor_field", joinColumns = @JoinColumn(name = "instructor_id"))
    @Column(name = "field")
    @Enumerated(EnumType.STRING)
    private Set<Field> fields = EnumSet.noneOf(Field.class);

    /** The sign-in account name (Keycloak's preferred_username) of an instructor who signs in. */
    private String account;

    @Column(name = "active_from")
    private LocalDate activeFrom;

    @Column(name = "active_until")
    private LocalDate activeUntil;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Instructor() {}

    public static Instructor register(
            String name,
            String organisation,
            Affiliation affiliation,
            Set<Field> fields,
            String account,
            LocalDate activeFrom,
            Instant now) {
        requireSpan(activeFrom, null);
        Instructor instructor = new Instructor();
        instructor.id = UUID.randomUUID();
        instructor.name = name;
        instructor.organisation = organisation;
        instructor.affiliation = affiliation;
        instructor.fields.addAll(fields);
        instructor.account = account;
        instructor.activeFrom = activeFrom;
        instructor.createdAt = now;
        return instructor;
    }

    /** Changes what is given (null: stays); the active span must stay a span (activeUntil not before activeFrom). */
    public void revise(
            String name,
            String organisation,
            Affiliation affiliation,
            Set<Field> fields,
            LocalDate activeFrom,
            LocalDate activeUntil) {
        LocalDate from = activeFrom != null ? activeFrom : this.activeFrom;
        LocalDate until = activeUntil != null ? activeUntil : this.activeUntil;
        requireSpan(from, until);
        if (name != null) {
            this.name = name;
        }
        if (organisation != null) {
            this.organisation = organisation;
        }
        if (affiliation != null) {
            this.affiliation = affiliation;
        }
        if (fields != null) {
            this.fields.clear();
            this.fields.addAll(fields);
        }
        this.activeFrom = from;
        this.activeUntil = until;
    }

    /**
     * Removes what a merge patch sent as null: the account (unlinked) and activeUntil (active again);
     * fields may be emptied; the rest is required.
     */
    public void remove(Set<String> members) {
        for (String member : members) {
            switch (member) {
                case "account" -> this.account = null;
                case "activeUntil" -> this.activeUntil = null;
                case "fields" -> this.fields.clear();
                default -> throw new DomainException.InvalidValue(member, "is required; it cannot be removed (null)");
            }
        }
    }

    public void linkAccount(String account) {
        this.account = account;
    }

    /** Whether the instructor is active on some day of {@code first..last}. */
    public boolean activeDuring(LocalDate first, LocalDate last) {
        return !activeFrom.isAfter(last) && (activeUntil == null || !activeUntil.isBefore(first));
    }

    /** A cohort of {@code first..last} is taught only by an instructor active on its days: else 422 naming the instructor. */
    public void requireActiveDuring(LocalDate first, LocalDate last) {
        if (activeDuring(first, last)) {
            return;
        }
        boolean retired = activeUntil != null && activeUntil.isBefore(first);
        throw new DomainException.RuleViolation("Instructor " + id + " (" + name + ") "
                        + (retired ? "retired on " + activeUntil : "is active only from " + activeFrom)
                        + "; the cohort runs " + first + ".." + last)
                .with("rule", retired ? "instructor-retired" : "instructor-not-yet-active")
                .with("instructorId", id);
    }

    private static void requireSpan(LocalDate from, LocalDate until) {
        requirePlausible("activeFrom", from);
        requirePlausible("activeUntil", until);
        if (until != null && until.isBefore(from)) {
            throw new DomainException.InvalidValue(
                    "activeUntil", "is before activeFrom (" + until + " < " + from + ")");
        }
    }

    private static void requirePlausible(String field, LocalDate day) {
        if (day != null && (day.getYear() < 2000 || day.getYear() > 2100)) {
            throw new DomainException.InvalidValue(field, "must be a day of the years 2000 to 2100");
        }
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

    public Affiliation affiliation() {
        return affiliation;
    }

    public Set<Field> fields() {
        return Collections.unmodifiableSet(fields);
    }

    public String account() {
        return account;
    }

    public LocalDate activeFrom() {
        return activeFrom;
    }

    public LocalDate activeUntil() {
        return activeUntil;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
