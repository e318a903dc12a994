package kr.seoul.chatdong.monitoring.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 사업 단계: a roll-out phase of the program, with the size the plan set for it. */
@Entity
@Table(name = "rollout_phase")
public class RolloutPhase {

    @Id
    private short number;

    @Column(name = "name_ko")
    private String nameKo;

    /** "2015-07", or only a year where the plan gives no month. */
    @Column(name = "starts_in")
    private String startsIn;

    @Column(name = "planned_districts")
    private short plannedDistricts;

    @Column(name = "planned_dongs")
    private short plannedDongs;

    private String note;

    protected RolloutPhase() {}

    public int number() {
        return number;
    }

    public String nameKo() {
        return nameKo;
    }

    public String startsIn() {
        return startsIn;
    }

    public int plannedDistricts() {
        return plannedDistricts;
    }

    public int plannedDongs() {
        return plannedDongs;
    }

    public String note() {
        return note;
    }
}
