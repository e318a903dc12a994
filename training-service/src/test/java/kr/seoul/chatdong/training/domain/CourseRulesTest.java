package kr.seoul.chatdong.training.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kr.seoul.chatdong.language.Field;

/** 교육과정: a course of the 2016 plan and the fields it builds capacity in. */
class CourseRulesTest {

    static final Instant FEB_16 = Instant.parse("2016-02-16T00:00:00Z");

    static Course visitingWelfare() {
        return Course.offer(
                "방문복지 실무과정",
                CourseTrack.VISITING_WELFARE_PRACTICE,
                21,
                Set.of(Field.WELFARE, Field.HEALTH),
                "복지플래너·방문간호사 대상 3일 과정",
                FEB_16);
    }

    @Test
    void anOfferedCourseKeepsWhatItWasOfferedWith() {
        Course course = visitingWelfare();

        assertEquals("방문복지 실무과정", course.title());
        assertEquals(CourseTrack.VISITING_WELFARE_PRACTICE, course.track());
        assertEquals(21, course.hours());
        assertEquals(Set.of(Field.WELFARE, Field.HEALTH), course.fields());
        assertEquals("복지플래너·방문간호사 대상 3일 과정", course.description());
        assertEquals(FEB_16, course.createdAt());
    }

    @Test
    void itsFieldsAreInTheProgramsFieldOrderWhateverOrderTheyCameIn() {
        Course course = Course.offer(
                "찾동 기본교육",
                CourseTrack.BASIC,
                8,
                new HashSet<>(List.of(Field.HEALTH, Field.WELFARE, Field.VILLAGE)),
                null,
                FEB_16);

        assertEquals(List.of(Field.WELFARE, Field.VILLAGE, Field.HEALTH), List.copyOf(course.fields()));
    }

    @Test
    void aCourseWithNoFieldIsAllowed() {
        Course course = Course.offer("찾동 힐링 프로그램", CourseTrack.HEALING, 4, Set.of(), null, FEB_16);

        assertTrue(course.fields().isEmpty());
    }

    @Test
    void itsFieldsAreACopyNeitherTheCallerNorAReaderCanChange() {
        Set<Field> given = EnumSet.of(Field.WELFARE);
        Course course = Course.offer("사례관리 상담", CourseTrack.CASE_MANAGEMENT_COUNSELLING, 14, given, null, FEB_16);
        given.add(Field.VILLAGE);

        assertEquals(Set.of(Field.WELFARE), course.fields());
        assertThrows(UnsupportedOperationException.class, () -> course.fields().add(Field.HEALTH));
    }

    @Test
    void revisingWithNullsChangesNothing() {
        Course course = visitingWelfare();

        course.revise(null, null, null, null);

        assertEquals("방문복지 실무과정", course.title());
        assertEquals(21, course.hours());
        assertEquals(Set.of(Field.WELFARE, Field.HEALTH), course.fields());
        assertEquals("복지플래너·방문간호사 대상 3일 과정", course.description());
    }

    @Test
    void revisingReplacesTheFieldsRatherThanAddingToThem() {
        Course course = visitingWelfare();

        course.revise("방문복지 심화과정", 35, Set.of(Field.VILLAGE), "심화");

        assertEquals("방문복지 심화과정", course.title());
        assertEquals(35, course.hours());
        assertEquals(Set.of(Field.VILLAGE), course.fields());
        assertEquals("심화", course.description());
        assertEquals(CourseTrack.VISITING_WELFARE_PRACTICE, course.track(), "the track is not revisable");
    }

    @Test
    void revisingToAnEmptySetClearsTheFieldsAndLaterRevisionsStillWork() {
        Course course = Course.offer("강사 양성과정", CourseTrack.INSTRUCTOR_TRAINING, 16, Set.of(), null, FEB_16);

        course.revise(null, null, Set.of(Field.ADMINISTRATION), null);
        assertEquals(Set.of(Field.ADMINISTRATION), course.fields());

        course.revise(null, null, Set.of(), null);
        assertTrue(course.fields().isEmpty());
    }
}
