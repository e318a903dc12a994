package kr.seoul.chatdong.governance.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.BatchSize;

import kr.seoul.chatdong.commons.rules.DomainException;

/** 자치구 추진지원단: a district's support team, run by the district (직영) or outsourced (위탁). */
@Entity
@Table(name = "support_team")
public class SupportTeam {

    @Schema(
            name = "SupportTeamModel",
            description = "DIRECT: run by the district office (직영); OUTSOURCED: by a private operator (위탁)")
    public enum Model {
        DIRECT,
        OUTSOURCED
    }

    /**
     * The plan staffs a team with 3 people "(마을, 복지)": at least one per field; the third leads the
     * team (the README says why).
     */
    @Schema(name = "SupportTeamStaffRole", description = "LEAD (the team's lead, 팀장), VILLAGE (마을) or WELFARE (복지)")
    public enum StaffRole {
        LEAD,
        VILLAGE,
        WELFARE
    }

    /** ACTIVE until the team is ended (then ENDED for good, with the day and why): at most one ACTIVE per district. */
    @Schema(name = "SupportTeamStatus", description = "ACTIVE until ended; ENDED for good, with endedOn and endReason")
    public enum Status {
        ACTIVE,
        ENDED
    }

    static final int MAX_STAFF = 50;

    @Id
    private UUID id;

    @Column(name = "district_code")
    private String districtCode;

    @Enumerated(EnumType.STRING)
    private Model model;

    private String operator;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "support_team_staff", joinColumns = @JoinColumn(name = "support_team_id"))
    @OrderColumn(name = "seq")
    @BatchSize(size = 100)
    private List<StaffMember> staff = new ArrayList<>();

    @Column(name = "started_on")
    private LocalDate startedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Enumerated(EnumType.STRING)
    private Status status = Status.ACTIVE;

    @Column(name = "end_reason")
    private String endReason;

    @Column(name = "council_id")
    private UUID councilId;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected SupportTeam() {}

    public static SupportTeam of(
            String districtCode,
            Model model,
            String operator,
            List<StaffMember> staff,
            LocalDate startedOn,
            LocalDate endedOn,
            Council council,
            Instant now) {
        if (endedOn != null && endedOn.isBefore(startedOn)) {
            throw new DomainException.InvalidValue("endedOn", "ends before it starts");
        }
        SupportTeam t = new SupportTeam();
        t.id = UUID.randomUUID();
        t.districtCode = districtCode;
        t.model = model;
        t.operator = operator;
        t.staff(staff);
        t.startedOn = startedOn;
        t.endedOn = endedOn;
        t.status = endedOn == null ? Status.ACTIVE : Status.ENDED;
        t.councilId = council == null ? null : council.id();
        t.createdAt = now;
        return t;
    }

    /** A team that joins the programme from {@code startedOn}: ACTIVE until it is ended. */
    public static SupportTeam start(
            String districtCode,
            Model model,
            String operator,
            List<StaffMember> staff,
            LocalDate startedOn,
            Council network,
            Instant now) {
        if (model == null) {
            throw new DomainException.InvalidValue("model", "is required: DIRECT or OUTSOURCED");
        }
        if (startedOn == null) {
            throw new DomainException.InvalidValue("startedOn", "is required");
        }
        return of(districtCode, model, blankToNull(operator), staff, startedOn, null, network, now);
    }

    /** Changes what a PATCH names ({@code null}: as it is); an ended team is history and changes no more. */
    public void revise(Model model, String operator, LocalDate startedOn, List<StaffMember> staff) {
        requireActive("changed");
        if (startedOn != null) {
            this.startedOn = startedOn;
        }
        if (model != null) {
            this.model = model;
        }
        if (operator != null) {
            this.operator = blankToNull(operator);
        }
        if (staff != null) {
            staff(staff);
        }
    }

    /** Removes what a merge patch sent as null: only the operator is optional. */
    public void remove(java.util.Set<String> members) {
        for (String member : members) {
            if (!"operator".equals(member)) {
                throw new DomainException.InvalidValue(member, "is required; it cannot be removed (null)");
            }
            requireActive("changed");
            this.operator = null;
        }
    }

    /** ACTIVE → ENDED: the last day it ran (not before it started) and why. */
    public void end(LocalDate endedOn, String reason) {
        requireActive("ended again");
        if (endedOn == null) {
            throw new DomainException.InvalidValue("endedOn", "is required");
        }
        if (endedOn.isBefore(startedOn)) {
            throw new DomainException.InvalidValue(
                    "endedOn", "ends (" + endedOn + ") before it starts (" + startedOn + ")");
        }
        this.endedOn = endedOn;
        this.endReason = blankToNull(reason);
        this.status = Status.ENDED;
    }

    private void requireActive(String what) {
        if (status == Status.ENDED) {
            throw new DomainException.StateConflict(
                    "The team ended on " + endedOn + "; an ended team cannot be " + what);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Sets the staff, each with a role and at most one name. */
    public void staff(List<StaffMember> staff) {
        if (staff == null) {
            throw new DomainException.InvalidValue("staff", "is required; an empty list for a team without staff");
        }
        if (staff.size() > MAX_STAFF) {
            throw new DomainException.InvalidValue("staff", "at most " + MAX_STAFF + " people");
        }
        for (int i = 0; i < staff.size(); i++) {
            if (staff.get(i) == null) {
                throw new DomainException.InvalidValue("staff[" + i + "]", "must not be null");
            }
            staff.get(i).check("staff[" + i + "]");
        }
        this.staff.clear();
        this.staff.addAll(staff);
    }

    /** Whether it runs on {@code day}. */
    public boolean activeOn(LocalDate day) {
        return !startedOn.isAfter(day) && (endedOn == null || !endedOn.isBefore(day));
    }

    public UUID id() {
        return id;
    }

    public String districtCode() {
        return districtCode;
    }

    public Model model() {
        return model;
    }

    public String operator() {
        return operator;
    }

    /** 채용인력: the staff hired, counted from the list so the two never disagree. */
    public int staffCount() {
        return staff.size();
    }

    public List<StaffMember> staff() {
        return List.copyOf(staff);
    }

    public LocalDate startedOn() {
        return startedOn;
    }

    public LocalDate endedOn() {
        return endedOn;
    }

    public Status status() {
        return status;
    }

    public String endReason() {
        return endReason;
    }

    public UUID councilId() {
        return councilId;
    }

    public long version() {
        return version;
    }
}
