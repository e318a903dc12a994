package kr.seoul.chatdong.cases.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A solution-desk question a manual version took in (the plan §6: 참고사례·QA 추가). */
@Entity
@Table(name = "manual_version_question")
public class AdoptedQuestion {

    @Id
    private UUID id;

    @Column(name = "version_id")
    private UUID versionId;

    @Column(name = "question_id")
    private UUID questionId;

    @Column(name = "adopted_by")
    private String adoptedBy;

    @Column(name = "adopted_at")
    private Instant adoptedAt;

    protected AdoptedQuestion() {}

    public AdoptedQuestion(UUID versionId, UUID questionId, String adoptedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.versionId = versionId;
        this.questionId = questionId;
        this.adoptedBy = adoptedBy;
        this.adoptedAt = now;
    }

    public UUID versionId() {
        return versionId;
    }

    public UUID questionId() {
        return questionId;
    }

    public String adoptedBy() {
        return adoptedBy;
    }

    public Instant adoptedAt() {
        return adoptedAt;
    }
}
