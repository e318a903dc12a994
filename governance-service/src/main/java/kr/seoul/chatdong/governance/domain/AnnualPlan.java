package kr.seoul.chatdong.governance.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** 연간 사업계획: a year's plan, stored as its checked {@link PlanContent} (JSON), replaced whole. */
@Entity
@Table(name = "annual_plan")
public class AnnualPlan {

    @Id
    private Integer year;

    private String document;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected AnnualPlan() {}

    public AnnualPlan(int year, String document, Instant now) {
        this.year = year;
        this.document = document;
        this.updatedAt = now;
    }

    public void replace(String document, Instant now) {
        this.document = document;
        this.updatedAt = now;
    }

    public int year() {
        return year;
    }

    public String document() {
        return document;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
