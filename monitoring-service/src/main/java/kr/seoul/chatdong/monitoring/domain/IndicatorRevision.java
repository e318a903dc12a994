package kr.seoul.chatdong.monitoring.domain;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One revision of an indicator's definition or targets: who, when, and what changed (field, before, after). */
@Entity
@Table(name = "indicator_revision")
public class IndicatorRevision {

    /** A definition created through the API, or an existing one revised. */
    public enum Action {
        CREATED,
        REVISED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "indicator_code")
    private String indicatorCode;

    @Column(name = "action")
    private String action;

    @Column(name = "revised_by")
    private String revisedBy;

    @Column(name = "revised_at")
    private Instant revisedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<IndicatorDefinition.Change> changes;

    protected IndicatorRevision() {}

    public static IndicatorRevision of(
            String indicatorCode,
            Action action,
            String revisedBy,
            Instant revisedAt,
            List<IndicatorDefinition.Change> changes) {
        IndicatorRevision r = new IndicatorRevision();
        r.indicatorCode = indicatorCode;
        r.action = action.name();
        r.revisedBy = revisedBy;
        r.revisedAt = revisedAt;
        r.changes = List.copyOf(changes);
        return r;
    }

    public Long id() {
        return id;
    }

    public String indicatorCode() {
        return indicatorCode;
    }

    public Action action() {
        return Action.valueOf(action);
    }

    public String revisedBy() {
        return revisedBy;
    }

    public Instant revisedAt() {
        return revisedAt;
    }

    public List<IndicatorDefinition.Change> changes() {
        return changes;
    }
}
