package kr.seoul.chatdong.monitoring.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import kr.seoul.chatdong.language.Field;

/** An assessment (평가) is one (round, dong, field) score; its key is what makes a correction find it. */
class AssessmentRulesTest {

    static final UUID ROUND = UUID.fromString("5f0c2a4e-2016-4c1a-9d3e-000000000001");
    static final String SEONGBUK = "1129052500"; // 성북구 성북동
    static final String MAJANG = "1120054000"; // 성동구 마장동
    static final Instant MAR_15 = Instant.parse("2016-03-15T01:00:00Z");

    @Test
    void theSameRoundDongAndFieldIsTheSameKey() {
        Assessment.Key a = new Assessment.Key(ROUND, SEONGBUK, Field.WELFARE);
        Assessment.Key b = new Assessment.Key(UUID.fromString(ROUND.toString()), new String(SEONGBUK), Field.WELFARE);

        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
    }

    @Test
    void anotherRoundDongOrFieldIsAnotherKey() {
        Assessment.Key key = new Assessment.Key(ROUND, SEONGBUK, Field.WELFARE);

        assertNotEquals(key, new Assessment.Key(UUID.randomUUID(), SEONGBUK, Field.WELFARE));
        assertNotEquals(key, new Assessment.Key(ROUND, MAJANG, Field.WELFARE));
        assertNotEquals(key, new Assessment.Key(ROUND, SEONGBUK, Field.HEALTH));
        assertNotEquals(key, (Object) SEONGBUK);
    }

    @Test
    void aNewAssessmentCarriesItsKeyScoreFindingsAndTime() {
        Assessment a = new Assessment(new Assessment.Key(ROUND, SEONGBUK, Field.VILLAGE), 58, "마을계획단 구성 지연", MAR_15);

        assertEquals(ROUND, a.roundId());
        assertEquals(SEONGBUK, a.dongCode());
        assertEquals(Field.VILLAGE, a.field());
        assertEquals(58, a.score());
        assertEquals("마을계획단 구성 지연", a.findings());
        assertEquals(MAR_15, a.assessedAt());
    }

    @Test
    void recordingAgainReplacesScoreFindingsAndTimeButNotTheKey() {
        Assessment a = new Assessment(new Assessment.Key(ROUND, SEONGBUK, Field.VILLAGE), 58, "마을계획단 구성 지연", MAR_15);
        Instant later = MAR_15.plusSeconds(3600);

        a.record(66, null, later);

        assertEquals(66, a.score());
        assertEquals(null, a.findings(), "findings are replaced, not merged");
        assertEquals(later, a.assessedAt());
        assertEquals(SEONGBUK, a.dongCode());
        assertEquals(Field.VILLAGE, a.field());
    }
}
