package kr.seoul.chatdong.training.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Which trained people a target counts: every source for a city-wide target, a district's own for its target. */
class TrainedTallyTest {

    private final TrainedTally tally = new TrainedTally()
            .cohorts("CITY", TargetAudience.CIVIL_SERVANT, 1013)
            .cohorts("11290", TargetAudience.CIVIL_SERVANT, 34)
            .reported("11290", TargetAudience.CIVIL_SERVANT, 400)
            .reported("11110", TargetAudience.CIVIL_SERVANT, 300)
            .reported("11290", TargetAudience.RESIDENT, 9);

    @Test
    void aCityTargetCountsEverySourceOfItsAudience() {
        assertEquals(
                new TrainedBySource(1013, 34, 700),
                tally.toward(new TrainingTarget("CITY", TargetAudience.CIVIL_SERVANT, 10520)));
        assertEquals(
                1747,
                tally.toward(new TrainingTarget("CITY", TargetAudience.CIVIL_SERVANT, 10520))
                        .total());
    }

    @Test
    void aDistrictsTargetCountsItsOwnCohortsAndReports() {
        assertEquals(
                new TrainedBySource(0, 34, 400),
                tally.toward(new TrainingTarget("11290", TargetAudience.CIVIL_SERVANT, 500)));
        assertEquals(
                TrainedBySource.NONE, tally.toward(new TrainingTarget("11680", TargetAudience.CIVIL_SERVANT, 500)));
    }

    @Test
    void theTotalCountsEachPersonOnceWhereTheCityStandsForAnAudience() {
        TrainedTally.Total total = tally.total(List.of(
                new TrainingTarget("CITY", TargetAudience.CIVIL_SERVANT, 10520),
                new TrainingTarget("11290", TargetAudience.CIVIL_SERVANT, 500),
                new TrainingTarget("11290", TargetAudience.RESIDENT, 20)));
        assertEquals(10540, total.target());
        assertEquals(new TrainedBySource(1013, 34, 709), total.trained());
    }
}
