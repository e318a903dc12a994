package kr.seoul.chatdong.monitoring.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.language.events.monitoring.RoundCompleted;
import kr.seoul.chatdong.language.events.monitoring.RoundCompleted.FieldScore;
import kr.seoul.chatdong.language.geo.Dong;
import kr.seoul.chatdong.language.geo.SeoulGeography;

/**
 * The rules of a monitoring round (모니터링 회차), without Quarkus or a database: planning, revising,
 * assessing, completing, and the result it publishes. Fixtures are the 2016 plan's first half
 * (monitoring in March, consulting April–May) over real 행정동 of the phase-1 districts.
 */
class MonitoringRoundRulesTest {

    static final SeoulGeography GEO = new SeoulGeography();
    static final Function<String, String> DISTRICT_OF =
            code -> GEO.dong(code).orElseThrow().districtCode();

    static final String NAME = "2016년 상반기 모니터링";
    static final LocalDate MAR_1 = LocalDate.of(2016, 3, 1);
    static final LocalDate MAR_31 = LocalDate.of(2016, 3, 31);
    static final Instant PLANNED_AT = Instant.parse("2016-02-16T00:00:00Z");
    static final Instant ASSESSED_AT = Instant.parse("2016-03-15T01:00:00Z");
    static final Instant COMPLETED_AT = Instant.parse("2016-04-01T00:00:00Z");

    /** 성북구 성북동, 성북구 삼선동, 성동구 마장동: two districts of phase 1. */
    static final String SEONGBUK = "1129052500";

    static final String SAMSEON = "1129055500";
    static final String MAJANG = "1120054000";
    /** 종로구 청운효자동: a real dong, but not of phase 1. */
    static final String CHEONGUN_HYOJA = "1111051500";

    static MonitoringRound plan(Set<String> dongs) {
        return MonitoringRound.plan(NAME, MAR_1, MAR_31, null, null, dongs, PLANNED_AT);
    }

    static MonitoringRound threeDongRound() {
        return plan(Set.of(MAJANG, SEONGBUK, SAMSEON));
    }

    /** Assesses every (dong, field) of the round with the same score. */
    static List<Assessment> assessAll(MonitoringRound round, int score) {
        List<Assessment> all = new ArrayList<>();
        for (String dong : round.dongCodes()) {
            for (Field field : Field.values()) {
                all.add(round.assess(dong, field, score, "정기 모니터링", null, ASSESSED_AT));
            }
        }
        return all;
    }

    static List<String> sungbukDongs() {
        return GEO.dongsOf("11290").stream().map(Dong::code).sorted().toList();
    }

    @Nested
    class Planning {

        @Test
        void aPlannedRoundTakesTheProgramsDefaultBarsAndWaitsForItsFirstAssessment() {
            MonitoringRound round = threeDongRound();

            assertEquals(60, round.underperformingBelow());
            assertEquals(90, round.excellentFrom());
            assertEquals(RoundStatus.PLANNED, round.status());
            assertEquals(NAME, round.name());
            assertEquals(MAR_1, round.startsOn());
            assertEquals(MAR_31, round.endsOn());
            assertEquals(PLANNED_AT, round.createdAt());
            assertNull(round.completedAt());
            assertEquals(12, round.expectedAssessments(), "3 dongs × 4 fields");
        }

        @Test
        void explicitBarsAreKept() {
            MonitoringRound round = MonitoringRound.plan(NAME, MAR_1, MAR_31, 70, 85, Set.of(SEONGBUK), PLANNED_AT);

            assertEquals(70, round.underperformingBelow());
            assertEquals(85, round.excellentFrom());
        }

        @Test
        void theScopeIsKeptInCodeOrderAndIsACopyThatCannotBeChangedFromOutside() {
            Set<String> scope = new LinkedHashSet<>(List.of(SEONGBUK, MAJANG, SAMSEON));
            MonitoringRound round = plan(scope);
            scope.add(CHEONGUN_HYOJA);

            assertEquals(List.of(MAJANG, SEONGBUK, SAMSEON), List.copyOf(round.dongCodes()));
            assertThrows(
                    UnsupportedOperationException.class, () -> round.dongCodes().add(CHEONGUN_HYOJA));
        }

        @Test
        void endsOnBeforeStartsOnIsAnInvalidEndsOn() {
            DomainException.InvalidValue e = assertThrows(
                    DomainException.InvalidValue.class,
                    () -> MonitoringRound.plan(NAME, MAR_31, MAR_1, null, null, Set.of(SEONGBUK), PLANNED_AT));

            assertEquals("endsOn", e.field());
            assertEquals("must be on or after startsOn (2016-03-31)", e.reason());
            assertEquals("endsOn: must be on or after startsOn (2016-03-31)", e.getMessage());
        }

        @Test
        void aOneDayRoundEndingTheDayItStartsIsAllowed() {
            MonitoringRound round = MonitoringRound.plan(NAME, MAR_1, MAR_1, null, null, Set.of(SEONGBUK), PLANNED_AT);

            assertEquals(round.startsOn(), round.endsOn());
        }

        @Test
        void anUnderperformingBarAboveTheExcellenceBarIsAnInvalidExcellentFrom() {
            DomainException.InvalidValue e = assertThrows(
                    DomainException.InvalidValue.class,
                    () -> MonitoringRound.plan(NAME, MAR_1, MAR_31, 91, 90, Set.of(SEONGBUK), PLANNED_AT));

            assertEquals("excellentFrom", e.field());
            assertTrue(e.reason().startsWith("must be at least underperformingBelow (91)"), e.reason());
        }

        @Test
        void theDefaultExcellenceBarAlsoBindsAnExplicitUnderperformingBar() {
            DomainException.InvalidValue e = assertThrows(
                    DomainException.InvalidValue.class,
                    () -> MonitoringRound.plan(NAME, MAR_1, MAR_31, 95, null, Set.of(SEONGBUK), PLANNED_AT));

            assertEquals("excellentFrom", e.field());
            assertTrue(e.reason().contains("(95)"), e.reason());
        }

        @Test
        void equalBarsAreAllowedBecauseNoScoreIsThenBothBelowAndExcellent() {
            MonitoringRound round = MonitoringRound.plan(NAME, MAR_1, MAR_31, 75, 75, Set.of(SEONGBUK), PLANNED_AT);

            assertEquals(75, round.underperformingBelow());
            assertEquals(75, round.excellentFrom());
        }

        @Test
        void theDatesAreCheckedBeforeTheBars() {
            DomainException.InvalidValue e = assertThrows(
                    DomainException.InvalidValue.class,
                    () -> MonitoringRound.plan(NAME, MAR_31, MAR_1, 95, 90, Set.of(SEONGBUK), PLANNED_AT));

            assertEquals("endsOn", e.field());
        }

        @Test
        void roundsGetDistinctIds() {
            assertFalse(threeDongRound().id().equals(threeDongRound().id()));
        }
    }

    @Nested
    class Revising {

        @Test
        void nullLeavesAFieldAsItIs() {
            MonitoringRound round = threeDongRound();

            round.revise(null, null, null);

            assertEquals(NAME, round.name());
            assertEquals(MAR_1, round.startsOn());
            assertEquals(MAR_31, round.endsOn());
        }

        @Test
        void renamesAndReDatesAPlannedRound() {
            MonitoringRound round = threeDongRound();

            round.revise("2016년 2차 모니터링", LocalDate.of(2016, 2, 1), LocalDate.of(2016, 3, 31));

            assertEquals("2016년 2차 모니터링", round.name());
            assertEquals(LocalDate.of(2016, 2, 1), round.startsOn());
            assertEquals(MAR_31, round.endsOn());
        }

        @Test
        void aNewEndIsCheckedAgainstTheCurrentStart() {
            MonitoringRound round = threeDongRound();

            DomainException.InvalidValue e = assertThrows(
                    DomainException.InvalidValue.class, () -> round.revise(null, null, LocalDate.of(2016, 2, 29)));

            assertEquals("endsOn", e.field());
            assertEquals("must be on or after startsOn (2016-03-01)", e.reason());
        }

        @Test
        void aNewStartAfterTheCurrentEndIsRefusedAsAnInvalidEndsOn() {
            MonitoringRound round = threeDongRound();

            DomainException.InvalidValue e = assertThrows(
                    DomainException.InvalidValue.class, () -> round.revise(null, LocalDate.of(2016, 4, 1), null));

            assertEquals("endsOn", e.field());
            assertEquals("must be on or after startsOn (2016-04-01)", e.reason());
        }

        @Test
        void aRefusedRevisionChangesNothingNotEvenTheName() {
            MonitoringRound round = threeDongRound();

            assertThrows(
                    DomainException.InvalidValue.class,
                    () -> round.revise("바뀐 이름", LocalDate.of(2016, 5, 1), LocalDate.of(2016, 4, 30)));

            assertEquals(NAME, round.name());
            assertEquals(MAR_1, round.startsOn());
            assertEquals(MAR_31, round.endsOn());
        }

        @Test
        void aRoundInProgressCanStillBeRevised() {
            MonitoringRound round = threeDongRound();
            round.assess(SEONGBUK, Field.WELFARE, 72, null, null, ASSESSED_AT);

            round.revise(null, null, LocalDate.of(2016, 4, 15));

            assertEquals(RoundStatus.IN_PROGRESS, round.status());
            assertEquals(LocalDate.of(2016, 4, 15), round.endsOn());
        }

        @Test
        void aCompletedRoundCannotBeRevised() {
            MonitoringRound round = threeDongRound();
            round.complete(assessAll(round, 75), DISTRICT_OF, COMPLETED_AT);

            DomainException.StateConflict e =
                    assertThrows(DomainException.StateConflict.class, () -> round.revise("다른 이름", null, null));

            assertEquals("Round '2016년 상반기 모니터링' is COMPLETED; it can no longer change", e.getMessage());
            assertEquals(NAME, round.name());
        }
    }

    @Nested
    class Assessing {

        @Test
        void theFirstAssessmentStartsTheRoundAndIsKeyedByRoundDongAndField() {
            MonitoringRound round = threeDongRound();

            Assessment a = round.assess(SEONGBUK, Field.WELFARE, 58, "복지플래너 방문 실적 미흡", null, ASSESSED_AT);

            assertEquals(RoundStatus.IN_PROGRESS, round.status());
            assertEquals(round.id(), a.roundId());
            assertEquals(SEONGBUK, a.dongCode());
            assertEquals(Field.WELFARE, a.field());
            assertEquals(58, a.score());
            assertEquals("복지플래너 방문 실적 미흡", a.findings());
            assertEquals(ASSESSED_AT, a.assessedAt());
        }

        @Test
        void furtherAssessmentsKeepTheRoundInProgress() {
            MonitoringRound round = threeDongRound();
            round.assess(SEONGBUK, Field.WELFARE, 58, null, null, ASSESSED_AT);

            round.assess(MAJANG, Field.HEALTH, 91, null, null, ASSESSED_AT);

            assertEquals(RoundStatus.IN_PROGRESS, round.status());
        }

        @Test
        void aCorrectionUpdatesTheExistingAssessmentInPlace() {
            MonitoringRound round = threeDongRound();
            Assessment first = round.assess(SEONGBUK, Field.VILLAGE, 58, "초기 평가", null, ASSESSED_AT);
            Instant later = ASSESSED_AT.plusSeconds(86_400);

            Assessment corrected = round.assess(SEONGBUK, Field.VILLAGE, 64, "재평가", first, later);

            assertSame(first, corrected);
            assertEquals(64, corrected.score());
            assertEquals("재평가", corrected.findings());
            assertEquals(later, corrected.assessedAt());
        }

        @Test
        void aDongOutsideTheScopeIsARuleViolationThatLeavesTheRoundPlanned() {
            MonitoringRound round = threeDongRound();

            DomainException.RuleViolation e = assertThrows(
                    DomainException.RuleViolation.class,
                    () -> round.assess(CHEONGUN_HYOJA, Field.WELFARE, 70, null, null, ASSESSED_AT));

            assertEquals(
                    "Dong 1111051500 is not in the scope of round '2016년 상반기 모니터링'; assess one of its 3 dongs",
                    e.getMessage());
            assertEquals(RoundStatus.PLANNED, round.status());
        }

        @Test
        void aCompletedRoundRefusesNewAssessmentsAndCorrections() {
            MonitoringRound round = threeDongRound();
            List<Assessment> all = assessAll(round, 75);
            round.complete(all, DISTRICT_OF, COMPLETED_AT);
            Assessment recorded = all.get(0);

            DomainException.StateConflict e = assertThrows(
                    DomainException.StateConflict.class,
                    () -> round.assess(recorded.dongCode(), recorded.field(), 40, "정정", recorded, COMPLETED_AT));

            assertEquals("Round '2016년 상반기 모니터링' is COMPLETED; its assessments can no longer change", e.getMessage());
            assertEquals(75, recorded.score(), "the recorded score is untouched");
            assertEquals(RoundStatus.COMPLETED, round.status());
        }

        @Test
        void aCompletedRoundIsClosedEvenForADongOutsideItsScope() {
            MonitoringRound round = threeDongRound();
            round.complete(assessAll(round, 75), DISTRICT_OF, COMPLETED_AT);

            assertThrows(
                    DomainException.StateConflict.class,
                    () -> round.assess(CHEONGUN_HYOJA, Field.WELFARE, 70, null, null, ASSESSED_AT));
        }
    }

    @Nested
    class CompletingAnIncompleteRound {

        @Test
        void missingPairsAreARuleViolationListingThemInDongThenFieldOrder() {
            MonitoringRound round = threeDongRound();
            List<Assessment> some = new ArrayList<>();
            for (Field field : Field.values()) {
                some.add(round.assess(MAJANG, field, 80, null, null, ASSESSED_AT));
                some.add(round.assess(SAMSEON, field, 80, null, null, ASSESSED_AT));
            }
            some.add(round.assess(SEONGBUK, Field.WELFARE, 80, null, null, ASSESSED_AT));
            some.add(round.assess(SEONGBUK, Field.HEALTH, 80, null, null, ASSESSED_AT));

            DomainException.RuleViolation e = assertThrows(
                    DomainException.RuleViolation.class, () -> round.complete(some, DISTRICT_OF, COMPLETED_AT));

            assertEquals(
                    "2 of 12 (dong, field) assessments are missing; record them before completing the round",
                    e.getMessage());
            assertEquals(2, e.details().get("missingCount"));
            assertEquals(
                    List.of(
                            Map.of("dongCode", SEONGBUK, "field", "VILLAGE"),
                            Map.of("dongCode", SEONGBUK, "field", "ADMINISTRATION")),
                    e.details().get("missing"));
            assertEquals(
                    List.of("missingCount", "missing"), List.copyOf(e.details().keySet()));
        }

        @Test
        void aRefusedCompletionLeavesTheRoundOpen() {
            MonitoringRound round = threeDongRound();
            Assessment one = round.assess(SEONGBUK, Field.WELFARE, 80, null, null, ASSESSED_AT);

            assertThrows(
                    DomainException.RuleViolation.class, () -> round.complete(List.of(one), DISTRICT_OF, COMPLETED_AT));

            assertEquals(RoundStatus.IN_PROGRESS, round.status());
            assertNull(round.completedAt());
            Assessment another = round.assess(SEONGBUK, Field.VILLAGE, 81, null, null, ASSESSED_AT);
            assertEquals(81, another.score(), "assessing goes on after the refusal");
        }

        @Test
        void aPlannedRoundWithNothingAssessedIsRefusedForItsMissingPairsNotItsStatus() {
            MonitoringRound round = threeDongRound();

            DomainException.RuleViolation e = assertThrows(
                    DomainException.RuleViolation.class, () -> round.complete(List.of(), DISTRICT_OF, COMPLETED_AT));

            assertEquals(12, e.details().get("missingCount"));
            assertEquals(RoundStatus.PLANNED, round.status());
        }

        @Test
        void aWholeDistrictUnassessedCountsEveryPairButListsOnlyTheFirstFifty() {
            List<String> sungbuk = sungbukDongs();
            assertEquals(20, sungbuk.size(), "성북구 has 20 행정동 in the reference data");
            MonitoringRound round = plan(new TreeSet<>(sungbuk));

            DomainException.RuleViolation e = assertThrows(
                    DomainException.RuleViolation.class, () -> round.complete(List.of(), DISTRICT_OF, COMPLETED_AT));

            assertEquals(
                    "80 of 80 (dong, field) assessments are missing; record them before completing the round",
                    e.getMessage());
            assertEquals(80, e.details().get("missingCount"));
            List<?> missing = (List<?>) e.details().get("missing");
            assertEquals(MonitoringRound.MAX_MISSING_LISTED, missing.size());
            assertEquals(Map.of("dongCode", "1129052500", "field", "WELFARE"), missing.get(0));
            // 12 dongs × 4 fields = 48, then the 13th dong (길음2동) in its first two fields
            assertEquals(Map.of("dongCode", "1129068500", "field", "VILLAGE"), missing.get(49));
        }

        @Test
        void exactlyFiftyMissingAreAllListed() {
            MonitoringRound round = plan(new TreeSet<>(sungbukDongs().subList(0, 13)));
            List<Assessment> two = List.of(
                    round.assess("1129052500", Field.WELFARE, 70, null, null, ASSESSED_AT),
                    round.assess("1129052500", Field.VILLAGE, 70, null, null, ASSESSED_AT));

            DomainException.RuleViolation e = assertThrows(
                    DomainException.RuleViolation.class, () -> round.complete(two, DISTRICT_OF, COMPLETED_AT));

            assertEquals(50, e.details().get("missingCount"));
            assertEquals(50, ((List<?>) e.details().get("missing")).size());
        }

        @Test
        void fiftyOneMissingAreCountedButOnlyFiftyListed() {
            MonitoringRound round = plan(new TreeSet<>(sungbukDongs().subList(0, 13)));
            List<Assessment> one = List.of(round.assess("1129052500", Field.WELFARE, 70, null, null, ASSESSED_AT));

            DomainException.RuleViolation e = assertThrows(
                    DomainException.RuleViolation.class, () -> round.complete(one, DISTRICT_OF, COMPLETED_AT));

            assertEquals(51, e.details().get("missingCount"));
            List<?> missing = (List<?>) e.details().get("missing");
            assertEquals(50, missing.size());
            assertEquals(Map.of("dongCode", "1129052500", "field", "VILLAGE"), missing.get(0));
        }

        @Test
        void aRoundWithAnEmptyScopeCannotBePlanned() {
            DomainException.RuleViolation e = assertThrows(DomainException.RuleViolation.class, () -> plan(Set.of()));

            assertEquals("empty-scope", e.details().get("rule"));
        }
    }

    @Nested
    class CompletingACompleteRound {

        @Test
        void closesTheRoundAndStatesItsResult() {
            MonitoringRound round = threeDongRound();
            List<Assessment> all = assessAll(round, 75);

            RoundCompleted completed = round.complete(all, DISTRICT_OF, COMPLETED_AT);

            assertEquals(RoundStatus.COMPLETED, round.status());
            assertEquals(COMPLETED_AT, round.completedAt());
            assertEquals(round.id(), completed.roundId());
            assertEquals(NAME, completed.name());
            assertEquals(MAR_1, completed.startsOn());
            assertEquals(MAR_31, completed.endsOn());
            assertEquals(60, completed.underperformingBelow());
            assertEquals(90, completed.excellentFrom());
            assertEquals(COMPLETED_AT, completed.completedAt());
        }

        @Test
        void everyDongAppearsOnceInCodeOrderWithItsDistrictAndItsFourScores() {
            MonitoringRound round = threeDongRound();
            List<Assessment> all = assessAll(round, 75);

            RoundCompleted completed = round.complete(all, DISTRICT_OF, COMPLETED_AT);

            assertEquals(
                    List.of(MAJANG, SEONGBUK, SAMSEON),
                    completed.dongs().stream()
                            .map(RoundCompleted.DongScores::dongCode)
                            .toList());
            assertEquals(
                    List.of("11200", "11290", "11290"),
                    completed.dongs().stream()
                            .map(RoundCompleted.DongScores::districtCode)
                            .toList());
            assertEquals(
                    Map.of(Field.WELFARE, 75, Field.VILLAGE, 75, Field.ADMINISTRATION, 75, Field.HEALTH, 75),
                    completed.dongs().get(0).scores());
        }

        @Test
        void aCorrectedScoreIsTheOneReported() {
            MonitoringRound round = threeDongRound();
            List<Assessment> all = assessAll(round, 75);
            Assessment welfareOfMajang = all.stream()
                    .filter(a -> a.dongCode().equals(MAJANG) && a.field() == Field.WELFARE)
                    .findFirst()
                    .orElseThrow();
            round.assess(MAJANG, Field.WELFARE, 45, "재평가", welfareOfMajang, ASSESSED_AT);

            RoundCompleted completed = round.complete(all, DISTRICT_OF, COMPLETED_AT);

            assertEquals(45, completed.dongs().get(0).scores().get(Field.WELFARE));
            assertEquals(List.of(new FieldScore(MAJANG, "11200", Field.WELFARE, 45)), completed.underperforming());
        }

        @Test
        void theDefaultBarsSplitAtExactlySixtyAndNinety() {
            MonitoringRound round = threeDongRound();
            Map<String, Map<Field, Integer>> scores = Map.of(
                    // 성동구 마장동: just below and exactly at the bar of 60
                    MAJANG, Map.of(Field.WELFARE, 59, Field.VILLAGE, 60, Field.ADMINISTRATION, 75, Field.HEALTH, 0),
                    // 성북구 성북동: just below and exactly at the excellence bar of 90
                    SEONGBUK, Map.of(Field.WELFARE, 89, Field.VILLAGE, 90, Field.ADMINISTRATION, 100, Field.HEALTH, 61),
                    // 성북구 삼선동: in between everywhere
                    SAMSEON, Map.of(Field.WELFARE, 60, Field.VILLAGE, 89, Field.ADMINISTRATION, 70, Field.HEALTH, 80));
            List<Assessment> all = new ArrayList<>();
            scores.forEach((dong, byField) -> byField.forEach(
                    (field, score) -> all.add(round.assess(dong, field, score, null, null, ASSESSED_AT))));

            RoundCompleted completed = round.complete(all, DISTRICT_OF, COMPLETED_AT);

            assertEquals(
                    List.of(
                            new FieldScore(MAJANG, "11200", Field.WELFARE, 59),
                            new FieldScore(MAJANG, "11200", Field.HEALTH, 0)),
                    completed.underperforming());
            assertEquals(
                    List.of(
                            new FieldScore(SEONGBUK, "11290", Field.VILLAGE, 90),
                            new FieldScore(SEONGBUK, "11290", Field.ADMINISTRATION, 100)),
                    completed.excellent());
        }

        @Test
        void theRoundsOwnBarsTravelWithTheResultAndDecideIt() {
            MonitoringRound round = MonitoringRound.plan(NAME, MAR_1, MAR_31, 70, 80, Set.of(SEONGBUK), PLANNED_AT);
            List<Assessment> all = List.of(
                    round.assess(SEONGBUK, Field.WELFARE, 69, null, null, ASSESSED_AT),
                    round.assess(SEONGBUK, Field.VILLAGE, 70, null, null, ASSESSED_AT),
                    round.assess(SEONGBUK, Field.ADMINISTRATION, 79, null, null, ASSESSED_AT),
                    round.assess(SEONGBUK, Field.HEALTH, 80, null, null, ASSESSED_AT));

            RoundCompleted completed = round.complete(all, DISTRICT_OF, COMPLETED_AT);

            assertEquals(70, completed.underperformingBelow());
            assertEquals(80, completed.excellentFrom());
            assertEquals(List.of(new FieldScore(SEONGBUK, "11290", Field.WELFARE, 69)), completed.underperforming());
            assertEquals(List.of(new FieldScore(SEONGBUK, "11290", Field.HEALTH, 80)), completed.excellent());
        }

        @Test
        void withEqualBarsAScoreAtTheBarIsExcellentAndNotUnderperforming() {
            MonitoringRound round = MonitoringRound.plan(NAME, MAR_1, MAR_31, 75, 75, Set.of(SEONGBUK), PLANNED_AT);
            List<Assessment> all = List.of(
                    round.assess(SEONGBUK, Field.WELFARE, 74, null, null, ASSESSED_AT),
                    round.assess(SEONGBUK, Field.VILLAGE, 75, null, null, ASSESSED_AT),
                    round.assess(SEONGBUK, Field.ADMINISTRATION, 75, null, null, ASSESSED_AT),
                    round.assess(SEONGBUK, Field.HEALTH, 76, null, null, ASSESSED_AT));

            RoundCompleted completed = round.complete(all, DISTRICT_OF, COMPLETED_AT);

            assertEquals(
                    Set.of(Field.WELFARE),
                    completed.underperforming().stream().map(FieldScore::field).collect(Collectors.toSet()));
            assertEquals(
                    List.of(Field.VILLAGE, Field.ADMINISTRATION, Field.HEALTH),
                    completed.excellent().stream().map(FieldScore::field).toList());
        }

        @Test
        void completingTwiceIsAStateConflictNamingWhenItWasCompleted() {
            MonitoringRound round = threeDongRound();
            List<Assessment> all = assessAll(round, 75);
            round.complete(all, DISTRICT_OF, COMPLETED_AT);

            DomainException.StateConflict e = assertThrows(
                    DomainException.StateConflict.class,
                    () -> round.complete(all, DISTRICT_OF, COMPLETED_AT.plusSeconds(60)));

            assertEquals("Round '2016년 상반기 모니터링' was already completed at 2016-04-01T00:00:00Z", e.getMessage());
            assertEquals(COMPLETED_AT, round.completedAt(), "the first completion stands");
        }
    }

    @Nested
    class Statuses {

        @Test
        void theAllowedMovesArePlannedToInProgressToCompletedAndNothingOut() {
            assertEquals(Set.of(RoundStatus.IN_PROGRESS), RoundStatus.PLANNED.next());
            assertEquals(Set.of(RoundStatus.IN_PROGRESS, RoundStatus.COMPLETED), RoundStatus.IN_PROGRESS.next());
            assertEquals(Set.of(), RoundStatus.COMPLETED.next());
        }

        @Test
        void noStatusMovesBackAndNothingSkipsInProgress() {
            assertFalse(RoundStatus.PLANNED.canMoveTo(RoundStatus.COMPLETED));
            assertFalse(RoundStatus.IN_PROGRESS.canMoveTo(RoundStatus.PLANNED));
            for (RoundStatus target : RoundStatus.values()) {
                assertFalse(RoundStatus.COMPLETED.canMoveTo(target), "COMPLETED → " + target);
            }
        }
    }
}
