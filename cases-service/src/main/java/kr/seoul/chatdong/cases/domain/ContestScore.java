package kr.seoul.chatdong.cases.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One judge's score (1–5) of a contest entry on one criterion. */
@Entity
@Table(name = "contest_score")
public class ContestScore {

    /** A score as a judge gives it. */
    public record Given(String criterion, int score) {}

    @Id
    private UUID id;

    @Column(name = "entry_id")
    private UUID entryId;

    /** The judge's sign-in account name. */
    private String judge;

    private String criterion;

    private int score;

    @Column(name = "scored_at")
    private Instant scoredAt;

    protected ContestScore() {}

    public ContestScore(UUID entryId, String judge, Given given, Instant now) {
        this.id = UUID.randomUUID();
        this.entryId = entryId;
        this.judge = judge;
        this.criterion = given.criterion();
        this.score = given.score();
        this.scoredAt = now;
    }

    public UUID entryId() {
        return entryId;
    }

    public String judge() {
        return judge;
    }

    public String criterion() {
        return criterion;
    }

    public int score() {
        return score;
    }

    public Instant scoredAt() {
        return scoredAt;
    }
}
