package kr.seoul.chatdong.cases.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.seoul.chatdong.commons.rules.DomainException;

/**
 * 솔루션 데스크: a question from the field (the plan: 92 in 2015) about a topic, from a district (and
 * usually one of its dongs): OPEN → ANSWERED → PUBLISHED_AS_FAQ, readable by anyone once published.
 */
@Entity
@Table(name = "question")
public class Question {

    public enum Status {
        OPEN,
        ANSWERED,
        PUBLISHED_AS_FAQ
    }

    @Id
    private UUID id;

    @Column(name = "district_code")
    private String districtCode;

    @Column(name = "dong_code")
    private String dongCode;

    private String topic;

    private String text;

    @Enumerated(EnumType.STRING)
    private Status status;

    /** Who asked (account name); not shown to readers without a token. */
    @Column(name = "asked_by")
    private String askedBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    /** Topic, question and answers in one text: what a search term is looked for in (pg_trgm index). */
    @Column(name = "search_text")
    private String searchText;

    @Version
    private long version;

    protected Question() {}

    public Question(String districtCode, String dongCode, String topic, String text, String askedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.districtCode = districtCode;
        this.dongCode = dongCode;
        this.topic = topic;
        this.text = text;
        this.askedBy = askedBy;
        this.status = Status.OPEN;
        this.createdAt = now;
        this.searchText = topic + "\n" + text;
    }

    /** An answer, while OPEN or ANSWERED (a published FAQ stays as published: 409); the question is ANSWERED. */
    public QuestionAnswer answer(String answerText, String author, Instant now) {
        if (status == Status.PUBLISHED_AS_FAQ) {
            throw conflict("The question is published as FAQ; its answers stay as published");
        }
        status = Status.ANSWERED;
        answeredAt = now;
        searchText = searchText + "\n" + answerText;
        return new QuestionAnswer(id, answerText, author, now);
    }

    /** ANSWERED → PUBLISHED_AS_FAQ: readable without a token. */
    public void publishAsFaq(Instant now) {
        if (status != Status.ANSWERED) {
            throw conflict("Only an ANSWERED question is published as FAQ; this one is " + status);
        }
        status = Status.PUBLISHED_AS_FAQ;
        publishedAt = now;
    }

    private DomainException conflict(String message) {
        return new DomainException.StateConflict(message).with("currentState", status.name());
    }

    public boolean isPublic() {
        return status == Status.PUBLISHED_AS_FAQ;
    }

    public UUID id() {
        return id;
    }

    public String districtCode() {
        return districtCode;
    }

    public String dongCode() {
        return dongCode;
    }

    public String topic() {
        return topic;
    }

    public String text() {
        return text;
    }

    public Status status() {
        return status;
    }

    public String askedBy() {
        return askedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public long version() {
        return version;
    }
}
