package kr.seoul.chatdong.governance.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

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

import org.hibernate.annotations.BatchSize;

import kr.seoul.chatdong.commons.rules.DomainException;

/** 자치구 추진지원단: a district's support team, run by the district (직영) or outsourced (위탁). */
@Entity
@Table(name = "support_team")
public class SupportTeam {

    @Schema(name = "SupportTeamModel", description = "DIRECT: run by the district office (직영); OUTSOURCED: by a private operator (위탁)")
    public enum Model { DIRECT, OUTSOURCED }

    /**
     * The plan staffs a team with 3 people "(마을, 복지)": at least one per field; the third leads the
     * team (the README says why).
     */
    @Schema(name = "SupportTeamStaffRole", description = "LEAD (the team's lead, 팀장), VILLAGE (마을) or WELFARE (복지)")
    public enum StaffRole { LEAD, VILLAGE, WELFARE }

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

    @Column(name = "council_id")
    private UUID councilId;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected SupportTeam() {
    }

    public static SupportTeam of(String districtCode, Model model, String operator, List<StaffMember> staff, LocalDate startedOn,
            LocalDate endedOn, Council council, Instant now) {
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
        t.councilId = council == null ? null : council.id();
        t.createdAt = now;
        return t;
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

    public UUID councilId() {
        return councilId;
    }

    public long version() {
        return version;
    }
}
