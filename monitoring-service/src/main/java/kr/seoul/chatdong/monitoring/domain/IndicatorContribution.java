package kr.seoul.chatdong.monitoring.domain;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import kr.seoul.chatdong.commons.time.Clocks;
import kr.seoul.chatdong.language.events.cases.CasePublished;
import kr.seoul.chatdong.language.events.governance.MeetingHeld;
import kr.seoul.chatdong.language.events.training.CohortPlanned;

/**
 * What one source — a training cohort, a council meeting, a published case — adds to a derived
 * indicator's value of one dong or district and period. Keyed by the source, so a source reported
 * again replaces what it added instead of adding it twice; the value is the sum of the
 * contributions. The derivation rules of the three derived indicators are the factories below.
 */
@Entity
@Table(name = "indicator_contribution")
public class IndicatorContribution {

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "indicator_code")
        String indicatorCode;

        @Column(name = "source_id")
        UUID sourceId;

        @Column(name = "scope_code")
        String scopeCode;

        protected Key() {}

        public Key(String indicatorCode, UUID sourceId, String scopeCode) {
            this.indicatorCode = indicatorCode;
            this.sourceId = sourceId;
            this.scopeCode = scopeCode;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && indicatorCode.equals(k.indicatorCode)
                    && sourceId.equals(k.sourceId)
                    && scopeCode.equals(k.scopeCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(indicatorCode, sourceId, scopeCode);
        }
    }

    @EmbeddedId
    private Key key;

    private String period;

    private long numerator;

    private long denominator;

    @Column(name = "source_event_id")
    private String sourceEventId;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected IndicatorContribution() {}

    IndicatorContribution(
            IndicatorDefinition indicator,
            UUID sourceId,
            String scopeCode,
            Period period,
            long numerator,
            long denominator,
            String sourceEventId,
            Instant now) {
        this.key = new Key(indicator.code(), sourceId, scopeCode);
        this.period = period.toString();
        this.numerator = numerator;
        this.denominator = denominator;
        this.sourceEventId = sourceEventId;
        this.recordedAt = now;
    }

    /**
     * 교육실행율 (cohorts held ÷ cohorts planned for the year): a cohort its district organises adds 1 to
     * the district's denominator of the cohort's year — planned, held or cancelled (a cancelled cohort was
     * planned and not held) — and 1 to the numerator when it was held. A cohort the city organises, or of
     * a district {@code knownDistrict} does not know, adds nothing: indicators are kept per district.
     */
    public static List<IndicatorContribution> ofCohortPlan(
            IndicatorDefinition indicator,
            CohortPlanned cohort,
            Predicate<String> knownDistrict,
            String eventId,
            Instant now) {
        if (CohortPlanned.CITY.equals(cohort.organiser()) || !knownDistrict.test(cohort.organiser())) {
            return List.of();
        }
        return List.of(new IndicatorContribution(
                indicator,
                cohort.cohortId(),
                cohort.organiser(),
                Period.containing(LocalDate.of(cohort.year(), 1, 1), indicator.period()),
                CohortPlanned.HELD.equals(cohort.status()) ? 1 : 0,
                1,
                eventId,
                now));
    }

    /**
     * 민관 협력: a meeting of a district-scope council counts once for its district in the period it
     * was held; a city-wide council's meeting counts for no district.
     */
    public static List<IndicatorContribution> ofMeeting(
            IndicatorDefinition indicator,
            MeetingHeld meeting,
            Predicate<String> knownDistrict,
            String eventId,
            Instant now) {
        if (!meeting.ofADistrictCouncil() || !knownDistrict.test(meeting.districtCode())) {
            return List.of();
        }
        return List.of(new IndicatorContribution(
                indicator,
                meeting.meetingId(),
                meeting.districtCode(),
                Period.containing(meeting.heldOn(), indicator.period()),
                1,
                0,
                eventId,
                now));
    }

    /** 우수사례 게시 건수: a published case counts once for its district in the period (in Seoul) it was published. */
    public static List<IndicatorContribution> ofCase(
            IndicatorDefinition indicator,
            CasePublished published,
            Predicate<String> knownDistrict,
            String eventId,
            Instant now) {
        if (!knownDistrict.test(published.districtCode())) {
            return List.of();
        }
        LocalDate day = LocalDate.ofInstant(published.publishedAt(), Clocks.SEOUL);
        return List.of(new IndicatorContribution(
                indicator,
                published.caseId(),
                published.districtCode(),
                Period.containing(day, indicator.period()),
                1,
                0,
                eventId,
                now));
    }

    public String indicatorCode() {
        return key.indicatorCode;
    }

    public UUID sourceId() {
        return key.sourceId;
    }

    public String scopeCode() {
        return key.scopeCode;
    }

    public String period() {
        return period;
    }

    public long numerator() {
        return numerator;
    }

    public long denominator() {
        return denominator;
    }

    public String sourceEventId() {
        return sourceEventId;
    }
}
