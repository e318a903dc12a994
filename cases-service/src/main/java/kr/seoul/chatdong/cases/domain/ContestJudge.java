package kr.seoul.chatdong.cases.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A named judge of a contest (심사위원), acting with a token of this account name. Editors judge without being named. */
@Entity
@Table(name = "contest_judge")
public class ContestJudge {

    @Id
    private UUID id;

    @Column(name = "contest_id")
    private UUID contestId;

    private String subject;

    private String name;

    @Column(name = "created_at")
    private Instant createdAt;

    protected ContestJudge() {}

    public ContestJudge(UUID contestId, String subject, String name, Instant now) {
        this.id = UUID.randomUUID();
        this.contestId = contestId;
        this.subject = subject;
        this.name = name;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID contestId() {
        return contestId;
    }

    public String subject() {
        return subject;
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
