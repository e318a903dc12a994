package kr.seoul.chatdong.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import kr.seoul.chatdong.commons.rules.DomainException;

/** One of a support team's staff (채용인력): a role, and a name where the district gives one. */
@Embeddable
public class StaffMember {

    static final int MAX_NAME = 100;

    @Enumerated(EnumType.STRING)
    private SupportTeam.StaffRole role;

    @Column(name = "name")
    private String name;

    protected StaffMember() {}

    public StaffMember(SupportTeam.StaffRole role, String name) {
        this.role = role;
        this.name = name == null || name.isBlank() ? null : name.strip();
    }

    /** Checks the member at {@code field} (e.g. {@code staff[2]}). */
    void check(String field) {
        if (role == null) {
            throw new DomainException.InvalidValue(field + ".role", "is required: LEAD, VILLAGE or WELFARE");
        }
        if (name != null && name.length() > MAX_NAME) {
            throw new DomainException.InvalidValue(field + ".name", "at most " + MAX_NAME + " characters");
        }
    }

    public SupportTeam.StaffRole role() {
        return role;
    }

    public String name() {
        return name;
    }
}
