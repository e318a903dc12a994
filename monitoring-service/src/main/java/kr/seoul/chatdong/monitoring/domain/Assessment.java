package kr.seoul.chatdong.monitoring.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.seoul.chatdong.language.Field;

/** 평가: one dong's score (0–100) in one field of a monitoring round, with the monitor's findings. */
@Entity
@Table(name = "assessment")
public class Assessment {

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "round_id")
        UUID roundId;

        @Column(name = "dong_code")
        String dongCode;

        @Enumerated(EnumType.STRING)
        Field field;

        protected Key() {}

        public Key(UUID roundId, String dongCode, Field field) {
            this.roundId = roundId;
            this.dongCode = dongCode;
            this.field = field;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && roundId.equals(k.roundId) && dongCode.equals(k.dongCode) && field == k.field;
        }

        @Override
        public int hashCode() {
            return Objects.hash(roundId, dongCode, field);
        }
    }

    @EmbeddedId
    private Key key;

    private int score;

    private String findings;

    @Column(name = "assessed_at")
    private Instant assessedAt;

    @Version
    private long version;

    protected Assessment() {}

    Assessment(Key key, int score, String findings, Instant now) {
        this.key = key;
        record(score, findings, now);
    }

    void record(int score, String findings, Instant now) {
        this.score = score;
        this.findings = findings;
        this.assessedAt = now;
    }

    public UUID roundId() {
        return key.roundId;
    }

    public String dongCode() {
        return key.dongCode;
    }

    public Field field() {
        return key.field;
    }

    public int score() {
        return score;
    }

    public String findings() {
        return findings;
    }

    public Instant assessedAt() {
        return assessedAt;
    }

    public long version() {
        return version;
    }
}
