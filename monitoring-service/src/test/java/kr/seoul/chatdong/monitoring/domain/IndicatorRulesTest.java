package kr.seoul.chatdong.monitoring.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.language.events.cases.CasePublished;
import kr.seoul.chatdong.language.events.governance.MeetingHeld;
import kr.seoul.chatdong.language.events.training.CohortPlanned;

/** The rules of indicators and their values: periods, ranges, rates, the program's roll-out, and the three derivations. */
class IndicatorRulesTest {

    static final Instant NOW = Instant.parse("2016-06-01T00:00:00Z");
    static final IndicatorDefinition VISIT_RATE = IndicatorDefinition.of(
            "WELFARE_PLANNER_VISIT_RATE",
            "%",
            IndicatorScope.DONG,
            PeriodKind.MONTH,
            BigDecimal.ZERO,
            BigDecimal.valueOf(100),
            1,
            IndicatorSource.ENTERED);
    static final IndicatorDefinition VISITS = IndicatorDefinition.of(
            "WELFARE_PLANNER_VISITS",
            "회",
            IndicatorScope.DONG,
            PeriodKind.MONTH,
            BigDecimal.ZERO,
            null,
            0,
            IndicatorSource.ENTERED);
    static final IndicatorDefinition CAPACITY = IndicatorDefinition.of(
            "CAPACITY_BUILT_BY_TRAINING",
            "점",
            IndicatorScope.DISTRICT,
            PeriodKind.YEAR,
            BigDecimal.ZERO,
            BigDecimal.valueOf(100),
            2,
            IndicatorSource.ENTERED);
    static final IndicatorDefinition TRAINING = IndicatorDefinition.of(
            IndicatorDefinition.TRAINING_EXECUTION_RATE,
            "%",
            IndicatorScope.DISTRICT,
            PeriodKind.YEAR,
            BigDecimal.ZERO,
            BigDecimal.valueOf(100),
            1,
            IndicatorSource.DERIVED);
    static final IndicatorDefinition COLLABORATION = IndicatorDefinition.of(
            IndicatorDefinition.PUBLIC_PRIVATE_COLLABORATION,
            "회",
            IndicatorScope.DISTRICT,
            PeriodKind.HALF_YEAR,
            BigDecimal.ZERO,
            null,
            0,
            IndicatorSource.DERIVED);
    static final IndicatorDefinition CASES = IndicatorDefinition.of(
            IndicatorDefinition.BEST_PRACTICE_CASES_PUBLISHED,
            "건",
            IndicatorScope.DISTRICT,
            PeriodKind.YEAR,
            BigDecimal.ZERO,
            null,
            0,
            IndicatorSource.DERIVED);

    /** Phase 1 began in July 2015 (성북구 among its districts). */
    static final Optional<ProgramEntry> PHASE_1 = Optional.of(ProgramEntry.of(1, "2015-07"));

    static final String SEONGBUK_DONG = "1129052500";

    // --- periods ---

    @Test
    void periodsAreWrittenAsTheirKindWantsAndReadBackTheSame() {
        assertEquals("2016", Period.parse("2016", PeriodKind.YEAR, "period").toString());
        assertEquals(
                "2016-H2",
                Period.parse(" 2016-H2 ", PeriodKind.HALF_YEAR, "period").toString());
        assertEquals(
                "2016-05", Period.parse("2016-05", PeriodKind.MONTH, "period").toString());
        Period h1 = Period.parse("2016-H1", PeriodKind.HALF_YEAR, "period");
        assertEquals(YearMonth.of(2016, 1), h1.firstMonth());
        assertEquals(YearMonth.of(2016, 6), h1.lastMonth());
        assertEquals(
                YearMonth.of(2016, 12),
                Period.parse("2016", PeriodKind.YEAR, "period").lastMonth());
    }

    @Test
    void aPeriodOfAnotherKindOrMalformedIsRefusedNamingTheFormExpected() {
        DomainException.InvalidValue halfForMonth = assertThrows(
                DomainException.InvalidValue.class, () -> Period.parse("2016-H1", PeriodKind.MONTH, "period"));
        assertEquals("period", halfForMonth.field());
        assertEquals(
                "'2016-H1' is not a month: this indicator is recorded per month, written YYYY-MM (e.g. 2016-05)",
                halfForMonth.reason());
        for (String bad : List.of("2016-13", "2016-5", "2016-H3", "16", "2016-00", "", "2016-05-01", "abcd")) {
            assertThrows(DomainException.InvalidValue.class, () -> Period.parse(bad, PeriodKind.MONTH, "period"), bad);
        }
        assertEquals(
                "'2016-05' is not a year: this indicator is recorded per year, written YYYY (e.g. 2016)",
                assertThrows(
                                DomainException.InvalidValue.class,
                                () -> Period.parse("2016-05", PeriodKind.YEAR, "period"))
                        .reason());
    }

    @Test
    void theWrittenFormsSortAsThePeriods() {
        assertTrue("2016-12".compareTo("2016-05") > 0);
        assertTrue("2016-H2".compareTo("2016-H1") > 0);
        assertTrue("2017-H1".compareTo("2016-H2") > 0);
    }

    @Test
    void aDateFallsInItsMonthHalfYearAndYear() {
        LocalDate june30 = LocalDate.of(2016, 6, 30);
        assertEquals("2016-06", Period.containing(june30, PeriodKind.MONTH).toString());
        assertEquals("2016-H1", Period.containing(june30, PeriodKind.HALF_YEAR).toString());
        assertEquals(
                "2016-H2",
                Period.containing(june30.plusDays(1), PeriodKind.HALF_YEAR).toString());
        assertEquals("2016", Period.containing(june30, PeriodKind.YEAR).toString());
    }

    // --- values ---

    @Test
    void aValueWithinTheRangeIsStoredWithTheIndicatorsDecimals() {
        assertEquals(new BigDecimal("87.5"), VISIT_RATE.acceptable(new BigDecimal("87.50")));
        assertEquals(new BigDecimal("100.0"), VISIT_RATE.acceptable(new BigDecimal("100")));
        assertEquals(new BigDecimal("12"), VISITS.acceptable(new BigDecimal("12.0")));
        assertEquals(new BigDecimal("93.08"), CAPACITY.acceptable(new BigDecimal("93.08")));
        assertEquals(new BigDecimal("999999999"), VISITS.acceptable(new BigDecimal("999999999")));
    }

    @Test
    void aRateAbove100IsRefusedAsARate() {
        DomainException.InvalidValue e =
                assertThrows(DomainException.InvalidValue.class, () -> VISIT_RATE.acceptable(new BigDecimal("100.1")));
        assertEquals("value", e.field());
        assertEquals("is a rate (%) and cannot exceed 100; 100.1 was sent", e.reason());
    }

    @Test
    void valuesOutOfRangeOrTooPreciseAreRefusedNamingTheRule() {
        assertEquals(
                "must be at least 0 회",
                assertThrows(DomainException.InvalidValue.class, () -> VISITS.acceptable(new BigDecimal("-1")))
                        .reason());
        assertEquals(
                "must be at most 999999999 회",
                assertThrows(DomainException.InvalidValue.class, () -> VISITS.acceptable(new BigDecimal("1e308")))
                        .reason());
        assertEquals(
                "must be at most 100 점",
                assertThrows(DomainException.InvalidValue.class, () -> CAPACITY.acceptable(new BigDecimal("100.01")))
                        .reason());
        assertEquals(
                "must be a whole number (회)",
                assertThrows(DomainException.InvalidValue.class, () -> VISITS.acceptable(new BigDecimal("2.5")))
                        .reason());
        assertEquals(
                "may have at most 1 decimal",
                assertThrows(DomainException.InvalidValue.class, () -> VISIT_RATE.acceptable(new BigDecimal("87.25")))
                        .reason());
        assertEquals(
                "may have at most 2 decimals",
                assertThrows(DomainException.InvalidValue.class, () -> CAPACITY.acceptable(new BigDecimal("93.081")))
                        .reason());
    }

    @Test
    void aDongEntersValuesFromTheMonthItsPhaseBegan() {
        Period july = Period.parse("2015-07", PeriodKind.MONTH, "period");
        IndicatorValue value = VISIT_RATE.enter(
                SEONGBUK_DONG, "11290", "dong 1129052500", july, new BigDecimal("87.5"), PHASE_1, null, NOW);
        assertEquals(SEONGBUK_DONG, value.scopeCode());
        assertEquals("11290", value.districtCode());
        assertEquals("2015-07", value.period());
        assertEquals(new BigDecimal("87.5"), value.value());

        IndicatorValue changed = VISIT_RATE.enter(
                SEONGBUK_DONG, "11290", "dong 1129052500", july, new BigDecimal("90"), PHASE_1, value, NOW);
        assertSame(value, changed);
        assertEquals(new BigDecimal("90.0"), changed.value());
    }

    @Test
    void aPeriodBeforeTheDongJoinedIsRefusedByTheProgramRule() {
        Period june = Period.parse("2015-06", PeriodKind.MONTH, "period");
        DomainException.RuleViolation e = assertThrows(
                DomainException.RuleViolation.class,
                () -> VISIT_RATE.enter(
                        SEONGBUK_DONG, "11290", "dong 1129052500 (성북구 성북동)", june, BigDecimal.TEN, PHASE_1, null, NOW));
        assertEquals(
                "Rule 'in the program in that period': dong 1129052500 (성북구 성북동) joined the program in phase 1, from 2015-07; "
                        + "period 2015-06 ends before that",
                e.getMessage());
        // a half-year that ends after the phase began overlaps the program: its value is accepted
        Period phase2HalfYear = new Period(PeriodKind.HALF_YEAR, 2016, 2);
        assertTrue(ProgramEntry.of(2, "2016-07").covers(phase2HalfYear));
        assertTrue(!ProgramEntry.of(2, "2016-07").covers(new Period(PeriodKind.HALF_YEAR, 2016, 1)));
        assertEquals(YearMonth.of(2017, 1), ProgramEntry.of(3, "2017").from());
    }

    @Test
    void aDongWithoutAPhaseIsNotInTheProgram() {
        Period may = Period.parse("2016-05", PeriodKind.MONTH, "period");
        DomainException.RuleViolation e = assertThrows(
                DomainException.RuleViolation.class,
                () -> VISIT_RATE.enter(
                        "1111053000", "11110", "dong 1111053000", may, BigDecimal.TEN, Optional.empty(), null, NOW));
        assertTrue(
                e.getMessage().startsWith("Rule 'in the program': dong 1111053000 has no roll-out phase"),
                e.getMessage());
    }

    @Test
    void aDerivedIndicatorRefusesEnteredValuesAsAConflict() {
        Period year = Period.parse("2016", PeriodKind.YEAR, "period");
        assertThrows(
                DomainException.StateConflict.class,
                () -> TRAINING.enter("11290", "11290", "district 11290", year, BigDecimal.TEN, PHASE_1, null, NOW));
    }

    // --- derivations ---

    @Test
    void aRateIsTheSumOfItsNumeratorsOverTheSumOfItsDenominatorsRoundedHalfUp() {
        assertEquals(new BigDecimal("91.7"), TRAINING.derivedValue(11, 12).orElseThrow()); // 91.666…
        assertEquals(new BigDecimal("66.7"), TRAINING.derivedValue(2, 3).orElseThrow()); // 2 of 3 cohorts held
        assertEquals(
                new BigDecimal("80.0"), TRAINING.derivedValue(27 + 13, 30 + 20).orElseThrow());
        assertEquals(new BigDecimal("12.5"), TRAINING.derivedValue(1, 8).orElseThrow()); // exactly 12.5
        assertEquals(new BigDecimal("0.1"), TRAINING.derivedValue(1, 1999).orElseThrow()); // 0.05002… rounds up
        assertEquals(Optional.empty(), TRAINING.derivedValue(0, 0));
        assertEquals(new BigDecimal("3"), COLLABORATION.derivedValue(3, 0).orElseThrow());
    }

    private static CohortPlanned cohort(UUID id, String organiser, int year, String status) {
        return new CohortPlanned(
                id, UUID.randomUUID(), organiser, year, LocalDate.of(year, 12, 30), LocalDate.of(year, 12, 31), status);
    }

    @Test
    void aDistrictsCohortIsPlannedForItsYearAndHeldOnlyWhenHeld() {
        UUID id = UUID.randomUUID();
        Set<String> districts = Set.of("11290", "11200");

        List<IndicatorContribution> planned = IndicatorContribution.ofCohortPlan(
                TRAINING, cohort(id, "11290", 2016, CohortPlanned.PLANNED), districts::contains, "event-1", NOW);
        assertEquals(1, planned.size());
        assertEquals("11290", planned.get(0).scopeCode());
        assertEquals("2016", planned.get(0).period());
        assertEquals(0, planned.get(0).numerator());
        assertEquals(1, planned.get(0).denominator());
        assertEquals(id, planned.get(0).sourceId());
        assertEquals("event-1", planned.get(0).sourceEventId());

        IndicatorContribution held = IndicatorContribution.ofCohortPlan(
                        TRAINING, cohort(id, "11290", 2016, CohortPlanned.HELD), districts::contains, "event-2", NOW)
                .get(0);
        assertEquals(1, held.numerator());
        assertEquals(1, held.denominator());

        // cancelled: planned and not held, so cancelling never raises the district's rate
        IndicatorContribution cancelled = IndicatorContribution.ofCohortPlan(
                        TRAINING,
                        cohort(id, "11290", 2016, CohortPlanned.CANCELLED),
                        districts::contains,
                        "event-3",
                        NOW)
                .get(0);
        assertEquals(0, cancelled.numerator());
        assertEquals(1, cancelled.denominator());
    }

    @Test
    void theCitysCohortsAndUnknownOrganisersCountForNoDistrict() {
        Set<String> districts = Set.of("11290");
        assertEquals(
                List.of(),
                IndicatorContribution.ofCohortPlan(
                        TRAINING,
                        cohort(UUID.randomUUID(), CohortPlanned.CITY, 2016, CohortPlanned.HELD),
                        districts::contains,
                        "event-4",
                        NOW));
        assertEquals(
                List.of(),
                IndicatorContribution.ofCohortPlan(
                        TRAINING,
                        cohort(UUID.randomUUID(), "99999", 2016, CohortPlanned.HELD),
                        districts::contains,
                        "event-5",
                        NOW));
    }

    @Test
    void aDistrictCouncilsMeetingCountsOnceInItsHalfYearACityCouncilsForNoDistrict() {
        UUID meeting = UUID.randomUUID();
        List<IndicatorContribution> district = IndicatorContribution.ofMeeting(
                COLLABORATION,
                new MeetingHeld(meeting, UUID.randomUUID(), "DISTRICT", "11290", LocalDate.of(2016, 7, 1), 14, 18, 3),
                "11290"::equals,
                "event-2",
                NOW);
        assertEquals(1, district.size());
        assertEquals("11290", district.get(0).scopeCode());
        assertEquals("2016-H2", district.get(0).period());
        assertEquals(1, district.get(0).numerator());
        assertEquals(meeting, district.get(0).sourceId());

        assertEquals(
                List.of(),
                IndicatorContribution.ofMeeting(
                        COLLABORATION,
                        new MeetingHeld(
                                UUID.randomUUID(),
                                UUID.randomUUID(),
                                "METROPOLITAN",
                                null,
                                LocalDate.of(2016, 7, 1),
                                20,
                                25,
                                5),
                        d -> true,
                        "event-3",
                        NOW));
    }

    @Test
    void aPublishedCaseCountsInTheYearItWasPublishedInSeoul() {
        // 2016-12-31 15:30 UTC is 2017-01-01 00:30 in Seoul
        CasePublished published = new CasePublished(
                UUID.randomUUID(),
                "11290",
                null,
                List.of(Field.WELFARE),
                Instant.parse("2016-12-31T15:30:00Z"),
                List.of());
        List<IndicatorContribution> contributions =
                IndicatorContribution.ofCase(CASES, published, "11290"::equals, "event-4", NOW);
        assertEquals(1, contributions.size());
        assertEquals("2017", contributions.get(0).period());
        assertEquals(1, contributions.get(0).numerator());
        assertEquals(List.of(), IndicatorContribution.ofCase(CASES, published, d -> false, "event-4", NOW));
    }

    @Test
    void anEnteredValueKeepsNoDerivationBasis() {
        Period july = Period.parse("2015-07", PeriodKind.MONTH, "period");
        IndicatorValue value = VISITS.enter(SEONGBUK_DONG, "11290", "dong", july, BigDecimal.ONE, PHASE_1, null, NOW);
        assertNull(value.numerator());
        assertNull(value.sourceEventId());
    }
}
