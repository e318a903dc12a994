package kr.seoul.chatdong.cases.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** 사례집: one edition of a year's published cases, as HTML and PDF. */
@Entity
@Table(name = "casebook")
public class Casebook {

    @Id
    private UUID id;

    private int year;

    private int edition;

    @Column(name = "case_count")
    private int caseCount;

    @Basic(fetch = FetchType.LAZY)
    private String html;

    @Basic(fetch = FetchType.LAZY)
    private byte[] pdf;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Casebook() {}

    public Casebook(int year, int edition, int caseCount, String html, byte[] pdf, Instant now) {
        this.id = UUID.randomUUID();
        this.year = year;
        this.edition = edition;
        this.caseCount = caseCount;
        this.html = html;
        this.pdf = pdf;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public int year() {
        return year;
    }

    public int edition() {
        return edition;
    }

    public int caseCount() {
        return caseCount;
    }

    public String html() {
        return html;
    }

    public byte[] pdf() {
        return pdf;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
