package kr.seoul.chatdong.cases.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A reviewer's comment on a case in review, or the reason a review sent it back (REJECTION). */
@Entity
@Table(name = "case_comment")
public class CaseComment {

    /** What the comment is. */
    public enum Kind {
        /** 검토 의견 */
        COMMENT,
        /** 반려 사유 */
        REJECTION
    }

    @Id
    private UUID id;

    @Column(name = "case_id")
    private UUID caseId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String text;

    private String author;

    @Column(name = "created_at")
    private Instant createdAt;

    protected CaseComment() {}

    public CaseComment(UUID caseId, Kind kind, String text, String author, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.kind = kind;
        this.text = text;
        this.author = author;
        this.createdAt = createdAt;
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public Kind kind() {
        return kind;
    }

    public String text() {
        return text;
    }

    public String author() {
        return author;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
