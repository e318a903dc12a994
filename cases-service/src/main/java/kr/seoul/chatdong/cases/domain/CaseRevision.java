package kr.seoul.chatdong.cases.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A saved body of a case, numbered per case from 1: what the case said at that moment. */
@Entity
@Table(name = "case_revision")
public class CaseRevision {

    @Id
    private UUID id;

    @Column(name = "case_id")
    private UUID caseId;

    private int number;

    private String title;

    private String body;

    @Column(name = "saved_at")
    private Instant savedAt;

    @Column(name = "saved_by")
    private String savedBy;

    protected CaseRevision() {}

    public CaseRevision(UUID caseId, int number, String title, String body, Instant savedAt, String savedBy) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.number = number;
        this.title = title;
        this.body = body;
        this.savedAt = savedAt;
        this.savedBy = savedBy;
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public int number() {
        return number;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public Instant savedAt() {
        return savedAt;
    }

    public String savedBy() {
        return savedBy;
    }
}
