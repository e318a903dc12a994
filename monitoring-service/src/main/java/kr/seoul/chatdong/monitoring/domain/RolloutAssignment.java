package kr.seoul.chatdong.monitoring.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The phase in which a whole district, or a single dong, joined the program. A dong's own row wins
 * over its district's; with neither, the dong is not assigned yet.
 */
@Entity
@Table(name = "rollout_assignment")
public class RolloutAssignment {

    public enum Scope {
        DISTRICT,
        DONG
    }

    @Embeddable
    public static class Key implements Serializable {
        @Enumerated(EnumType.STRING)
        private Scope scope;

        private String code;

        protected Key() {}

        public Key(Scope scope, String code) {
            this.scope = scope;
            this.code = code;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && scope == other.scope && code.equals(other.code);
        }

        @Override
        public int hashCode() {
            return Objects.hash(scope, code);
        }
    }

    @EmbeddedId
    private Key key;

    private short phase;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected RolloutAssignment() {}

    public RolloutAssignment(Scope scope, String code, int phase, Instant now) {
        this.key = new Key(scope, code);
        assign(phase, now);
    }

    public void assign(int phase, Instant now) {
        this.phase = (short) phase;
        this.updatedAt = now;
    }

    public Scope scope() {
        return key.scope;
    }

    public String code() {
        return key.code;
    }

    public int phase() {
        return phase;
    }

    public long version() {
        return version;
    }
}
