package kr.seoul.chatdong.cases.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 업무매뉴얼: one of the plan's four volumes (seeded: welfare-health, village, administration, appendix-visiting-nurse). */
@Entity
@Table(name = "manual_volume")
public class ManualVolume {

    @Id
    private String id;

    private String title;

    private int position;

    @Column(name = "created_at")
    private Instant createdAt;

    protected ManualVolume() {}

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public int position() {
        return position;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
