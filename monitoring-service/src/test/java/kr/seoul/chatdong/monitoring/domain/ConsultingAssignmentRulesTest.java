package kr.seoul.chatdong.monitoring.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.language.events.monitoring.RoundCompleted;
import kr.seoul.chatdong.language.events.monitoring.RoundFinding;
import kr.seoul.chatdong.language.geo.SeoulGeography;

/** 컨설팅 배정: consulting opened for every (dong, field) a completed round found below its bar (미흡동). */
class ConsultingAssignmentRulesTest {

    static final SeoulGeography GEO = new SeoulGeography();
    static final Function<String, String> DISTRICT_OF =
            code -> GEO.dong(code).orElseThrow().districtCode();
    static final String SEONGBUK = "1129052500"; // 성북구 성북동
    static final String GASAN = "1154551000"; // 금천구 가산동
    static final Instant APR_1 = Instant.parse("2016-04-01T00:00:00Z");
    static final String EVENT_ID = "8d1e3c1e-round-completed-2016h1";

    /** The first half of 2016: monitoring in March, a 성북동 welfare score of 45 and a 가산동 health score of 59. */
    static RoundCompleted completedRound() {
        MonitoringRound round = MonitoringRound.plan(
                "2016년 상반기 모니터링",
                LocalDate.of(2016, 3, 1),
                LocalDate.of(2016, 3, 31),
                null,
                null,
                Set.of(SEONGBUK, GASAN),
                Instant.parse("2016-02-16T00:00:00Z"));
        Instant at = Instant.parse("2016-03-20T00:00:00Z");
        List<Assessment> all = List.of(
                round.assess(SEONGBUK, Field.WELFARE, 45, "복지플래너 방문 실적 미흡", null, at),
                round.assess(SEONGBUK, Field.VILLAGE, 60, null, null, at),
                round.assess(SEONGBUK, Field.ADMINISTRATION, 88, null, null, at),
                round.assess(SEONGBUK, Field.HEALTH, 92, null, null, at),
                round.assess(GASAN, Field.WELFARE, 71, null, null, at),
                round.assess(GASAN, Field.VILLAGE, 64, null, null, at),
                round.assess(GASAN, Field.ADMINISTRATION, 75, null, null, at),
                round.assess(GASAN, Field.HEALTH, 59, "방문간호사 배치 지연", null, at));
        return round.complete(all, DISTRICT_OF, APR_1);
    }

    @Test
    void eachUnderperformingPairOpensItsOwnAssignmentNamingTheFinding() {
        RoundCompleted round = completedRound();

        List<ConsultingAssignment> opened = round.underperforming().stream()
                .map(pair -> ConsultingAssignment.open(RoundFinding.of(round.roundId(), pair, EVENT_ID), APR_1))
                .toList();

        assertEquals(2, opened.size());
        ConsultingAssignment welfare = opened.get(0);
        assertEquals(ConsultingStatus.OPEN, welfare.status());
        assertEquals(APR_1, welfare.createdAt());
        assertEquals(round.roundId(), welfare.finding().roundId());
        assertEquals(SEONGBUK, welfare.finding().dongCode());
        assertEquals("11290", welfare.finding().districtCode());
        assertEquals(Field.WELFARE, welfare.finding().field());
        assertEquals(45, welfare.finding().score());
        assertEquals(EVENT_ID, welfare.finding().sourceEventId());
        ConsultingAssignment health = opened.get(1);
        assertEquals(GASAN, health.finding().dongCode());
        assertEquals("11545", health.finding().districtCode());
        assertEquals(Field.HEALTH, health.finding().field());
        assertEquals(59, health.finding().score());
        assertNotEquals(welfare.id(), health.id());
    }

    @Test
    void theFindingIsKeptAsGiven() {
        RoundCompleted round = completedRound();
        RoundFinding finding =
                RoundFinding.of(round.roundId(), round.underperforming().get(0), EVENT_ID);

        ConsultingAssignment a = ConsultingAssignment.open(finding, APR_1);

        assertEquals(finding, a.finding());
    }

    @Test
    void openingTheSameFindingTwiceGivesTwoAssignments() {
        // de-duplication of a redelivered event is the consumer's job, not the aggregate's
        RoundCompleted round = completedRound();
        RoundFinding finding =
                RoundFinding.of(round.roundId(), round.underperforming().get(0), EVENT_ID);

        assertNotEquals(
                ConsultingAssignment.open(finding, APR_1).id(),
                ConsultingAssignment.open(finding, APR_1).id());
    }
}
