package kr.seoul.chatdong.training.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.language.events.monitoring.RoundCompleted.FieldScore;
import kr.seoul.chatdong.language.events.monitoring.RoundFinding;

/** 교육 수요: a (dong, field) below a round's bar, matched to the courses for that field. */
class TrainingNeedRulesTest {

    static final UUID ROUND = UUID.fromString("5f0c2a4e-2016-4c1a-9d3e-000000000001");
    static final Instant APR_1 = Instant.parse("2016-04-01T00:00:00Z");
    static final String EVENT_ID = "8d1e3c1e-round-completed-2016h1";
    /** 성북구 성북동, welfare 45 in the first half of 2016. */
    static final RoundFinding SEONGBUK_WELFARE =
            RoundFinding.of(ROUND, new FieldScore("1129052500", "11290", Field.WELFARE, 45), EVENT_ID);

    static final UUID BASIC = UUID.fromString("00000000-0000-4000-8000-000000000001");
    static final UUID VISITING = UUID.fromString("00000000-0000-4000-8000-000000000002");
    static final UUID CASE_MANAGEMENT = UUID.fromString("00000000-0000-4000-8000-000000000003");

    @Test
    void aNeedIsFoundOpenWithTheFindingThatRevealedIt() {
        TrainingNeed need = TrainingNeed.found(SEONGBUK_WELFARE, List.of(VISITING), APR_1);

        assertEquals(TrainingNeed.Status.OPEN, need.status());
        assertEquals(SEONGBUK_WELFARE, need.finding());
        assertEquals("1129052500", need.finding().dongCode());
        assertEquals("11290", need.finding().districtCode());
        assertEquals(Field.WELFARE, need.finding().field());
        assertEquals(45, need.finding().score());
        assertEquals(EVENT_ID, need.finding().sourceEventId());
        assertEquals(APR_1, need.createdAt());
    }

    @Test
    void theMatchedCoursesKeepTheirOrderOnceEach() {
        TrainingNeed need =
                TrainingNeed.found(SEONGBUK_WELFARE, List.of(VISITING, BASIC, VISITING, CASE_MANAGEMENT), APR_1);

        assertEquals(List.of(VISITING, BASIC, CASE_MANAGEMENT), List.copyOf(need.courseIds()));
    }

    @Test
    void aNeedWithNoCourseForItsFieldIsStillRecorded() {
        TrainingNeed need = TrainingNeed.found(SEONGBUK_WELFARE, List.of(), APR_1);

        assertTrue(need.courseIds().isEmpty());
        assertEquals(TrainingNeed.Status.OPEN, need.status());
    }

    @Test
    void theCoursesAreACopyNeitherTheCallerNorAReaderCanChange() {
        List<UUID> courses = new ArrayList<>(List.of(BASIC));
        TrainingNeed need = TrainingNeed.found(SEONGBUK_WELFARE, courses, APR_1);
        courses.add(VISITING);

        assertEquals(List.of(BASIC), List.copyOf(need.courseIds()));
        assertThrows(UnsupportedOperationException.class, () -> need.courseIds().add(VISITING));
    }
}
