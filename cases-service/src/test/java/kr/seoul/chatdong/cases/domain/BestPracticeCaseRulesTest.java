package kr.seoul.chatdong.cases.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.language.events.monitoring.RoundCompleted.FieldScore;
import kr.seoul.chatdong.language.geo.Dong;
import kr.seoul.chatdong.language.geo.SeoulGeography;

/**
 * 우수사례: a case starts as a discovery team's DRAFTING case or as a monitoring round's NOMINATION. (The
 * workflow beyond these starting points: CaseWorkflowRulesTest.)
 */
class BestPracticeCaseRulesTest {

    static final SeoulGeography GEO = new SeoulGeography();
    static final Dong SEONGBUK = GEO.dong("1129052500").orElseThrow(); // 성북구 성북동
    static final Instant NOW = Instant.parse("2016-04-01T00:00:00Z");
    static final UUID ROUND = UUID.fromString("5f0c2a4e-2016-4c1a-9d3e-000000000001");
    static final String EVENT_ID = "8d1e3c1e-round-completed-2016h1";

    @Test
    void aDiscoveryTeamDraftAboutADongTakesItsDistrictFromTheDong() {
        BestPracticeCase c = BestPracticeCase.draft("성북동 마을계획단", "주민 주도 마을계획 수립", null, SEONGBUK, Field.VILLAGE, NOW);

        assertEquals(CaseStatus.DRAFTING, c.status());
        assertEquals(CaseSource.DISCOVERY_TEAM, c.source());
        assertEquals("1129052500", c.dongCode());
        assertEquals("11290", c.districtCode());
        assertEquals(Field.VILLAGE, c.field());
        assertEquals("성북동 마을계획단", c.title());
        assertEquals("주민 주도 마을계획 수립", c.summary());
        assertEquals(NOW, c.createdAt());
        assertNull(c.roundId());
        assertNull(c.score());
        assertNull(c.sourceEventId());
        assertFalse(c.isPublished());
    }

    @Test
    void theDongsDistrictWinsOverAGivenDistrictCode() {
        BestPracticeCase c = BestPracticeCase.draft("성북동 사례", null, "11110", SEONGBUK, Field.WELFARE, NOW);

        assertEquals("11290", c.districtCode());
    }

    @Test
    void aDraftAboutAWholeDistrictHasNoDong() {
        BestPracticeCase c = BestPracticeCase.draft("금천구 추진지원단 운영", null, "11545", null, Field.ADMINISTRATION, NOW);

        assertEquals("11545", c.districtCode());
        assertNull(c.dongCode());
        assertEquals(CaseStatus.DRAFTING, c.status());
    }

    @Test
    void aRoundNominatesAnExcellentPairWithItsScoreRoundAndEvent() {
        FieldScore excellent = new FieldScore("1129052500", "11290", Field.WELFARE, 90);

        BestPracticeCase c = BestPracticeCase.nominate(ROUND, "2016년 상반기 모니터링", excellent, SEONGBUK, EVENT_ID, NOW);

        assertEquals(CaseStatus.NOMINATED, c.status());
        assertEquals(CaseSource.MONITORING, c.source());
        assertEquals("성북구 성북동 복지 분야 우수사례 후보", c.title());
        assertEquals("2016년 상반기 모니터링에서 복지 분야 90점", c.summary());
        assertEquals("11290", c.districtCode());
        assertEquals("1129052500", c.dongCode());
        assertEquals(Field.WELFARE, c.field());
        assertEquals(ROUND, c.roundId());
        assertEquals(90, c.score());
        assertEquals(EVENT_ID, c.sourceEventId());
        assertFalse(c.isPublished());
    }

    @Test
    void theNominationsTitleUsesTheFieldsKoreanName() {
        for (Field field : Field.values()) {
            BestPracticeCase c = BestPracticeCase.nominate(
                    ROUND,
                    "2016년 상반기 모니터링",
                    new FieldScore("1129052500", "11290", field, 100),
                    SEONGBUK,
                    EVENT_ID,
                    NOW);

            assertEquals("성북구 성북동 " + field.nameKo() + " 분야 우수사례 후보", c.title());
        }
    }

    @Test
    void revisingWithNullsLeavesTitleAndSummaryAndNeverTheStatus() {
        BestPracticeCase c = BestPracticeCase.nominate(
                ROUND,
                "2016년 상반기 모니터링",
                new FieldScore("1129052500", "11290", Field.HEALTH, 95),
                SEONGBUK,
                EVENT_ID,
                NOW);

        c.revise(null, "방문간호 연계 우수");

        assertEquals("성북구 성북동 보건 분야 우수사례 후보", c.title());
        assertEquals("방문간호 연계 우수", c.summary());

        c.revise("성북동 방문간호 연계", null);

        assertEquals("성북동 방문간호 연계", c.title());
        assertEquals("방문간호 연계 우수", c.summary());
        assertEquals(CaseStatus.NOMINATED, c.status());
        assertEquals(95, c.score());
    }
}
