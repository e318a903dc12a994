package kr.seoul.chatdong.cases.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An answer to a solution-desk question (made by {@link Question#answer}). */
@Entity
@Table(name = "question_answer")
public class QuestionAnswer {

    @Id
    private UUID id;

    @Column(name = "question_id")
    private UUID questionId;

    private String text;

    private String author;

    @Column(name = "created_at")
    private Instant createdAt;

    protected QuestionAnswer() {}

    QuestionAnswer(UUID questionId, String text, String author, Instant now) {
        this.id = UUID.randomUUID();
        this.questionId = questionId;
        this.text = text;
        this.author = author;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID questionId() {
        return questionId;
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
