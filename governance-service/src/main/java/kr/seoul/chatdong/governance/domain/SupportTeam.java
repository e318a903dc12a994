package kr.seoul.chatdong.governance.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.seoul.chatdong.commons.rules.DomainException;

/** 자치구 추진지원단: a district's support team, run by the district (직영) or outsourced (위탁). */
@Entity
@Table(name = "support_team")
public class SupportTeam {

    @Schema(name = "SupportTeamModel", description = "DIRECT: run by the district office (직영); OUTSOURCED: by a private operator (위탁)")
    public enum Model { DIRECT, OUTSOURCED }

    @Schema(name = "SupportTeamStaffRole", description = "VILLAGE (마을) or WELFARE (복지)")
    public enum StaffRole { VILLAGE, WELFARE }

    @Id
    private UUID id;

    @Column(name = "district_code")
    private String districtCode;

    @Enumerated(EnumType.STRING)
    private Model model;

    private String operator;

    @Column(name = "staff_count")
    private int staffCount;

    @Column(name = "staff_roles")
    private String staffRoles = "";

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

    public static SupportTeam of(String districtCode, Model model, String operator, int staffCount, LocalDate startedOn, LocalDate endedOn,
            Council council, Instant now) {
        if (endedOn != null && endedOn.isBefore(startedOn)) {
            throw new DomainException.InvalidValue("endedOn", "ends before it starts");
        }
        SupportTeam t = new SupportTeam();
        t.id = UUID.randomUUID();
        t.districtCode = districtCode;
        t.model = model;
        t.operator = operator;
        t.staffCount = staffCount;
        t.startedOn = startedOn;
        t.endedOn = endedOn;
        t.councilId = council == null ? null : council.id();
        t.createdAt = now;
        return t;
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

    public int staffCount() {
        return staffCount;
    }

    /** The roles of the staff when known (the 2015 table gives only the count: 마을·복지 staff, split not given). */
    public List<StaffRole> staffRoles() {
        return staffRoles.isBlank() ? List.of() : Arrays.stream(staffRoles.split(",")).map(StaffRole::valueOf).toList();
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
