package kr.seoul.chatdong.training.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import kr.seoul.chatdong.commons.rules.DomainException;

/** A support team's demand survey and its needs; 교육실행율 as cohorts held ÷ cohorts planned. */
class SupportTeamTrainingRulesTest {

    static final Instant NOW = Instant.parse("2016-04-01T00:00:00Z");

    private static String fieldOf(Runnable refused) {
        return assertThrows(DomainException.InvalidValue.class, refused::run).field();
    }

    @Test
    void aSurveyNamesOneToTwentyDistinctTopicsAndOneToTenThousandRespondents() {
        TrainingDemandSurvey survey =
                TrainingDemandSurvey.take("11290", List.of(" 통합사례관리 ", "마을계획  수립"), 42, "officer", NOW);
        assertEquals(
                List.of("통합사례관리", "마을계획 수립"),
                survey.answers().stream()
                        .map(TrainingDemandSurvey.Answer::topic)
                        .toList());
        assertEquals(42, survey.respondents());

        assertEquals("respondents", fieldOf(() -> TrainingDemandSurvey.take("11290", List.of("a"), 0, "o", NOW)));
        assertEquals("respondents", fieldOf(() -> TrainingDemandSurvey.take("11290", List.of("a"), 10_001, "o", NOW)));
        TrainingDemandSurvey.take("11290", List.of("a"), 10_000, "o", NOW);
        assertEquals("topics", fieldOf(() -> TrainingDemandSurvey.take("11290", List.of(), 1, "o", NOW)));
        assertEquals(
                "topics",
                fieldOf(() -> TrainingDemandSurvey.take(
                        "11290",
                        Collections.nCopies(21, "x").stream()
                                .map(x -> x + UUID.randomUUID())
                                .toList(),
                        1,
                        "o",
                        NOW)));
        assertEquals("topics[1]", fieldOf(() -> TrainingDemandSurvey.take("11290", List.of("a", " "), 1, "o", NOW)));
        assertEquals(
                "topics[2]", fieldOf(() -> TrainingDemandSurvey.take("11290", List.of("a", "b", " a"), 1, "o", NOW)));
        assertEquals(
                "topics[0]", fieldOf(() -> TrainingDemandSurvey.take("11290", List.of("가".repeat(101)), 1, "o", NOW)));
    }

    @Test
    void aDemandedNeedIsReinforcedByLaterSurveysWhileOpen() {
        TrainingNeed need = TrainingNeed.demanded("11290", "통합사례관리", 42, List.of(), NOW);
        assertEquals(TrainingNeed.Source.DEMAND_SURVEY, need.source());
        assertEquals("11290", need.districtCode());
        assertNull(need.finding());
        need.reinforce(8);
        assertEquals(50, need.demandRespondents());
        assertEquals(2, need.demandSurveys());
        need.withdraw("no longer asked for", NOW);
        assertThrows(IllegalStateException.class, () -> need.reinforce(1));
    }

    @Test
    void aCancelledCohortIsPlannedAndNotHeld() {
        assertEquals(PlanStanding.PLANNED, PlanStanding.of(CohortStatus.PLANNED));
        assertEquals(PlanStanding.PLANNED, PlanStanding.of(CohortStatus.OPEN));
        assertEquals(PlanStanding.PLANNED, PlanStanding.of(CohortStatus.CLOSED));
        assertEquals(PlanStanding.HELD, PlanStanding.of(CohortStatus.COMPLETED));
        assertEquals(PlanStanding.CANCELLED, PlanStanding.of(CohortStatus.CANCELLED));

        TrainingExecution gangbuk = new TrainingExecution("11305", 4, 1, 1);
        assertEquals(new BigDecimal("0.2500"), gangbuk.rate());
        assertEquals(2, gangbuk.pending());
        assertEquals(new BigDecimal("0.6667"), new TrainingExecution("CITY", 3, 2, 0).rate());
        assertNull(new TrainingExecution("CITY", 0, 0, 0).rate());
        TrainingExecution total = gangbuk.plus(new TrainingExecution("CITY", 3, 2, 0));
        assertNull(total.organiser());
        assertEquals(7, total.planned());
        assertEquals(3, total.held());
        assertThrows(IllegalArgumentException.class, () -> new TrainingExecution("CITY", 1, 1, 1));
    }
}
