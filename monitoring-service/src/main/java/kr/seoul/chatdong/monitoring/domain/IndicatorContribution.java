package kr.seoul.chatdong.monitoring.domain;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
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
import kr.seoul.chatdong.language.events.training.CohortCompleted;

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
     * 교육실행율: a cohort adds, for each district of its trainees, the completed (numerator) and
     * enrolled (denominator) trainees to the district's rate of the year the cohort ended. A district
     * listed twice adds up; rows with nobody enrolled, more completed than enrolled, or a district
     * {@code knownDistrict} does not know add nothing.
     */
    public static List<IndicatorContribution> ofCohort(
            IndicatorDefinition indicator,
            CohortCompleted cohort,
            Predicate<String> knownDistrict,
            String eventId,
            Instant now) {
        Map<String, long[]> byDistrict = new TreeMap<>();
        for (CohortCompleted.DistrictCompletion row :
                cohort.byDistrict() == null ? List.<CohortCompleted.DistrictCompletion>of() : cohort.byDistrict()) {
            if (row.enrolled() <= 0
                    || row.completed() < 0
                    || row.completed() > row.enrolled()
                    || !knownDistrict.test(row.districtCode())) {
                continue;
            }
            long[] sums = byDistrict.computeIfAbsent(row.districtCode(), d -> new long[2]);
            sums[0] += row.completed();
            sums[1] += row.enrolled();
        }
        Period period = Period.containing(cohort.endedOn(), indicator.period());
        List<IndicatorContribution> result = new ArrayList<>();
        byDistrict.forEach((district, sums) -> result.add(new IndicatorContribution(
                indicator, cohort.cohortId(), district, period, sums[0], sums[1], eventId, now)));
        return result;
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
