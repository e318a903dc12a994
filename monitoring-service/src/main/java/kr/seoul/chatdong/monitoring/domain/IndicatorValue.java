package kr.seoul.chatdong.monitoring.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * 지표값: the value of one indicator for one dong or district ({@code scopeCode}) in one period.
 * Entered values are changed by a later entry; derived values are recomputed from their
 * contributions and keep the sums they came from.
 */
@Entity
@Table(name = "indicator_value")
public class IndicatorValue {

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "indicator_code")
        String indicatorCode;

        @Column(name = "scope_code")
        String scopeCode;

        String period;

        protected Key() {}

        public Key(String indicatorCode, String scopeCode, String period) {
            this.indicatorCode = indicatorCode;
            this.scopeCode = scopeCode;
            this.period = period;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && indicatorCode.equals(k.indicatorCode)
                    && scopeCode.equals(k.scopeCode)
                    && period.equals(k.period);
        }

        @Override
        public int hashCode() {
            return Objects.hash(indicatorCode, scopeCode, period);
        }
    }

    @EmbeddedId
    private Key key;

    @Column(name = "district_code")
    private String districtCode;

    private BigDecimal value;

    private Long numerator;

    private Long denominator;

    /** The event that last changed a derived value. */
    @Column(name = "source_event_id")
    private String sourceEventId;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected IndicatorValue() {}

    private IndicatorValue(String indicatorCode, String scopeCode, String districtCode, String period) {
        this.key = new Key(indicatorCode, scopeCode, period);
        this.districtCode = districtCode;
    }

    static IndicatorValue entered(
            String indicatorCode, String scopeCode, String districtCode, Period period, BigDecimal value, Instant now) {
        IndicatorValue v = new IndicatorValue(indicatorCode, scopeCode, districtCode, period.toString());
        v.enter(value, now);
        return v;
    }

    void enter(BigDecimal value, Instant now) {
        if (!value.equals(this.value)) { // the same value again changes nothing, not even the ETag
            this.value = value;
            this.updatedAt = now;
        }
    }

    /** A derived value of {@code scopeCode} for {@code period}, before its first computation. */
    public static IndicatorValue derived(String indicatorCode, String scopeCode, String districtCode, String period) {
        return new IndicatorValue(indicatorCode, scopeCode, districtCode, period);
    }

    /** Sets a derived value, computed from the sums of its contributions, as of the event that changed them. */
    public void derive(BigDecimal value, long numerator, long denominator, String sourceEventId, Instant now) {
        this.value = value;
        this.numerator = numerator;
        this.denominator = denominator;
        this.sourceEventId = sourceEventId;
        this.updatedAt = now;
    }

    public String indicatorCode() {
        return key.indicatorCode;
    }

    public String scopeCode() {
        return key.scopeCode;
    }

    public String period() {
        return key.period;
    }

    public String districtCode() {
        return districtCode;
    }

    public BigDecimal value() {
        return value;
    }

    public Long numerator() {
        return numerator;
    }

    public Long denominator() {
        return denominator;
    }

    public String sourceEventId() {
        return sourceEventId;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
